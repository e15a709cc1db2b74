#pragma once

#include "reports/report.h"

#include <QWidget>

namespace BuildDeck::Ui {

// A report group across builds: a bar per report, oldest on the left, as tall as its pass rate
// (test reports) or line coverage (coverage reports) and coloured by its status, with a line for
// the test duration; the tooltip gives the figures.
class ReportTrendChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTrendChart)

public:
    static constexpr int maximumBars = 30;

    explicit ReportTrendChart(QWidget *parent = nullptr);

    // The group's reports, newest first (as the store lists them).
    void setReports(const QList<Reports::ReportRecord> &reports);
    int barCount() const { return int(m_reports.size()); }
    // The bar's height in percent: pass rate or line coverage.
    static double figure(const Reports::ReportRecord &report);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF barRect(int index) const;

    QList<Reports::ReportRecord> m_reports; // oldest first
    qint64 m_longestNs = 1;
};

} // namespace BuildDeck::Ui
