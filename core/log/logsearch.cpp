#include "logsearch.h"

#include "engine/buildlog.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QtConcurrent>

namespace BuildDeck::Log {

LogSearch::LogSearch(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &LogSearch::progressed);
}

LogSearch::~LogSearch()
{
    if (m_state)
        m_state->cancelled = true;
    m_watcher.waitForFinished();
}

void LogSearch::clear()
{
    // A search is cancelled between chunks, so waiting for it is short.
    if (m_state)
        m_state->cancelled = true;
    m_watcher.waitForFinished();
    m_state.reset();
    m_query = {};
    Q_EMIT progressed();
}

void LogSearch::start(const QString &logPath, const LogSearchQuery &query)
{
    clear();
    m_logPath = logPath;
    m_query = query;
    if (query.isEmpty() || !LogMatcher(query).isValid())
        return;
    m_state = std::make_shared<State>();
    run(0);
}

void LogSearch::searchOn()
{
    if (!m_state || m_watcher.isRunning())
        return;
    run(linesSearched());
}

qint64 LogSearch::total() const
{
    if (!m_state)
        return 0;
    const QMutexLocker lock(&m_state->mutex);
    return m_state->total;
}

qint64 LogSearch::linesSearched() const
{
    if (!m_state)
        return 0;
    const QMutexLocker lock(&m_state->mutex);
    return m_state->searched;
}

QList<LogMatchLine> LogSearch::lines() const
{
    if (!m_state)
        return {};
    const QMutexLocker lock(&m_state->mutex);
    return m_state->lines;
}

bool LogSearch::linesTruncated() const
{
    if (!m_state)
        return false;
    const QMutexLocker lock(&m_state->mutex);
    return m_state->truncated;
}

void LogSearch::run(qint64 fromLine)
{
    const std::shared_ptr<State> state = m_state;
    // `this` outlives the task: clear() and the destructor wait for it.
    m_watcher.setFuture(QtConcurrent::run([this, state, path = m_logPath, query = m_query, fromLine] {
        Engine::BuildLogReader reader;
        if (!reader.open(path))
            return;
        const LogMatcher matcher(query);
        const qint64 to = reader.lineCount();
        QElapsedTimer sinceReport;
        sinceReport.start();
        qint64 total = 0;
        {
            const QMutexLocker lock(&state->mutex);
            total = state->total;
        }
        QList<LogMatchLine> found;
        reader.readLines(
            fromLine, to,
            [&](qint64 index, QByteArrayView text, bool) {
                if (text.isEmpty())
                    return;
                if (const qint64 count = matcher.count(text); count > 0) {
                    found.append({index, total});
                    total += count;
                }
            },
            [&](qint64 next) {
                {
                    const QMutexLocker lock(&state->mutex);
                    const qsizetype room = maxLines - state->lines.size();
                    state->truncated = state->truncated || found.size() > room;
                    state->lines.append(found.first(std::min(room, found.size())));
                    state->total = total;
                    state->searched = next;
                }
                found.clear();
                if (sinceReport.elapsed() >= 100) {
                    sinceReport.restart();
                    QMetaObject::invokeMethod(this, &LogSearch::progressed, Qt::QueuedConnection);
                }
                return !state->cancelled;
            });
    }));
}

} // namespace BuildDeck::Log
