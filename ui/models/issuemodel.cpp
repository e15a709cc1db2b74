#include "issuemodel.h"

#include "style/icons.h"

namespace BuildDeck::Ui {

IssueModel::IssueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IssueModel::setIssues(const QList<Issue> &issues)
{
    beginResetModel();
    m_issues = issues;
    std::stable_sort(m_issues.begin(), m_issues.end(), [](const Issue &a, const Issue &b) {
        return std::tuple(!a.isError(), a.line, a.column) < std::tuple(!b.isError(), b.line, b.column);
    });
    endResetModel();
}

const Issue *IssueModel::issue(int row) const
{
    return row >= 0 && row < m_issues.size() ? &m_issues.at(row) : nullptr;
}

int IssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int IssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueModel::data(const QModelIndex &index, int role) const
{
    const Issue *found = issue(index.row());
    if (!found)
        return {};
    if (role == Qt::DecorationRole && index.column() == MessageColumn)
        return Icons::icon(found->isError() ? QStringLiteral("status-failed") : QStringLiteral("status-fault"));
    if (role == Qt::ToolTipRole)
        return found->suggestion.isEmpty() ? found->message : found->message + QLatin1Char('\n') + found->suggestion;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case MessageColumn:
        return found->suggestion.isEmpty() ? found->message : tr("%1; %2").arg(found->message, found->suggestion);
    case LocationColumn:
        return found->line > 0 ? tr("line %1, column %2").arg(found->line).arg(found->column) : QString();
    case CodeColumn:
        return found->code;
    default:
        return {};
    }
}

QVariant IssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Problem");
    case LocationColumn:
        return tr("Where");
    case CodeColumn:
        return tr("Code");
    default:
        return {};
    }
}

} // namespace BuildDeck::Ui
