#pragma once

#include "support/issue.h"

#include <QAbstractTableModel>

namespace BuildDeck::Ui {

// The Problems dock's list: the issues of the buildspec being edited, errors first, then by line.
class IssueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueModel)

public:
    enum Column
    {
        MessageColumn,
        LocationColumn,
        CodeColumn,
        ColumnCount
    };

    explicit IssueModel(QObject *parent = nullptr);

    void setIssues(const QList<Issue> &issues);
    const Issue *issue(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Issue> m_issues;
};

} // namespace BuildDeck::Ui
