#include "historydock.h"

#include "models/buildhistorymodel.h"
#include "widgets/durationchart.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

namespace {

// The status filter's entries after "any status".
const Engine::Status filterStatuses[] = {Engine::Status::InProgress, Engine::Status::Succeeded,
                                         Engine::Status::Failed,     Engine::Status::Fault,
                                         Engine::Status::TimedOut,   Engine::Status::Stopped};
// The period filter's entries, in days back from now (0: any time).
const int filterDays[] = {0, 1, 7, 30};

} // namespace

HistoryDock::HistoryDock(BuildHistoryModel *model, QWidget *parent)
    : QDockWidget(parent)
    , m_model(model)
    , m_status(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_chart(new DurationChart(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("historyDock"));
    m_status->setObjectName(QStringLiteral("historyStatusFilter"));
    m_period->setObjectName(QStringLiteral("historyPeriodFilter"));
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BuildHistoryModel::StartedColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(BuildHistoryModel::StatusColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BuildHistoryModel::NumberColumn, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);

    auto *content = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_period);
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_chart);
    layout->addWidget(m_view);
    layout->addWidget(m_count);
    setWidget(content);

    retranslateUi();
    connect(m_status, &QComboBox::currentIndexChanged, this, &HistoryDock::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &HistoryDock::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryDock::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentBuildChanged(currentBuild()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectedBuildsChanged(selectedBuilds()); });
    // The chart follows the first rows: the project's newest builds.
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDock::updateChart);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryDock::updateChart);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryDock::updateChart);
    connect(m_model, &BuildHistoryModel::totalCountChanged, this, &HistoryDock::updateCount);
    updateCount();
    updateChart();
}

void HistoryDock::setProject(const QString &project)
{
    if (project == m_project)
        return;
    m_project = project;
    applyFilter();
}

void HistoryDock::applyFilter()
{
    const QString selected = currentBuild();
    Engine::BuildQuery query = m_model->filter();
    query.project = m_project;
    const int status = m_status->currentIndex();
    query.status = status > 0 ? std::optional(filterStatuses[status - 1]) : std::nullopt;
    const int days = filterDays[std::max(0, m_period->currentIndex())];
    query.startedFrom = days > 0 ? QDateTime::currentDateTimeUtc().addDays(-days) : QDateTime();
    query.text = m_search->text().trimmed();
    m_model->setFilter(query);
    selectBuild(selected);
}

void HistoryDock::updateChart()
{
    m_chart->setVisible(!m_project.isEmpty());
    QList<Engine::BuildRecord> builds;
    for (int row = 0; row < std::min(m_model->rowCount(), int(DurationChart::maximumBars)); ++row)
        builds.append(*m_model->record(row));
    m_chart->setBuilds(builds);
}

QStringList HistoryDock::selectedBuilds() const
{
    QStringList ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(BuildHistoryModel::BuildIdRole).toString());
    return ids;
}

QString HistoryDock::currentBuild() const
{
    return m_view->currentIndex().data(BuildHistoryModel::BuildIdRole).toString();
}

void HistoryDock::selectBuild(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void HistoryDock::updateCount()
{
    m_count->setText(tr("Builds: %1").arg(m_model->totalCount()));
}

void HistoryDock::retranslateUi()
{
    setWindowTitle(tr("History"));
    const QSignalBlocker statusBlocker(m_status);
    const QSignalBlocker periodBlocker(m_period);
    const int status = std::max(0, m_status->currentIndex());
    const int period = std::max(0, m_period->currentIndex());
    m_status->clear();
    m_status->addItems({tr("Any status"), tr("In progress"), tr("Succeeded"), tr("Failed"), tr("Fault"),
                        tr("Timed out"), tr("Stopped")});
    m_status->setCurrentIndex(status);
    m_period->clear();
    m_period->addItems({tr("Any time"), tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days")});
    m_period->setCurrentIndex(period);
    m_search->setPlaceholderText(tr("Search build id, source version, initiator"));
    updateCount();
}

void HistoryDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace BuildDeck::Ui
