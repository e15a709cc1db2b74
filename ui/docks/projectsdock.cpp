#include "projectsdock.h"

#include "models/projectlistmodel.h"
#include "widgets/emptystatewidget.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

ProjectsDock::ProjectsDock(ProjectListModel *model, QWidget *parent)
    : QDockWidget(parent)
    , m_model(model)
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
{
    setObjectName(QStringLiteral("projectsDock"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(ProjectListModel::NameColumn);
    m_search->setObjectName(QStringLiteral("projectSearch"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("projectList"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(ProjectListModel::NameColumn, QHeaderView::ResizeToContents);

    auto *list = new QWidget(this);
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    m_stack->addWidget(list);
    m_stack->addWidget(m_empty);
    setWidget(m_stack);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentProjectChanged(currentProject()); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT projectActivated(index.data(ProjectListModel::NameRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectsDock::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProjectsDock::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProjectsDock::updateEmptyState);
    retranslateUi();
    updateEmptyState();
}

QString ProjectsDock::currentProject() const
{
    return m_view->currentIndex().data(ProjectListModel::NameRole).toString();
}

void ProjectsDock::selectProject(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    m_search->clear();
    m_view->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
}

void ProjectsDock::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
}

void ProjectsDock::retranslateUi()
{
    setWindowTitle(tr("Projects"));
    m_search->setPlaceholderText(tr("Search projects"));
    m_empty->setTitle(tr("No projects"));
    m_empty->setExplanation(tr("Create one with File > New Project, or import CodeBuild JSON with File > Import."));
}

void ProjectsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace BuildDeck::Ui
