#include "problemsdock.h"

#include "models/issuemodel.h"
#include "widgets/emptystatewidget.h"

#include <QEvent>
#include <QHeaderView>
#include <QStackedWidget>
#include <QTreeView>

namespace BuildDeck::Ui {

ProblemsDock::ProblemsDock(IssueModel *model, QWidget *parent)
    : QDockWidget(parent)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("problemsDock"));
    m_view->setObjectName(QStringLiteral("problemList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(IssueModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(IssueModel::LocationColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(IssueModel::CodeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    setWidget(m_stack);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const Issue *issue = m_model->issue(index.row()))
            Q_EMIT issueActivated(issue->line, issue->column);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsDock::updateEmptyState);
    retranslateUi();
    updateEmptyState();
}

void ProblemsDock::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
}

void ProblemsDock::retranslateUi()
{
    setWindowTitle(tr("Problems"));
    m_empty->setTitle(tr("No problems"));
    m_empty->setExplanation(tr("Mistakes found in the buildspec being edited are listed here, with their line."));
}

void ProblemsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace BuildDeck::Ui
