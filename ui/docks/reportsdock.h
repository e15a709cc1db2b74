#pragma once

#include "history/database.h"
#include "reports/report.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace BuildDeck::Ui {

class EmptyStateWidget;
class ReportTrendChart;

// The Reports panel: the selected build's test and coverage reports. For each report its figures,
// its test cases (status, name, duration, message; filtered by text and status) or its files'
// coverage, and its group's pass rate or coverage and duration across builds. Read from the
// database on a pool thread; a later selection's reading replaces an earlier one's.
class ReportsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsDock)

public:
    explicit ReportsDock(History::Database database, QWidget *parent = nullptr);

    // The build whose reports to show (its id and its reports' ARNs), or none.
    void setBuild(const QString &buildId, const QStringList &reportArns);

    QComboBox *reportSelector() const { return m_selector; }
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    ReportTrendChart *trend() const { return m_trend; }
    QLineEdit *filter() const { return m_filter; }
    QComboBox *statusFilter() const { return m_status; }

    // One report with what it holds and its group's history.
    struct ReportView
    {
        Reports::ReportRecord record;
        QList<Reports::StoredTestCase> testCases;
        QList<Reports::FileCoverage> files;
        QList<Reports::ReportRecord> history; // the group's reports, newest first
    };

Q_SIGNALS:
    // The reports of the build set last are shown.
    void loaded();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void display(const QList<ReportView> &reports);
    void showReport(int index);
    void retranslateUi();

    History::Database m_database;
    QString m_buildId;
    QStringList m_arns;
    quint64 m_generation = 0;
    QList<ReportView> m_reports;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QComboBox *m_selector;
    QLabel *m_summary;
    ReportTrendChart *m_trend;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace BuildDeck::Ui
