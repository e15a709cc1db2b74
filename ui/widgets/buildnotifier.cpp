#include "buildnotifier.h"

#include "models/statuspresentation.h"
#include "style/icons.h"

#include "engine/buildstore.h"

#include <QSystemTrayIcon>

namespace BuildDeck::Ui {

BuildNotifier::BuildNotifier(Engine::BuildStore &builds, QObject *parent)
    : QObject(parent)
    , m_builds(builds)
    , m_running(running())
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Icons::applicationIcon(), this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->show();
    }
}

QSet<QString> BuildNotifier::running() const
{
    Engine::BuildQuery query;
    query.status = Engine::Status::InProgress;
    query.limit = 10000;
    QSet<QString> ids;
    for (const Engine::BuildRecord &record : m_builds.query(query).value_or(QList<Engine::BuildRecord>()))
        ids.insert(record.id);
    return ids;
}

void BuildNotifier::check()
{
    const QSet<QString> now = running();
    for (const QString &id : std::as_const(m_running)) {
        if (now.contains(id))
            continue;
        const Result<Engine::BuildRecord> record = m_builds.get(id);
        if (!record || !record->buildComplete)
            continue;
        Q_EMIT buildFinished(*record);
        if (m_tray) {
            m_tray->showMessage(
                tr("%1 #%2: %3")
                    .arg(record->projectName)
                    .arg(record->buildNumber)
                    .arg(StatusPresentation::text(record->buildStatus)),
                tr("The build took %1.").arg(StatusPresentation::duration(record->startTime, record->endTime)),
                record->buildStatus == Engine::Status::Succeeded ? QSystemTrayIcon::Information
                                                                 : QSystemTrayIcon::Warning);
        }
    }
    m_running = now;
}

} // namespace BuildDeck::Ui
