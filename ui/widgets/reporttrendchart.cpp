#include "reporttrendchart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace BuildDeck::Ui {

ReportTrendChart::ReportTrendChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reportTrend"));
    setMinimumHeight(48);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize ReportTrendChart::sizeHint() const
{
    return {240, 56};
}

double ReportTrendChart::figure(const Reports::ReportRecord &report)
{
    if (report.testSummary)
        return report.testSummary->passRate();
    return report.coverageSummary ? report.coverageSummary->lineCoveragePercentage() : 0.0;
}

void ReportTrendChart::setReports(const QList<Reports::ReportRecord> &reports)
{
    m_reports = reports.mid(0, maximumBars);
    std::reverse(m_reports.begin(), m_reports.end());
    m_longestNs = 1;
    for (const Reports::ReportRecord &report : std::as_const(m_reports)) {
        if (report.testSummary)
            m_longestNs = std::max(m_longestNs, report.testSummary->durationInNanoSeconds);
    }
    update();
}

QRectF ReportTrendChart::barRect(int index) const
{
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    const double slot = area.width() / maximumBars;
    const double height = std::max(2.0, area.height() * figure(m_reports.at(index)) / 100.0);
    const double left = area.right() - slot * double(m_reports.size() - index);
    return {left + 1, area.bottom() - height, std::max(1.0, slot - 2), height};
}

void ReportTrendChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < m_reports.size(); ++i) {
        const bool good = m_reports.at(i).status == QStringLiteral("SUCCEEDED");
        painter.setBrush(good ? QColor(0x2e, 0x9e, 0x44) : QColor(0xd0, 0x34, 0x2c));
        painter.drawRect(barRect(i));
    }
    // The duration of test reports, as a line over the bars.
    QPainterPath line;
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    for (int i = 0; i < m_reports.size(); ++i) {
        if (!m_reports.at(i).testSummary)
            continue;
        const QRectF bar = barRect(i);
        const QPointF point(bar.center().x(),
                            area.bottom() - area.height() * double(m_reports.at(i).testSummary->durationInNanoSeconds) /
                                                double(m_longestNs));
        if (line.elementCount() == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Text), 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);
}

bool ReportTrendChart::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    for (int i = 0; i < m_reports.size(); ++i) {
        const QRectF bar = barRect(i);
        if (help->pos().x() < bar.left() || help->pos().x() > bar.right())
            continue;
        const Reports::ReportRecord &report = m_reports.at(i);
        const QString when = QLocale().toString(report.created.toLocalTime(), QLocale::ShortFormat);
        QString text;
        if (report.testSummary) {
            text = tr("%1 (%2): %3% passed, %4 s")
                       .arg(report.buildId.section(QLatin1Char(':'), 0, 0), when)
                       .arg(figure(report), 0, 'f', 1)
                       .arg(double(report.testSummary->durationInNanoSeconds) / 1e9, 0, 'f', 2);
        } else {
            text = tr("%1 (%2): %3% of lines covered")
                       .arg(report.buildId.section(QLatin1Char(':'), 0, 0), when)
                       .arg(figure(report), 0, 'f', 1);
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    QToolTip::hideText();
    return true;
}

} // namespace BuildDeck::Ui
