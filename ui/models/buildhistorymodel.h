#pragma once

#include "engine/buildrecord.h"
#include "engine/buildstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace BuildDeck::Ui {

// The builds of the History dock: all projects or one, filtered by status, text and start time,
// sorted, and read from the store a page at a time, so that 10,000 builds scroll without a stall.
// refresh() brings in new builds and the changes of running ones.
class BuildHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildHistoryModel)

public:
    enum Column
    {
        NumberColumn,
        ProjectColumn,
        StatusColumn,
        SourceVersionColumn,
        StartedColumn,
        DurationColumn,
        InitiatorColumn,
        ColumnCount
    };
    enum Role
    {
        BuildIdRole = Qt::UserRole + 1
    };
    static constexpr int pageSize = 200;

    explicit BuildHistoryModel(Engine::BuildStore &builds, QObject *parent = nullptr);

    // Which builds to show; its offset and limit are the model's own.
    void setFilter(const Engine::BuildQuery &filter);
    const Engine::BuildQuery &filter() const { return m_filter; }
    // How many builds the filter matches, loaded or not.
    int totalCount() const { return m_total; }

    QString buildId(int row) const;
    int rowOf(const QString &id) const;
    const Engine::BuildRecord *record(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

public Q_SLOTS:
    // Reads again: new builds come in at the top, running ones are updated.
    void refresh();

Q_SIGNALS:
    void totalCountChanged(int count);
    // A read from the store failed; the message says why.
    void failed(const QString &message);

private:
    Result<QList<Engine::BuildRecord>> page(int offset, int limit) const;
    void reload();

    void indexRows();

    Engine::BuildStore &m_builds;
    Engine::BuildQuery m_filter;
    QList<Engine::BuildRecord> m_rows;
    QHash<QString, int> m_rowOfId;
    int m_total = 0;
};

} // namespace BuildDeck::Ui
