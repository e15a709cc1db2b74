#include "phasemodel.h"

#include "statuspresentation.h"

namespace BuildDeck::Ui {

PhaseModel::PhaseModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<Engine::BuildPhase> PhaseModel::shownPhases() const
{
    QList<Engine::BuildPhase> phases;
    for (const Engine::BuildPhase &phase : m_record.phases) {
        if (phase.type != Engine::PhaseType::Completed)
            phases.append(phase);
    }
    return phases;
}

void PhaseModel::setRecord(const Engine::BuildRecord &record)
{
    const bool sameBuild = record.id == m_record.id;
    m_record = record;
    const QList<Engine::BuildPhase> phases = shownPhases();
    if (!sameBuild || phases.size() < m_phases.size()) {
        beginResetModel();
        m_phases = phases;
        endResetModel();
        return;
    }
    const qsizetype known = m_phases.size();
    m_phases = phases;
    if (known > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(known) - 1, ColumnCount - 1));
    if (phases.size() > known) {
        beginInsertRows({}, int(known), int(phases.size()) - 1);
        endInsertRows();
    }
}

void PhaseModel::tick()
{
    if (!m_record.buildComplete && !m_phases.isEmpty())
        Q_EMIT dataChanged(index(0, TimelineColumn), index(int(m_phases.size()) - 1, DurationColumn));
}

QDateTime PhaseModel::now() const
{
    return m_record.buildComplete && m_record.endTime.isValid() ? m_record.endTime : QDateTime::currentDateTimeUtc();
}

int PhaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_phases.size());
}

int PhaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhaseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_phases.size())
        return {};
    const Engine::BuildPhase &phase = m_phases.at(index.row());
    const bool running = !phase.status && !m_record.buildComplete;
    const QDateTime end = phase.endTime.isValid() ? phase.endTime : now();
    if (role == RunningRole)
        return running;
    if (role == StartFractionRole || role == EndFractionRole) {
        const qint64 total = std::max<qint64>(1, m_record.startTime.msecsTo(now()));
        const QDateTime at = role == StartFractionRole ? phase.startTime : end;
        return std::clamp(double(m_record.startTime.msecsTo(at)) / double(total), 0.0, 1.0);
    }
    const QString context = phase.contexts.isEmpty() ? QString() : phase.contexts.first().message;
    const QString code = phase.contexts.isEmpty() ? QString() : phase.contexts.first().statusCode;
    switch (index.column()) {
    case PhaseColumn:
        if (role == Qt::DisplayRole)
            return Engine::phaseTypeName(phase.type);
        if (role == Qt::DecorationRole)
            return StatusPresentation::icon(running ? std::nullopt
                                                    : std::optional(phase.status.value_or(Engine::Status::Succeeded)));
        if (role == Qt::ToolTipRole)
            return StatusPresentation::text(running ? std::nullopt : phase.status);
        return {};
    case DurationColumn:
        return role == Qt::DisplayRole ? StatusPresentation::duration(phase.startTime, end) : QVariant();
    case ContextColumn:
        if (role == Qt::DisplayRole)
            return code.isEmpty() ? context : QStringLiteral("%1: %2").arg(code, context);
        if (role == Qt::ToolTipRole)
            return context;
        return {};
    default:
        return {};
    }
}

QVariant PhaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PhaseColumn:
        return tr("Phase");
    case TimelineColumn:
        return tr("Timeline");
    case DurationColumn:
        return tr("Duration");
    case ContextColumn:
        return tr("Context");
    default:
        return {};
    }
}

} // namespace BuildDeck::Ui
