#pragma once

#include "commandexecutor.h"

#include "buildspec/buildspec.h"
#include "project/project.h"
#include "runtime/containerruntime.h"
#include "support/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace BuildDeck::Engine {

// A project's build cache on this machine (reference §1.10, §8; ARCHITECTURE §4), kept
// deterministically where CodeBuild keeps it best-effort:
// - LOCAL_CUSTOM_CACHE: the directories of `cache.paths`, in the project's volume
//   `builddeck-cache-<project>` (on the engine, so remote engines work too), linked into place
//   after the source is;
// - LOCAL_DOCKER_LAYER_CACHE: the inner Docker's /var/lib/docker in `builddeck-cache-<project>-docker`
//   (privileged builds only);
// - LOCAL_SOURCE_CACHE: the git mirrors under `<data>/git`, which every git build fetches into;
// - S3: a tar of `cache.paths` under `<data>/cache/<project or namespace>/s3/`, by `key` when one is
//   given (immutable once written, `fallback-keys` matched by prefix), restored in DOWNLOAD_SOURCE
//   and saved at the end of UPLOAD_ARTIFACTS, as `action` allows.
// Log lines are the agent's, in English as the rest of the build log.
class BuildCache final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Engine::BuildCache)

public:
    BuildCache(Runtime::ContainerRuntime &runtime, QString dataDirectory, const Projects::Project &project);

    // Where the custom cache volume is in the container.
    static QString mountPoint() { return QStringLiteral("/codebuild/local-cache"); }

    // The volumes the build's container mounts (made first when missing), and what to log.
    Result<QList<Runtime::VolumeMount>> volumes(bool privileged, QStringList &log);

    // DOWNLOAD_SOURCE, once the source is in place: links the custom cache's directories and
    // restores an S3 cache. A failure here is a line in the log, never the build's.
    void restore(const std::optional<Spec::Cache> &cache, CommandExecutor &executor, const QStringList &environment,
                 const QString &workDirectory, const std::atomic_bool *cancel, QStringList &log);
    // The end of UPLOAD_ARTIFACTS: saves the S3 cache.
    void save(const std::optional<Spec::Cache> &cache, CommandExecutor &executor, const QStringList &environment,
              const QString &containerId, const QString &workDirectory, const std::atomic_bool *cancel,
              QStringList &log);

    // Everything the project's cache holds on this machine, in bytes (the engine measures its
    // volumes; -1 when it cannot).
    static Result<qint64> size(Runtime::ContainerRuntime &runtime, const QString &dataDirectory,
                               const Projects::Project &project);
    // invalidate-project-cache: forgets all of it.
    static Result<void> invalidate(Runtime::ContainerRuntime &runtime, const QString &dataDirectory,
                                   const Projects::Project &project);

    // The same two through a connection of their own to the engine at `endpoint` (a URL), for a
    // front end's pool thread.
    static Result<qint64> size(const QString &endpoint, const QString &dataDirectory, const Projects::Project &project);
    static Result<void> invalidate(const QString &endpoint, const QString &dataDirectory,
                                   const Projects::Project &project);

    // The folder of a project's S3 cache archives.
    static QString s3Directory(const QString &dataDirectory, const Projects::Project &project);

private:
    bool hasMode(const QString &mode) const;
    bool usesS3() const;
    // The cache archive to restore: the key's, else the newest whose key starts with a fallback
    // key, else (no key) the project's one archive.
    QString archiveToRestore(const QString &key, const QStringList &fallbackKeys) const;
    Result<QStringList> evaluateKeys(const Spec::Cache &cache, CommandExecutor &executor,
                                     const QStringList &environment) const;

    Runtime::ContainerRuntime &m_runtime;
    QString m_dataDirectory;
    Projects::Project m_project;
};

} // namespace BuildDeck::Engine
