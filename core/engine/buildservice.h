#pragma once

#include "buildrecord.h"
#include "buildrequest.h"
#include "buildstore.h"

#include "project/project.h"
#include "support/result.h"

#include <QObject>
#include <QStringList>

namespace BuildDeck::Engine {

// What front ends (the GUI, builddeck-cli) do with builds: start, retry and stop them. Each build
// runs in a worker process of its own (ARCHITECTURE §2), `builddeck-cli run-build`, so that it goes
// on when the front end that started it ends.
class BuildService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildService)

public:
    // The worker's program and the global options it is started with (--engine).
    struct Worker
    {
        QString program;
        QStringList options;
    };

    BuildService(BuildStore &builds, QString dataDirectory, Worker worker, QObject *parent = nullptr);
    const QString &dataDirectory() const { return m_dataDirectory; }

    BuildStore &builds() const { return m_builds; }

    // Records a build of `project` (which must be valid for a build) and starts its worker.
    Result<BuildRecord> start(const Projects::Project &project, const BuildRequest &request);
    // A new build with the settings of an earlier one, overrides included.
    Result<BuildRecord> retry(const QString &id);
    // Asks the build's worker to stop it: a flag in its row, and a signal to the worker's process.
    Result<void> stop(const QString &id);

    // Forgets every build of a project: their records and logs.
    Result<void> forget(const QString &project);

    // Ends a build that cannot start (no engine, no worker) as FAULT, giving the reason.
    void abandon(const QString &id, const QString &reason);

Q_SIGNALS:
    void buildStarted(const QString &id);

private:
    Result<BuildRecord> launch(const BuildRecord &record);

    BuildStore &m_builds;
    QString m_dataDirectory;
    Worker m_worker;
};

} // namespace BuildDeck::Engine
