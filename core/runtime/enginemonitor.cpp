#include "enginemonitor.h"

#include <QtConcurrent/QtConcurrentRun>

namespace BuildDeck::Runtime {

EngineMonitor::EngineMonitor(Probe probe, QObject *parent)
    : QObject(parent)
    , m_probe(std::move(probe))
{
    qRegisterMetaType<EngineStatus>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EngineMonitor::checkNow);
    connect(&m_watcher, &QFutureWatcher<Result<EngineInfo>>::finished, this, &EngineMonitor::handleFinished);
}

EngineMonitor::~EngineMonitor()
{
    // The probe holds no reference to this object; a check still running finishes on its own.
    m_watcher.disconnect(this);
}

void EngineMonitor::setIntervals(std::chrono::milliseconds whileDown, std::chrono::milliseconds whileUp)
{
    m_whileDown = whileDown;
    m_whileUp = whileUp;
}

void EngineMonitor::start()
{
    checkNow();
}

void EngineMonitor::checkNow()
{
    m_timer.stop();
    if (m_watcher.isRunning()) {
        m_recheck = true;
        return;
    }
    Probe probe = m_probe;
    m_watcher.setFuture(QtConcurrent::run([probe]() -> Result<EngineInfo> {
        try {
            return probe();
        } catch (const std::exception &e) {
            return makeError(ErrorCode::Internal, QString::fromLocal8Bit(e.what()));
        }
    }));
}

void EngineMonitor::handleFinished()
{
    const Result<EngineInfo> result = m_watcher.result();
    EngineStatus status;
    if (result) {
        status.state = EngineStatus::State::Connected;
        status.info = *result;
    } else {
        status.state = EngineStatus::State::Disconnected;
        status.error = result.error().message;
    }
    const bool changed = !(status == m_status);
    m_status = status;
    if (changed)
        Q_EMIT statusChanged(m_status);
    Q_EMIT checked(m_status);

    if (m_recheck) {
        m_recheck = false;
        checkNow();
        return;
    }
    m_timer.start(m_status.isConnected() ? m_whileUp : m_whileDown);
}

} // namespace BuildDeck::Runtime
