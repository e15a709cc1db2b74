#pragma once

#include "engine/buildrequest.h"
#include "engine/buildservice.h"
#include "engine/buildstore.h"
#include "project/projectstore.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

// builddeck-cli's build verbs (ARCHITECTURE §5): start-build starts a detached worker process
// (the hidden verb run-build) that runs the build and writes its record and log; the other verbs
// read those.
class BuildCommands final
{
    Q_DECLARE_TR_FUNCTIONS(BuildCommands)

public:
    BuildCommands(QString dataDir, QString engine);
    ~BuildCommands();

    int startBuild(const BuildDeck::Engine::BuildRequest &request, bool wait);
    int retryBuild(const QString &id, bool wait);
    int runBuild(const QString &id);
    int stopBuild(const QString &id);
    int batchGetBuilds(const QStringList &ids);
    int listBuilds(const QString &project, const QString &sortOrder);
    int logs(const QString &id, bool follow);
    // Forgets everything the project's cache holds on this machine (reference §8).
    int invalidateProjectCache(const QString &project);

    // name=K,value=V[,type=T] as the AWS CLI writes an environment variable override.
    static std::optional<BuildDeck::Projects::EnvironmentVariable> parseVariable(const QString &text);

private:
    // Opens the data directory's stores; a front end (every verb but run-build, the worker's) also
    // finalises the builds whose worker has gone.
    bool open(bool frontEnd = true);
    // After a build started: waits for its end, or prints its record.
    int finish(const BuildDeck::Result<BuildDeck::Engine::BuildRecord> &started, bool wait);
    int waitFor(const QString &id);

    QString m_dataDir;
    QString m_engine;
    QString m_resolvedDataDir;
    std::unique_ptr<BuildDeck::Projects::ProjectStore> m_projects;
    std::unique_ptr<BuildDeck::Engine::BuildStore> m_builds;
    std::unique_ptr<BuildDeck::Engine::BuildService> m_service;
};
