#pragma once

#include "projectjson.h"

#include "history/database.h"
#include "support/result.h"

#include <QObject>
#include <QStringList>

namespace BuildDeck::Projects {

// Build projects in the data directory's database. Every write is one transaction, so a process
// killed mid-write leaves the previous version; names are unique and cannot change. Observers in
// this process get a signal per change; other processes see changes when they poll().
class ProjectStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectStore)

public:
    explicit ProjectStore(History::Database database, QObject *parent = nullptr);

    // Adds a new project; fails when the project breaks a rule or its name is taken.
    Result<ProjectRecord> create(const Project &project);
    // Replaces a stored project with the same name; fails when there is none.
    Result<ProjectRecord> update(const Project &project);
    // Removes a project; fails with NotFound when there is none.
    Result<void> remove(const QString &name);

    Result<ProjectRecord> get(const QString &name) const;
    Result<QList<ProjectRecord>> list() const;

public Q_SLOTS:
    // Emits changed() when another process has written to the database since the last poll.
    void poll();

Q_SIGNALS:
    void projectCreated(const QString &name);
    void projectUpdated(const QString &name);
    void projectDeleted(const QString &name);
    // Any change, from this process or (after poll()) another one.
    void changed();

private:
    Result<void> checkRules(const Project &project) const;

    History::Database m_database;
    qint64 m_seenVersion = -1;
};

} // namespace BuildDeck::Projects
