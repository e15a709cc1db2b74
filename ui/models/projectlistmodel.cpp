#include "projectlistmodel.h"

#include "statuspresentation.h"

#include <QLocale>

namespace BuildDeck::Ui {

ProjectListModel::ProjectListModel(Projects::ProjectStore &projects, Engine::BuildStore &builds, QObject *parent)
    : QAbstractTableModel(parent)
    , m_projects(projects)
    , m_builds(builds)
{
    refresh();
}

void ProjectListModel::refresh()
{
    const Result<QList<Projects::ProjectRecord>> stored = m_projects.list();
    if (!stored) {
        Q_EMIT failed(stored.error().message);
        return;
    }
    QList<Row> rows;
    for (const Projects::ProjectRecord &record : *stored) {
        Engine::BuildQuery last;
        last.project = record.project.name;
        last.limit = 1;
        const Result<QList<Engine::BuildRecord>> builds = m_builds.query(last);
        rows.append({record.project, builds && !builds->isEmpty() ? std::optional(builds->first()) : std::nullopt});
    }
    const bool sameProjects = rows.size() == m_rows.size() &&
                              std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                         [](const Row &a, const Row &b) { return a.project.name == b.project.name; });
    if (!sameProjects) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (rows.at(row).project != m_rows.at(row).project || rows.at(row).lastBuild != m_rows.at(row).lastBuild) {
            m_rows[row] = rows.at(row);
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
    }
}

QString ProjectListModel::name(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).project.name : QString();
}

int ProjectListModel::rowOf(const QString &name) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).project.name == name)
            return int(row);
    }
    return -1;
}

const Projects::Project *ProjectListModel::project(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).project : nullptr;
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == NameRole)
        return row.project.name;
    if (index.column() == NameColumn) {
        if (role == Qt::DisplayRole)
            return row.project.name;
        if (role == Qt::ToolTipRole)
            return row.project.description.isEmpty() ? row.project.name : row.project.description;
        return {};
    }
    if (index.column() != LastBuildColumn || !row.lastBuild)
        return role == Qt::DisplayRole && index.column() == LastBuildColumn ? tr("Never built") : QVariant();
    const Engine::BuildRecord &build = *row.lastBuild;
    switch (role) {
    case Qt::DisplayRole:
        return tr("#%1, %2")
            .arg(build.buildNumber)
            .arg(QLocale().toString(build.startTime.toLocalTime(), QLocale::ShortFormat));
    case Qt::DecorationRole:
        return StatusPresentation::icon(build);
    case Qt::ToolTipRole:
        return tr("Build #%1: %2").arg(build.buildNumber).arg(StatusPresentation::text(build));
    default:
        return {};
    }
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Project") : tr("Last build");
}

} // namespace BuildDeck::Ui
