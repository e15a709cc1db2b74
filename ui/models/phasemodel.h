#pragma once

#include "engine/buildrecord.h"

#include <QAbstractTableModel>

namespace BuildDeck::Ui {

// The phases of one build for the Build dock's timeline: status, duration, context, and where each
// phase lies in the build's time (for the bar). A running phase's duration grows with tick().
class PhaseModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhaseModel)

public:
    enum Column
    {
        PhaseColumn,
        TimelineColumn,
        DurationColumn,
        ContextColumn,
        ColumnCount
    };
    enum Role
    {
        // For TimelineColumn: the phase's start and end as fractions (0 to 1) of the build's time.
        StartFractionRole = Qt::UserRole + 1,
        EndFractionRole,
        RunningRole
    };

    explicit PhaseModel(QObject *parent = nullptr);

    void setRecord(const Engine::BuildRecord &record);
    const Engine::BuildRecord &record() const { return m_record; }
    // A second has passed: a running build's durations and bars move on.
    void tick();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Engine::BuildPhase> shownPhases() const;
    QDateTime now() const;

    Engine::BuildRecord m_record;
    QList<Engine::BuildPhase> m_phases; // COMPLETED left out
};

} // namespace BuildDeck::Ui
