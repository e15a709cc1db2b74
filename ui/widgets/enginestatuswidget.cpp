#include "enginestatuswidget.h"

#include "style/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace BuildDeck::Ui {

EngineStatusWidget::EngineStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("engineStatus"));
    m_text->setObjectName(QStringLiteral("engineStatusText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    retranslateUi();
}

QString EngineStatusWidget::text() const
{
    return m_text->text();
}

void EngineStatusWidget::setStatus(const Runtime::EngineStatus &status)
{
    m_status = status;
    retranslateUi();
}

void EngineStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EngineStatusWidget::retranslateUi()
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QString iconName;
    switch (m_status.state) {
    case Runtime::EngineStatus::State::Unknown:
        m_text->setText(tr("Engine: looking for a container engine…"));
        m_text->setToolTip({});
        iconName = QStringLiteral("network-idle");
        break;
    case Runtime::EngineStatus::State::Connected: {
        const Runtime::EngineInfo &info = m_status.info;
        m_text->setText(
            tr("Engine: %1 %2 (API %3) at %4").arg(info.name, info.version, info.usedApiVersion, info.endpoint));
        m_text->setToolTip(tr("%1 %2 on %3/%4, kernel %5.\nEndpoint %6, chosen by: %7.")
                               .arg(info.name, info.version, info.os, info.arch, info.kernelVersion, info.endpoint,
                                    info.endpointOrigin));
        iconName = QStringLiteral("network-transmit-receive");
        if (info.unencrypted) {
            m_text->setText(m_text->text() + QLatin1Char(' ') + tr("(unencrypted)"));
            m_text->setToolTip(m_text->toolTip() + QLatin1Char('\n') +
                               tr("The engine is reached over TCP without TLS: anyone who can reach that port can run "
                                  "containers as root on its machine, and can read the builds' sources and secrets. "
                                  "Use TLS (DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH) or a unix socket."));
            iconName = QStringLiteral("status-fault");
        }
        break;
    }
    case Runtime::EngineStatus::State::Disconnected:
        m_text->setText(tr("Engine: not connected: %1").arg(m_status.error.section(QLatin1Char('\n'), 0, 0)));
        m_text->setToolTip(m_status.error);
        iconName = QStringLiteral("network-offline");
        break;
    }
    m_icon->setPixmap(Icons::icon(iconName).pixmap(iconSize, iconSize));
}

} // namespace BuildDeck::Ui
