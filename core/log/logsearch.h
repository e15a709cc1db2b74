#pragma once

#include "logmatcher.h"

#include <QFutureWatcher>
#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

namespace BuildDeck::Log {

// A line with matches, and how many matches come before it in the log.
struct LogMatchLine
{
    qint64 line = 0;
    qint64 before = 0; // matches in earlier lines
    friend bool operator==(const LogMatchLine &, const LogMatchLine &) = default;
};

// Counts a query's matches over a whole log on a pool thread, a chunk at a time, so that the count
// grows while a huge log is searched and the caller never waits. Keeps where the matching lines
// are (the first maxLines of them) for going from match to match; a growing log is searched on
// from where the search stopped.
class LogSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogSearch)

public:
    static constexpr qsizetype maxLines = 1000000;

    explicit LogSearch(QObject *parent = nullptr);
    ~LogSearch() override;

    // Searches `logPath` (a build log with its index) for `query`, dropping any search under way.
    void start(const QString &logPath, const LogSearchQuery &query);
    // Searches the lines written since the search ended, if any.
    void searchOn();
    void clear();

    const LogSearchQuery &query() const { return m_query; }
    bool isRunning() const { return m_watcher.isRunning(); }
    qint64 total() const;
    qint64 linesSearched() const;
    // The matching lines found so far, in order (at most maxLines).
    QList<LogMatchLine> lines() const;
    bool linesTruncated() const;

Q_SIGNALS:
    // The count grew, or the search ended (isRunning() says which).
    void progressed();

private:
    struct State
    {
        mutable QMutex mutex;
        QList<LogMatchLine> lines;
        qint64 total = 0;
        qint64 searched = 0; // lines
        bool truncated = false;
        std::atomic_bool cancelled{false};
    };

    void run(qint64 fromLine);

    QString m_logPath;
    LogSearchQuery m_query;
    std::shared_ptr<State> m_state;
    QFutureWatcher<void> m_watcher;
};

} // namespace BuildDeck::Log
