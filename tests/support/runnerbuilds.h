#pragma once

#include "engine.h"
#include "stringmakers.h"

#include "engine/buildrunner.h"
#include "engine/buildstore.h"
#include "history/database.h"
#include "runtime/enginelocator.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <memory>

namespace BuildDeck::Engine {

// Runs builds of inline buildspecs (or a LOCAL folder) on the real engine, in a scratch data directory.
class Builds
{
public:
    // Builds on the engine at `engine` (default: the one the locator finds).
    explicit Builds(const QString &engine = {})
    {
        Result<History::Database> database = History::Database::open(m_dir.path());
        REQUIRE(database);
        m_store = std::make_unique<BuildStore>(std::move(database).value());
        Result<Runtime::EngineConnection> connection =
            Runtime::EngineLocator::connect(*Runtime::EngineLocator::candidates(engine));
        REQUIRE(connection);
        m_runtime = std::move(connection.value().runtime);
    }

    static Projects::Project project(const QString &buildspec)
    {
        Projects::Project project;
        project.name = QStringLiteral("runner-test");
        project.source.type = QStringLiteral("NO_SOURCE");
        project.source.buildspec = buildspec;
        project.artifacts.type = QStringLiteral("NO_ARTIFACTS");
        project.environment.type = QStringLiteral("LINUX_CONTAINER");
        project.environment.image = QString::fromLatin1(defaultImage());
        project.environment.computeType = QStringLiteral("BUILD_GENERAL1_SMALL");
        return project;
    }

    BuildRecord run(const Projects::Project &project, const BuildRequest &request = {},
                    const std::atomic_bool *stop = nullptr)
    {
        const Result<BuildRecord> submitted = BuildRunner::submit(*m_store, project, request);
        REQUIRE(submitted);
        BuildRunner runner(*m_store, *m_runtime, m_dir.path());
        runner.setMinute(minute);
        const Result<BuildRecord> record = runner.run(submitted->id, stop);
        REQUIRE(record);
        m_lastLog = logOf(*record);
        return *record;
    }

    BuildRecord run(const char *buildspec) { return run(project(QString::fromUtf8(buildspec))); }

    QString logOf(const BuildRecord &record) const
    {
        QFile file(BuildRunner::logPath(m_dir.path(), record));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    }

    const QString &log() const { return m_lastLog; }
    QString dataDirectory() const { return m_dir.path(); }
    std::chrono::milliseconds minute{60 * 1000}; // how long the builds' minutes last
    BuildStore &store() { return *m_store; }
    Runtime::ContainerRuntime &runtime() { return *m_runtime; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<BuildStore> m_store;
    std::unique_ptr<Runtime::ContainerRuntime> m_runtime;
    QString m_lastLog;
};

// "TYPE=STATUS" for each phase, COMPLETED bare.
inline QStringList phases(const BuildRecord &record)
{
    QStringList list;
    for (const BuildPhase &phase : record.phases)
        list.append(phase.status ? phaseTypeName(phase.type) + QLatin1Char('=') + statusName(*phase.status)
                                 : phaseTypeName(phase.type));
    return list;
}

inline QStringList succeededUpTo(std::initializer_list<const char *> rest)
{
    QStringList list{QStringLiteral("SUBMITTED=SUCCEEDED"), QStringLiteral("QUEUED=SUCCEEDED"),
                     QStringLiteral("PROVISIONING=SUCCEEDED"), QStringLiteral("DOWNLOAD_SOURCE=SUCCEEDED")};
    for (const char *entry : rest)
        list.append(QString::fromLatin1(entry));
    return list;
}

inline const BuildPhase &phaseOf(const BuildRecord &record, PhaseType type)
{
    const auto found = std::find_if(record.phases.cbegin(), record.phases.cend(),
                                    [type](const BuildPhase &phase) { return phase.type == type; });
    REQUIRE(found != record.phases.cend());
    return *found;
}

} // namespace BuildDeck::Engine
