#include "durationchart.h"

#include "models/statuspresentation.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace BuildDeck::Ui {

namespace {

QColor statusColour(const Engine::BuildRecord &build)
{
    if (!build.buildComplete)
        return {0x2a, 0x6f, 0xdb};
    switch (build.buildStatus) {
    case Engine::Status::Succeeded:
        return {0x2e, 0x9e, 0x44};
    case Engine::Status::Failed:
        return {0xd0, 0x34, 0x2c};
    case Engine::Status::Fault:
        return {0xe0, 0x7b, 0x00};
    case Engine::Status::TimedOut:
        return {0xb8, 0x86, 0x0b};
    default:
        return {0x8a, 0x8a, 0x8a};
    }
}

qint64 durationMs(const Engine::BuildRecord &build)
{
    return build.startTime.msecsTo(build.endTime.isValid() ? build.endTime : QDateTime::currentDateTimeUtc());
}

} // namespace

DurationChart::DurationChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("durationChart"));
    setMinimumHeight(48);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize DurationChart::sizeHint() const
{
    return {240, 64};
}

void DurationChart::setBuilds(const QList<Engine::BuildRecord> &builds)
{
    m_builds = builds.mid(0, maximumBars);
    std::reverse(m_builds.begin(), m_builds.end());
    m_longestMs = 1;
    for (const Engine::BuildRecord &build : std::as_const(m_builds))
        m_longestMs = std::max(m_longestMs, durationMs(build));
    update();
}

QRectF DurationChart::barRect(int index) const
{
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    const double slot = area.width() / maximumBars;
    const double height = std::max(2.0, area.height() * double(durationMs(m_builds.at(index))) / double(m_longestMs));
    // The newest build at the right edge.
    const double left = area.right() - slot * (m_builds.size() - index);
    return {left + 1, area.bottom() - height, std::max(1.0, slot - 2), height};
}

void DurationChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < m_builds.size(); ++i) {
        painter.setBrush(statusColour(m_builds.at(i)));
        painter.drawRect(barRect(i));
    }
}

bool DurationChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPointF at = static_cast<QHelpEvent *>(event)->pos();
        for (int i = 0; i < m_builds.size(); ++i) {
            const QRectF bar = barRect(i);
            if (at.x() >= bar.left() && at.x() <= bar.right()) {
                const Engine::BuildRecord &build = m_builds.at(i);
                QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                                   tr("#%1: %2, %3")
                                       .arg(build.buildNumber)
                                       .arg(StatusPresentation::text(build),
                                            StatusPresentation::duration(build.startTime, build.endTime)),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace BuildDeck::Ui
