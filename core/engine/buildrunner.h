#pragma once

#include "buildenvironment.h"
#include "buildlog.h"
#include "buildrecord.h"
#include "buildrequest.h"
#include "buildstore.h"

#include "buildspec/buildspec.h"
#include "project/project.h"
#include "runtime/containerruntime.h"
#include "support/result.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <chrono>
#include <functional>

namespace BuildDeck::Secrets {
class SecretStore;
}

namespace BuildDeck::Engine {

class CommandExecutor;

// Runs one build from SUBMITTED to COMPLETED in a local container with CodeBuild's phases,
// transitions, environment and log lines (reference §2), writing the record after every phase
// and the log as it goes.
class BuildRunner final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Engine::BuildRunner)

public:
    // Records a new build of `project` as start-build does, with the effective configuration
    // (overrides applied) in the record, so that whichever process runs it needs only the record.
    static Result<BuildRecord> submit(BuildStore &builds, const Projects::Project &project,
                                      const BuildRequest &request);

    // Records a new build with the same effective configuration, source version and timeout as
    // `previous` (retry-build).
    static Result<BuildRecord> resubmit(BuildStore &builds, const BuildRecord &previous);

    // The log file of a build under the data directory.
    static QString logPath(const QString &dataDirectory, const BuildRecord &record);

    BuildRunner(BuildStore &builds, Runtime::ContainerRuntime &runtime, QString dataDirectory);
    ~BuildRunner();
    BuildRunner(const BuildRunner &) = delete;
    BuildRunner &operator=(const BuildRunner &) = delete;

    // Answers whether the build may start now (a concurrency slot is free); while not, the build
    // waits QUEUED, until the project's queued timeout.
    using SlotClaim = std::function<Result<bool>()>;

    // Runs a submitted build to its end; `stop` turning true stops it (STOPPED). Fails only when
    // the record cannot be read or written; a failing build is a result, not an error.
    Result<BuildRecord> run(const QString &buildId, const std::atomic_bool *stop = nullptr,
                            const SlotClaim &claim = {});

    // How long a minute of the build's timeouts lasts; tests shorten it.
    void setMinute(std::chrono::milliseconds minute) { m_minuteMs = minute.count(); }

private:
    struct PhaseOutcome
    {
        Status status = Status::Succeeded;
        PhaseContext context;
    };

    PhaseOutcome waitInQueue(const SlotClaim &claim);
    PhaseOutcome provision();
    Result<void> createAndStart(const Runtime::ContainerSpec &spec);
    PhaseOutcome downloadSource();
    // Parameters and secrets from the keychain (reference §3.3).
    BuildEnvironment::SecretLookup secretLookup();
    Result<void> openSecrets();
    // Fetches the git source into its mirror and checks `version` out into `directory`; returns
    // the directory, and records the commit of the primary source.
    Result<QString> checkOutGit(const Projects::ProjectSource &source, const QString &version, const QString &directory,
                                bool primary = true);
    PhaseOutcome runCommandPhase(PhaseType type);
    PhaseOutcome runCommands(const QStringList &commands, const QString &user, QByteArray *output);
    // Exported variables, then the artifacts and the reports.
    PhaseOutcome uploadArtifacts();
    // The S3 cache, when the project has one (LOCAL caches live in volumes).
    void saveCache();
    QString cacheWorkDirectory() const;
    PhaseOutcome finalize();

    void beginPhase(PhaseType type);
    void endPhase(const PhaseOutcome &outcome);
    QStringList environment() const;
    void log(const QString &text);
    // `text` with the build's secret values as "***": what goes into the build's record.
    QString masked(const QString &text) const;
    bool interrupted() const;
    Status interruption() const;

    BuildStore &m_builds;
    Runtime::ContainerRuntime &m_runtime;
    QString m_dataDirectory;
    std::unique_ptr<Secrets::SecretStore> m_secrets;
    BuildRecord m_record;
    Projects::Project m_project;
    Spec::BuildSpec m_spec;
    BuildLogWriter m_log;
    std::unique_ptr<CommandExecutor> m_executor;
    QString m_containerId;
    QString m_sourceDirectory;
    QStringList m_environment;
    bool m_succeeding = true;
    const std::atomic_bool *m_stop = nullptr;
    std::atomic_bool m_cancel{false};
    QElapsedTimer m_clock;
    qint64 m_deadlineMs = 0;
    qint64 m_minuteMs = 60 * 1000;
};

} // namespace BuildDeck::Engine
