#pragma once

#include "buildrecord.h"

#include "history/database.h"
#include "support/result.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace BuildDeck::Engine {

// Which builds to list: all, or of one project, with a status, started within a time range, with
// a text; by start time, newest first, unless told otherwise; a page at a time.
struct BuildQuery
{
    enum class SortKey
    {
        StartTime,
        Project,
        Status,
        Duration
    };

    QString project;
    std::optional<Status> status;
    QDateTime startedFrom;
    QDateTime startedBefore;
    QString text; // in the id, the source version or the initiator, in any case
    SortKey sortBy = SortKey::StartTime;
    bool newestFirst = true; // descending order of the sort key
    int offset = 0;
    int limit = 100;
};

// Build records in the data directory's database (batch-get-builds shape, reference §5). Build
// numbers count from 1 per project, are given out in one transaction so that concurrent processes
// never share one, and are never reused.
class BuildStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildStore)

public:
    explicit BuildStore(History::Database database, QObject *parent = nullptr);

    // Stores a new build of `draft.projectName`, giving it the next build number and, when it has
    // none, an id "<project>:<uuid>".
    Result<BuildRecord> create(BuildRecord draft);
    // Replaces a stored build's record.
    Result<void> save(const BuildRecord &record);

    // The process running a build, and whether it is still there.
    Result<void> setWorker(const QString &id, qint64 pid);
    Result<qint64> worker(const QString &id) const;

    // Takes one of the concurrency slots for a build: true when fewer than `projectLimit` builds
    // of its project (no limit when 0) and fewer than `globalLimit` builds in all hold one.
    // A build gives its slot back when it is saved complete.
    Result<bool> claimSlot(const QString &id, int projectLimit, int globalLimit);

    // Builds still IN_PROGRESS whose worker process is gone (killed, crashed, machine restarted).
    Result<QList<BuildRecord>> orphans() const;

    // A stop request (stop-build): the process running the build sees it on its next poll.
    Result<void> requestStop(const QString &id);
    Result<bool> stopRequested(const QString &id) const;

    Result<BuildRecord> get(const QString &id) const;
    // The builds found, in the order asked for, and the ids that were not.
    Result<QPair<QList<BuildRecord>, QStringList>> get(const QStringList &ids) const;
    Result<QList<BuildRecord>> query(const BuildQuery &query) const;
    Result<int> count(const BuildQuery &query) const;

    const History::Database &database() const { return m_database; }

    // Forgets every build of a project (the records; the caller removes the logs).
    Result<int> removeAll(const QString &project);

public Q_SLOTS:
    // Emits changed() when another process has written to the database since the last poll.
    void poll();

Q_SIGNALS:
    void buildCreated(const QString &id);
    void buildUpdated(const QString &id);
    // Any change, from this process or (after poll()) another one.
    void changed();

private:
    History::Database m_database;
    qint64 m_seenVersion = -1;
};

} // namespace BuildDeck::Engine
