#pragma once

#include "logsections.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>

#include <memory>

namespace BuildDeck::Log {

// The sections of a log, found on a pool thread so that opening a huge log never waits for them;
// a growing log is scanned on from where the scan stopped.
class LogOutline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogOutline)

public:
    explicit LogOutline(QObject *parent = nullptr);
    ~LogOutline() override;

    // Scans the log at `logPath` (empty: none), dropping any scan under way.
    void setLog(const QString &logPath);
    // Scans the lines written since the last scan, if it has ended.
    void scanOn();

    QList<LogSection> sections() const;
    bool isScanning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // More sections are known, or a scan ended.
    void changed();

private:
    struct State
    {
        mutable QMutex mutex;
        LogSectionScanner scanner; // used by one scan at a time
        QList<LogSection> sections;
        std::atomic_bool cancelled{false};
    };

    void stop();

    QString m_logPath;
    std::shared_ptr<State> m_state;
    QFutureWatcher<void> m_watcher;
};

} // namespace BuildDeck::Log
