#pragma once

#include "enginestatus.h"
#include "support/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace BuildDeck::Runtime {

// Watches whether the container engine answers, off the calling thread, and says so whenever that
// changes: often while it is down (so a restarted engine is noticed within seconds), rarely while
// it is up.
class EngineMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineMonitor)

public:
    // Runs on a pool thread; must be safe to call from there.
    using Probe = std::function<Result<EngineInfo>()>;

    explicit EngineMonitor(Probe probe, QObject *parent = nullptr);
    ~EngineMonitor() override;

    EngineStatus status() const { return m_status; }

    void setIntervals(std::chrono::milliseconds whileDown, std::chrono::milliseconds whileUp);

public Q_SLOTS:
    // Checks now (or as soon as the check under way ends) and then keeps checking.
    void start();
    void checkNow();

Q_SIGNALS:
    void statusChanged(const BuildDeck::Runtime::EngineStatus &status);
    // Every finished check, changed or not.
    void checked(const BuildDeck::Runtime::EngineStatus &status);

private:
    void handleFinished();

    Probe m_probe;
    EngineStatus m_status;
    QFutureWatcher<Result<EngineInfo>> m_watcher;
    QTimer m_timer;
    bool m_recheck = false;
    std::chrono::milliseconds m_whileDown = std::chrono::seconds(3);
    std::chrono::milliseconds m_whileUp = std::chrono::seconds(15);
};

} // namespace BuildDeck::Runtime
