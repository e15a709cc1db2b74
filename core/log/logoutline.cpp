#include "logoutline.h"

#include "engine/buildlog.h"

#include <QtConcurrent>

namespace BuildDeck::Log {

LogOutline::LogOutline(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &LogOutline::changed);
}

LogOutline::~LogOutline()
{
    stop();
}

void LogOutline::stop()
{
    // A scan looks at the flag between chunks of a few megabytes, so the wait is short.
    if (m_state)
        m_state->cancelled = true;
    m_watcher.waitForFinished();
}

void LogOutline::setLog(const QString &logPath)
{
    stop();
    m_logPath = logPath;
    m_state.reset();
    if (logPath.isEmpty()) {
        Q_EMIT changed();
        return;
    }
    m_state = std::make_shared<State>();
    scanOn();
}

void LogOutline::scanOn()
{
    if (!m_state || m_watcher.isRunning())
        return;
    // `this` outlives the task: stop() waits for it.
    m_watcher.setFuture(QtConcurrent::run([this, state = m_state, path = m_logPath] {
        Engine::BuildLogReader reader;
        if (!reader.open(path))
            return;
        const qint64 total = reader.lineCount();
        constexpr qint64 step = 200000; // lines between reports
        while (state->scanner.linesScanned() < total && !state->cancelled) {
            const qint64 to = std::min(total, state->scanner.linesScanned() + step);
            if (!state->scanner.scan(reader, to, &state->cancelled))
                return;
            {
                const QMutexLocker lock(&state->mutex);
                state->sections = state->scanner.sections();
            }
            QMetaObject::invokeMethod(this, &LogOutline::changed, Qt::QueuedConnection);
        }
    }));
}

QList<LogSection> LogOutline::sections() const
{
    if (!m_state)
        return {};
    const QMutexLocker lock(&m_state->mutex);
    return m_state->sections;
}

} // namespace BuildDeck::Log
