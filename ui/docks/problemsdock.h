#pragma once

#include <QDockWidget>

class QStackedWidget;
class QTreeView;

namespace BuildDeck::Ui {

class EmptyStateWidget;
class IssueModel;

// The Problems panel: the mistakes in the buildspec being edited; activating one jumps to it.
class ProblemsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsDock)

public:
    explicit ProblemsDock(IssueModel *model, QWidget *parent = nullptr);

Q_SIGNALS:
    void issueActivated(int line, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEmptyState();

    IssueModel *m_model;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QTreeView *m_view;
};

} // namespace BuildDeck::Ui
