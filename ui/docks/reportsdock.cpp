#include "reportsdock.h"

#include "models/statuspresentation.h"
#include "widgets/emptystatewidget.h"
#include "widgets/reporttrendchart.h"

#include "reports/reportstore.h"

#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace BuildDeck::Ui {

namespace {

constexpr int StatusRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;

// Rows whose status is the one chosen (any when empty) and whose text contains the filter's.
class CaseFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStatus(const QString &status)
    {
        m_status = status;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_status.isEmpty() && sourceModel()->index(row, 0, parent).data(StatusRole).toString() != m_status)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_status;
};

QString seconds(qint64 nanoseconds)
{
    return QStringLiteral("%1 s").arg(double(nanoseconds) / 1e9, 0, 'f', 3);
}

QStandardItem *numberItem(double value, const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setData(value, SortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ReportsDock::ReportsDock(History::Database database, QWidget *parent)
    : QDockWidget(parent)
    , m_database(std::move(database))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_selector(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_trend(new ReportTrendChart(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new CaseFilter(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("reportsDock"));
    m_selector->setObjectName(QStringLiteral("reportSelector"));
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setObjectName(QStringLiteral("reportFilter"));
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("reportStatusFilter"));
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);

    connect(m_selector, &QComboBox::currentIndexChanged, this, &ReportsDock::showReport);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { static_cast<CaseFilter *>(m_proxy)->setStatus(m_status->currentData().toString()); });

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    m_selector->setMinimumContentsLength(28);
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_summary->setWordWrap(true);
    m_trend->setFixedSize(320, 40);
    top->addWidget(m_selector);
    top->addWidget(m_summary, 1);
    top->addWidget(m_trend);
    layout->addLayout(top);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_status);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    setWidget(m_stack);
    retranslateUi();
}

void ReportsDock::setBuild(const QString &buildId, const QStringList &reportArns)
{
    if (buildId == m_buildId && reportArns == m_arns)
        return;
    m_buildId = buildId;
    m_arns = reportArns;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Result<QList<ReportView>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<ReportView>>>::finished, this, [this, watcher, generation] {
        const Result<QList<ReportView>> reports = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a later build's reading replaces this one
        if (!reports)
            Q_EMIT failed(reports.error().message);
        display(reports.value_or(QList<ReportView>{}));
    });
    watcher->setFuture(QtConcurrent::run([database = m_database, reportArns]() -> Result<QList<ReportView>> {
        QList<ReportView> views;
        if (reportArns.isEmpty())
            return views;
        const Reports::ReportStore store(database);
        const auto found = store.reports(reportArns);
        if (!found)
            return found.error();
        for (const Reports::ReportRecord &record : found->first) {
            ReportView view{record, {}, {}, {}};
            const auto cases = store.testCases(record.arn);
            const auto files = store.coverages(record.arn);
            const auto history = store.reportsOf(record.groupName);
            if (!cases || !files || !history)
                return !cases ? cases.error() : !files ? files.error() : history.error();
            view.testCases = *cases;
            view.files = *files;
            view.history = *history;
            views.append(view);
        }
        return views;
    }));
}

void ReportsDock::display(const QList<ReportView> &reports)
{
    m_reports = reports;
    m_stack->setCurrentIndex(reports.isEmpty() ? 0 : 1);
    const QSignalBlocker blocker(m_selector);
    m_selector->clear();
    for (const ReportView &view : reports)
        m_selector->addItem(StatusPresentation::reportIcon(view.record.status), view.record.groupName);
    showReport(reports.isEmpty() ? -1 : 0);
    Q_EMIT loaded();
}

