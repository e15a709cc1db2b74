#include "buildhistorymodel.h"

#include "statuspresentation.h"

#include <QLocale>

namespace BuildDeck::Ui {

BuildHistoryModel::BuildHistoryModel(Engine::BuildStore &builds, QObject *parent)
    : QAbstractTableModel(parent)
    , m_builds(builds)
{
    reload();
}

void BuildHistoryModel::setFilter(const Engine::BuildQuery &filter)
{
    m_filter = filter;
    reload();
}

Result<QList<Engine::BuildRecord>> BuildHistoryModel::page(int offset, int limit) const
{
    Engine::BuildQuery query = m_filter;
    query.offset = offset;
    query.limit = limit;
    return m_builds.query(query);
}

void BuildHistoryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    const Result<int> total = m_builds.count(m_filter);
    Result<QList<Engine::BuildRecord>> first = page(0, pageSize);
    if (total && first) {
        m_total = *total;
        m_rows = std::move(first).value();
    }
    indexRows();
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    if (!total || !first)
        Q_EMIT failed(total ? first.error().message : total.error().message);
}

void BuildHistoryModel::refresh()
{
    const Result<int> total = m_builds.count(m_filter);
    const Result<QList<Engine::BuildRecord>> top = page(0, std::max<int>(pageSize, 1));
    if (!total || !top) {
        Q_EMIT failed(total ? top.error().message : total.error().message);
        return;
    }
    // New builds: those of the first page that are not here yet, all at its top.
    qsizetype fresh = 0;
    while (fresh < top->size() && rowOf(top->at(fresh).id) < 0)
        ++fresh;
    const bool onlyAtTop = std::none_of(top->cbegin() + fresh, top->cend(),
                                        [this](const Engine::BuildRecord &record) { return rowOf(record.id) < 0; });
    if (!onlyAtTop) { // the order itself changed (another sort key): read again
        reload();
        return;
    }
    if (fresh > 0) {
        beginInsertRows({}, 0, int(fresh) - 1);
        m_rows = top->mid(0, fresh) + m_rows;
        indexRows();
        endInsertRows();
    }
    if (m_total != *total) { // only now: fetchMore() during the insertion would read a shifted page
        m_total = *total;
        Q_EMIT totalCountChanged(m_total);
    }
    // Running builds change; finished ones do not.
    QStringList running;
    for (const Engine::BuildRecord &record : std::as_const(m_rows)) {
        if (!record.buildComplete)
            running.append(record.id);
    }
    if (running.isEmpty())
        return;
    const auto current = m_builds.get(running);
    if (!current) {
        Q_EMIT failed(current.error().message);
        return;
    }
    for (const Engine::BuildRecord &record : current->first) {
        const int row = rowOf(record.id);
        if (row >= 0 && record != m_rows.at(row)) {
            m_rows[row] = record;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

QString BuildHistoryModel::buildId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int BuildHistoryModel::rowOf(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

void BuildHistoryModel::indexRows()
{
    m_rowOfId.clear();
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows.at(row).id, int(row));
}

const Engine::BuildRecord *BuildHistoryModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BuildHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BuildHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuildHistoryModel::data(const QModelIndex &index, int role) const
{
    const Engine::BuildRecord *build = record(index.row());
    if (!build)
        return {};
    if (role == BuildIdRole)
        return build->id;
    if (role == Qt::DecorationRole && index.column() == NumberColumn)
        return StatusPresentation::icon(*build);
    if (role == Qt::ToolTipRole)
        return build->id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return build->buildNumber;
    case ProjectColumn:
        return build->projectName;
    case StatusColumn:
        return StatusPresentation::text(*build);
    case SourceVersionColumn:
        return build->resolvedSourceVersion.isEmpty() ? build->sourceVersion : build->resolvedSourceVersion;
    case StartedColumn:
        return QLocale().toString(build->startTime.toLocalTime(), QLocale::ShortFormat);
    case DurationColumn:
        return StatusPresentation::duration(build->startTime, build->endTime);
    case InitiatorColumn:
        return build->initiator;
    default:
        return {};
    }
}

QVariant BuildHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Build");
    case ProjectColumn:
        return tr("Project");
    case StatusColumn:
        return tr("Status");
    case SourceVersionColumn:
        return tr("Source version");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case InitiatorColumn:
        return tr("Initiator");
    default:
        return {};
    }
}

bool BuildHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void BuildHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const Result<QList<Engine::BuildRecord>> more = page(int(m_rows.size()), pageSize);
    if (!more) {
        Q_EMIT failed(more.error().message);
        return;
    }
    if (more->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size()) - 1);
    m_rows += *more;
    indexRows();
    endInsertRows();
}

void BuildHistoryModel::sort(int column, Qt::SortOrder order)
{
    using Key = Engine::BuildQuery::SortKey;
    Key key = Key::StartTime;
    if (column == ProjectColumn)
        key = Key::Project;
    else if (column == StatusColumn)
        key = Key::Status;
    else if (column == DurationColumn)
        key = Key::Duration;
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_filter.sortBy && descending == m_filter.newestFirst)
        return;
    m_filter.sortBy = key;
    m_filter.newestFirst = descending;
    reload();
}

} // namespace BuildDeck::Ui