void ReportsDock::showReport(int index)
{
    m_model->clear();
    if (index < 0 || index >= m_reports.size()) {
        m_summary->clear();
        m_trend->setReports({});
        return;
    }
    const ReportView &view = m_reports.at(index);
    m_trend->setReports(view.history);
    const bool tests = view.record.testSummary.has_value();
    m_status->setEnabled(tests);
    if (tests) {
        const Reports::TestSummary &summary = *view.record.testSummary;
        m_summary->setText(tr("%1 test cases: %2 passed, %3 failed, %4 skipped; %5% passed in %6%7")
                               .arg(summary.total)
                               .arg(summary.count(QStringLiteral("SUCCEEDED")))
                               .arg(summary.count(QStringLiteral("FAILED")) + summary.count(QStringLiteral("ERROR")))
                               .arg(summary.count(QStringLiteral("SKIPPED")))
                               .arg(summary.passRate(), 0, 'f', 1)
                               .arg(seconds(summary.durationInNanoSeconds),
                                    view.record.truncated ? tr(" (the first 500 cases, failures first)") : QString()));
        m_model->setHorizontalHeaderLabels(
            {tr("Status"), tr("Suite / class"), tr("Name"), tr("Duration"), tr("Message")});
        for (const Reports::StoredTestCase &stored : view.testCases) {
            const Reports::TestCase &testCase = stored.testCase;
            auto *status = new QStandardItem(StatusPresentation::reportIcon(testCase.status),
                                             StatusPresentation::reportText(testCase.status));
            status->setData(testCase.status, StatusRole);
            status->setData(testCase.status, SortRole);
            auto *prefix = new QStandardItem(testCase.prefix);
            prefix->setData(testCase.prefix, SortRole);
            prefix->setToolTip(testCase.testSuiteName);
            auto *name = new QStandardItem(testCase.name);
            name->setData(testCase.name, SortRole);
            name->setToolTip(stored.testRawDataPath);
            auto *message = new QStandardItem(testCase.message.section(QLatin1Char('\n'), 0, 0));
            message->setData(testCase.message, SortRole);
            message->setToolTip(testCase.message.left(2000));
            m_model->appendRow(
                {status, prefix, name,
                 numberItem(double(testCase.durationInNanoSeconds), seconds(testCase.durationInNanoSeconds)), message});
        }
    } else if (view.record.coverageSummary) {
        const Reports::CoverageSummary &summary = *view.record.coverageSummary;
        m_summary->setText(tr("Lines %1% covered (%2 of %3), branches %4% (%5 of %6), %7 files")
                               .arg(summary.lineCoveragePercentage(), 0, 'f', 1)
                               .arg(summary.linesCovered)
                               .arg(summary.linesCovered + summary.linesMissed)
                               .arg(summary.branchCoveragePercentage(), 0, 'f', 1)
                               .arg(summary.branchesCovered)
                               .arg(summary.branchesCovered + summary.branchesMissed)
                               .arg(view.files.size()));
        m_model->setHorizontalHeaderLabels(
            {tr("File"), tr("Lines"), tr("Lines covered"), tr("Branches"), tr("Branches covered")});
        for (const Reports::FileCoverage &file : view.files) {
            auto *path = new QStandardItem(file.filePath);
            path->setData(file.filePath, SortRole);
            m_model->appendRow(
                {path,
                 numberItem(file.lineCoveragePercentage(),
                            QStringLiteral("%1%").arg(file.lineCoveragePercentage(), 0, 'f', 1)),
                 numberItem(file.linesCovered,
                            tr("%1 of %2").arg(file.linesCovered).arg(file.linesCovered + file.linesMissed)),
                 numberItem(file.branchCoveragePercentage(),
                            QStringLiteral("%1%").arg(file.branchCoveragePercentage(), 0, 'f', 1)),
                 numberItem(file.branchesCovered,
                            tr("%1 of %2").arg(file.branchesCovered).arg(file.branchesCovered + file.branchesMissed))});
        }
    }
    m_table->resizeColumnsToContents();
}

void ReportsDock::retranslateUi()
{
    setWindowTitle(tr("Reports"));
    m_empty->setTitle(tr("No test reports"));
    m_empty->setExplanation(tr("Test results and code coverage of the selected build appear here. A buildspec's "
                               "reports section names the files a build leaves them in."));
    m_filter->setPlaceholderText(tr("Filter by name, class or message"));
    const QSignalBlocker blocker(m_status);
    const int current = std::max(0, m_status->currentIndex());
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (const char *status : {"FAILED", "ERROR", "SKIPPED", "SUCCEEDED", "UNKNOWN"}) {
        const QString name = QString::fromLatin1(status);
        m_status->addItem(StatusPresentation::reportIcon(name), StatusPresentation::reportText(name), name);
    }
    m_status->setCurrentIndex(current);
    showReport(m_selector->currentIndex());
}

void ReportsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace BuildDeck::Ui
