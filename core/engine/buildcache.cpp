#include "buildcache.h"

#include "artifacts/globpattern.h"
#include "project/projectvalidator.h"
#include "runtime/dockerengineruntime.h"
#include "source/directoryarchive.h"
#include "source/gitsource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUrl>

namespace BuildDeck::Engine {

namespace {

const QString customMode = QStringLiteral("LOCAL_CUSTOM_CACHE");
const QString dockerMode = QStringLiteral("LOCAL_DOCKER_LAYER_CACHE");
const QString sourceMode = QStringLiteral("LOCAL_SOURCE_CACHE");
const QString projectLabel = QStringLiteral("builddeck.project");

QString volumeName(const Projects::Project &project, const QString &suffix = {})
{
    return QStringLiteral("builddeck-cache-") + project.name + suffix;
}

// The directory a cache path names: its part before the first wildcard ("/root/.m2" for
// "/root/.m2/**/*"), empty when the pattern starts with one.
QString directoryOf(const QString &path)
{
    QStringList kept;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        if (part.contains(QLatin1Char('*')) || part.contains(QLatin1Char('?')) || part.contains(QLatin1Char('[')) ||
            part.contains(QLatin1Char('{')))
            break;
        kept.append(part);
    }
    QString directory = kept.join(QLatin1Char('/'));
    while (directory.size() > 1 && directory.endsWith(QLatin1Char('/')))
        directory.chop(1);
    return directory == QStringLiteral(".") ? QString() : directory;
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

QString archiveName(const QString &key)
{
    return key.isEmpty() ? QStringLiteral("cache.tar")
                         : QString::fromLatin1(QUrl::toPercentEncoding(key)) + QStringLiteral(".tar");
}

QString variable(const QStringList &environment, const QString &name)
{
    for (const QString &entry : environment) {
        if (entry.startsWith(name + QLatin1Char('=')))
            return entry.mid(name.size() + 1);
    }
    return {};
}

qint64 folderSize(const QString &folder)
{
    qint64 bytes = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

// The git mirrors of the project's git sources (LOCAL_SOURCE_CACHE).
QStringList gitMirrors(const QString &dataDirectory, const Projects::Project &project)
{
    const Source::GitSource git(dataDirectory);
    QList<Projects::ProjectSource> sources{project.source};
    sources.append(project.secondarySources);
    QStringList mirrors;
    for (const Projects::ProjectSource &source : std::as_const(sources)) {
        if (Projects::ProjectValidator::gitSourceTypes().contains(source.type))
            mirrors.append(git.mirrorPath(source.location));
    }
    return mirrors;
}

// codebuild-hash-files GLOB...: SHA-256 over the files of the source directory the globs match.
const char hashFilesScript[] = R"(#!/bin/sh
cd "${CODEBUILD_SRC_DIR:-.}" || exit 1
for pattern in "$@"; do
  find . -type f \( -path "./$pattern" -o -path "./${pattern#\*\*/}" \) 2>/dev/null
done | sort -u | while IFS= read -r file; do sha256sum "$file"; done | sha256sum | cut -d' ' -f1
)";
const QString helperDirectory = QStringLiteral("/codebuild/bd/bin");

} // namespace

BuildCache::BuildCache(Runtime::ContainerRuntime &runtime, QString dataDirectory, const Projects::Project &project)
    : m_runtime(runtime)
    , m_dataDirectory(std::move(dataDirectory))
    , m_project(project)
{
}

bool BuildCache::hasMode(const QString &mode) const
{
    return m_project.cache && m_project.cache->type == QStringLiteral("LOCAL") && m_project.cache->modes.contains(mode);
}

bool BuildCache::usesS3() const
{
    return m_project.cache && m_project.cache->type == QStringLiteral("S3");
}

QString BuildCache::s3Directory(const QString &dataDirectory, const Projects::Project &project)
{
    const QString owner =
        project.cache && !project.cache->cacheNamespace.isEmpty()
            ? QStringLiteral("namespace-") + QString::fromLatin1(QUrl::toPercentEncoding(project.cache->cacheNamespace))
            : project.name;
    return QDir(dataDirectory).filePath(QStringLiteral("cache/%1/s3").arg(owner));
}

Result<QList<Runtime::VolumeMount>> BuildCache::volumes(bool privileged, QStringList &log)
{
    QList<Runtime::VolumeMount> mounts;
    const auto add = [&](const QString &name, const QString &kind, const QString &target) -> Result<void> {
        if (Result<void> made = m_runtime.createVolume(
                name, {{projectLabel, m_project.name}, {QStringLiteral("builddeck.cache"), kind}});
            !made)
            return made;
        mounts.append({name, target});
        return {};
    };
    if (hasMode(customMode)) {
        if (Result<void> added = add(volumeName(m_project), QStringLiteral("custom"), mountPoint()); !added)
            return added.error();
    }
    if (hasMode(dockerMode)) {
        if (!privileged) {
            log << QStringLiteral("LOCAL_DOCKER_LAYER_CACHE needs privilegedMode; the Docker layer cache is not used");
        } else {
            if (Result<void> added = add(volumeName(m_project, QStringLiteral("-docker")), QStringLiteral("docker"),
                                         QStringLiteral("/var/lib/docker"));
                !added)
                return added.error();
            log << QStringLiteral("Using the Docker layer cache (volume %1)").arg(mounts.constLast().volume);
        }
    }
    return mounts;
}

Result<QStringList> BuildCache::evaluateKeys(const Spec::Cache &cache, CommandExecutor &executor,
                                             const QStringList &environment) const
{
    QStringList texts{cache.key};
    texts.append(cache.fallbackKeys);
    const Result<QPair<int, QByteArray>> installed = executor.runScript(
        QStringLiteral("mkdir -p %1 && cat > %1/codebuild-hash-files <<'__bd_end'\n%2__bd_end\nchmod 755 "
                       "%1/codebuild-hash-files")
            .arg(helperDirectory, QString::fromLatin1(hashFilesScript)),
        environment);
    if (!installed)
        return installed.error();
    return executor.evaluate(texts, environment, QStringLiteral("PATH=%1:$PATH").arg(helperDirectory));
}

QString BuildCache::archiveToRestore(const QString &key, const QStringList &fallbackKeys) const
{
    const QDir directory(s3Directory(m_dataDirectory, m_project));
    if (directory.exists(archiveName(key)))
        return directory.filePath(archiveName(key));
    if (key.isEmpty())
        return {};
    const QFileInfoList archives = directory.entryInfoList({QStringLiteral("*.tar")}, QDir::Files, QDir::Time);
    for (const QString &prefix : fallbackKeys) {
        if (prefix.isEmpty())
            continue;
        for (const QFileInfo &archive : archives) {
            const QString archivedKey = QUrl::fromPercentEncoding(archive.completeBaseName().toLatin1());
            if (archivedKey.startsWith(prefix))
                return archive.absoluteFilePath();
        }
    }
    return {};
}

void BuildCache::restore(const std::optional<Spec::Cache> &cache, CommandExecutor &executor,
                         const QStringList &environment, const QString &workDirectory, const std::atomic_bool *cancel,
                         QStringList &log)
{
    if (hasMode(sourceMode) && Projects::ProjectValidator::gitSourceTypes().contains(m_project.source.type))
        log << QStringLiteral("Using the local source cache: the repository's mirror is fetched, only what changed");
    if (!cache || (!hasMode(customMode) && !usesS3()))
        return;
    if (cache->paths.isEmpty()) {
        log << QStringLiteral("Skip cache due to: no paths specified to be cached");
        return;
    }
    if (hasMode(customMode)) {
        QString script = QStringLiteral("set -e\n"
                                        "link() {\n"
                                        "  mkdir -p \"$2\"\n"
                                        "  if [ -L \"$1\" ]; then rm -f \"$1\"; fi\n"
                                        "  if [ -d \"$1\" ]; then cp -a \"$1\"/. \"$2\"/ && rm -rf \"$1\"; fi\n"
                                        "  mkdir -p \"$(dirname \"$1\")\"\n"
                                        "  ln -s \"$2\" \"$1\"\n"
                                        "}\n");
        for (const QString &path : cache->paths) {
            const QString directory = directoryOf(path.trimmed());
            if (directory.isEmpty() || directory == QStringLiteral("/")) {
                log << QStringLiteral("Skipping cache path %1: a local custom cache keeps directories; name one")
                           .arg(path);
                continue;
            }
            const QString hash = QString::fromLatin1(
                QCryptographicHash::hash(directory.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
            script += QStringLiteral("link %1 %2\n")
                          .arg(quoted(directory), quoted(mountPoint() + QStringLiteral("/custom/") + hash));
            log << QStringLiteral("Linking local cache directory %1").arg(directory);
        }
        const Result<QPair<int, QByteArray>> linked = executor.runScript(script, environment);
        if (!linked || linked->first != 0)
            log << QStringLiteral("The local cache could not be linked: %1")
                       .arg(linked ? QString::fromUtf8(linked->second).trimmed() : linked.error().message);
    }
    if (usesS3() && cache->action != QStringLiteral("save")) {
        log << QStringLiteral("Downloading S3 cache...");
        const Result<QStringList> keys = evaluateKeys(*cache, executor, environment);
        if (!keys) {
            log << QStringLiteral("The cache keys cannot be expanded: %1").arg(keys.error().message);
            return;
        }
        const QString archive = archiveToRestore(keys->value(0), keys->mid(1));
        if (archive.isEmpty()) {
            log << (keys->value(0).isEmpty() ? QStringLiteral("No cache saved yet")
                                             : QStringLiteral("Cache not found for key %1").arg(keys->value(0)));
            return;
        }
        log << QStringLiteral("Unarchiving cache...");
        QFile file(archive);
        if (!file.open(QIODevice::ReadOnly)) {
            log << QStringLiteral("The cache %1 cannot be read: %2").arg(archive, file.errorString());
            return;
        }
        // The archive holds abs/ (absolute paths) and src/ (paths in the source directory, which
        // has another name in every build).
        const QString staging = QDir(workDirectory).filePath(QStringLiteral("cache"));
        QDir(staging).removeRecursively();
        const auto removeStaging = qScopeGuard([&] { QDir(staging).removeRecursively(); });
        Result<Source::DirectoryArchive::Summary> restored = Source::DirectoryArchive::extract(
            [&](char *buffer, qint64 capacity) { return file.read(buffer, capacity); }, staging, 0, cancel);
        const QList<QPair<QString, QString>> places{
            {QStringLiteral("abs"), QStringLiteral("/")},
            {QStringLiteral("src"), variable(environment, QStringLiteral("CODEBUILD_SRC_DIR"))}};
        for (const auto &[part, target] : places) {
            const QString folder = QDir(staging).filePath(part);
            if (restored && QFileInfo(folder).isDir()) {
                const Result<Source::DirectoryArchive::Summary> sent = executor.upload(folder, target, {}, {}, cancel);
                if (!sent)
                    restored = sent.error();
            }
        }
        log << (restored ? QStringLiteral("Restored cache %1")
                               .arg(QUrl::fromPercentEncoding(QFileInfo(archive).completeBaseName().toLatin1()))
                         : QStringLiteral("The cache could not be restored: %1").arg(restored.error().message));
    }
}

void BuildCache::save(const std::optional<Spec::Cache> &cache, CommandExecutor &executor,
                      const QStringList &environment, const QString &containerId, const QString &workDirectory,
                      const std::atomic_bool *cancel, QStringList &log)
{
    if (!cache || !usesS3() || cache->paths.isEmpty() || cache->action == QStringLiteral("restore"))
        return;
    const Result<QStringList> keys = evaluateKeys(*cache, executor, environment);
    if (!keys) {
        log << QStringLiteral("The cache keys cannot be expanded: %1").arg(keys.error().message);
        return;
    }
    const QString key = keys->value(0);
    const QDir directory(s3Directory(m_dataDirectory, m_project));
    if (!key.isEmpty() && directory.exists(archiveName(key))) {
        log << QStringLiteral("Skipping cache save: a cache with key %1 exists, and keyed caches do not change")
                   .arg(key);
        return;
    }
    log << QStringLiteral("Uploading S3 cache...");
    // Each path's directory comes out of the container; what its pattern does not match is dropped.
    const QString sourceDirectory = variable(environment, QStringLiteral("CODEBUILD_SRC_DIR"));
    const QString staging = QDir(workDirectory).filePath(QStringLiteral("cache"));
    QDir(staging).removeRecursively();
    QList<Artifacts::GlobPattern> patterns;
    QStringList roots;
    for (const QString &path : cache->paths) {
        const QString trimmed = path.trimmed();
        // A path out of its directory would name one outside the staging folder on this machine.
        if (trimmed.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
            log << QStringLiteral("Skipping cache path %1: '..' is not allowed in a cache path").arg(path);
            continue;
        }
        const bool inSource = !trimmed.startsWith(QLatin1Char('/'));
        // abs/<path> for an absolute path, src/<path> for one in the source directory.
        const QString staged = (inSource ? QStringLiteral("src/") : QStringLiteral("abs")) + trimmed;
        const QString root = directoryOf(staged);
        if (root.size() <= 3) {
            log << QStringLiteral("Skipping cache path %1: it names no directory").arg(path);
            continue;
        }
        patterns.append(
            Artifacts::GlobPattern(directoryOf(staged) == staged ? staged + QStringLiteral("/**/*") : staged));
        if (roots.contains(root))
            continue;
        roots.append(root);
        const QString inContainer = inSource ? sourceDirectory + root.mid(3) : root.mid(3);
        const Result<Source::DirectoryArchive::Summary> copied = Source::DirectoryArchive::download(
            m_runtime, containerId, inContainer, QDir(staging).filePath(root), cancel);
        if (!copied)
            log << QStringLiteral("Skipping cache path %1: %2").arg(path, copied.error().message);
    }
    QDirIterator it(staging, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir stagingDir(staging);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = stagingDir.relativeFilePath(file);
        if (std::none_of(patterns.cbegin(), patterns.cend(),
                         [&](const Artifacts::GlobPattern &pattern) { return pattern.matches(relative); }))
            QFile::remove(file);
    }
    if (!QDir().mkpath(directory.path())) {
        log << QStringLiteral("The cache folder %1 cannot be made").arg(directory.path());
        return;
    }
    const QString target = directory.filePath(archiveName(key));
    QFile partial(target + QStringLiteral(".partial"));
    if (!partial.open(QIODevice::WriteOnly)) {
        log << QStringLiteral("The cache %1 cannot be written: %2").arg(partial.fileName(), partial.errorString());
        return;
    }
    const Result<Source::DirectoryArchive::Summary> written = Source::DirectoryArchive::write(
        staging, {}, {}, [&](const char *data, qsizetype size) { return partial.write(data, size) == size; }, cancel);
    partial.close();
    QDir(staging).removeRecursively();
    if (!written || (QFile::exists(target) && !QFile::remove(target)) || !partial.rename(target)) {
        partial.remove();
        log << QStringLiteral("The cache could not be saved: %1")
                   .arg(written ? partial.errorString() : written.error().message);
        return;
    }
    log << QStringLiteral("Saved cache%1: %2 file(s), %3 byte(s)")
               .arg(key.isEmpty() ? QString() : QStringLiteral(" with key ") + key)
               .arg(written->files)
               .arg(written->bytes);
}

Result<qint64> BuildCache::size(Runtime::ContainerRuntime &runtime, const QString &dataDirectory,
                                const Projects::Project &project)
{
    const QString own = QDir(dataDirectory).filePath(QStringLiteral("cache/") + project.name);
    qint64 bytes = folderSize(own);
    if (!s3Directory(dataDirectory, project).startsWith(own)) // a namespace's, shared
        bytes += folderSize(s3Directory(dataDirectory, project));
    for (const QString &mirror : gitMirrors(dataDirectory, project))
        bytes += folderSize(mirror);
    const Result<QList<Runtime::VolumeSummary>> volumes =
        runtime.listVolumes(projectLabel + QLatin1Char('=') + project.name, true);
    if (!volumes)
        return volumes.error();
    for (const Runtime::VolumeSummary &volume : *volumes)
        bytes += std::max<qint64>(0, volume.sizeBytes);
    return bytes;
}

Result<void> BuildCache::invalidate(Runtime::ContainerRuntime &runtime, const QString &dataDirectory,
                                    const Projects::Project &project)
{
    const Result<QList<Runtime::VolumeSummary>> volumes =
        runtime.listVolumes(projectLabel + QLatin1Char('=') + project.name, false);
    if (!volumes)
        return volumes.error();
    for (const Runtime::VolumeSummary &volume : *volumes) {
        if (Result<void> removed = runtime.removeVolume(volume.name); !removed)
            return makeError(removed.error().code,
                             tr("The cache volume %1 cannot be removed (is a build of %2 running?): %3")
                                 .arg(volume.name, project.name, removed.error().message));
    }
    const QStringList folders{QDir(dataDirectory).filePath(QStringLiteral("cache/") + project.name),
                              s3Directory(dataDirectory, project)};
    for (const QString &folder : folders) {
        if (!QDir(folder).removeRecursively())
            return makeError(ErrorCode::Io, tr("The cache folder %1 cannot be removed.").arg(folder));
    }
    for (const QString &mirror : gitMirrors(dataDirectory, project)) {
        if (!QDir(mirror).removeRecursively())
            return makeError(ErrorCode::Io, tr("The source cache %1 cannot be removed.").arg(mirror));
    }
    return {};
}

namespace {

// A runtime of its own for `endpoint`, or why there is none.
Result<std::unique_ptr<Runtime::DockerEngineRuntime>> connectTo(const QString &endpoint)
{
    const Result<Runtime::EngineEndpoint> parsed =
        Runtime::EngineEndpoint::parse(endpoint, BuildCache::tr("the engine"));
    if (!parsed)
        return parsed.error();
    return std::make_unique<Runtime::DockerEngineRuntime>(*parsed);
}

} // namespace

Result<qint64> BuildCache::size(const QString &endpoint, const QString &dataDirectory, const Projects::Project &project)
{
    Result<std::unique_ptr<Runtime::DockerEngineRuntime>> runtime = connectTo(endpoint);
    if (!runtime)
        return runtime.error();
    return size(**runtime, dataDirectory, project);
}

Result<void> BuildCache::invalidate(const QString &endpoint, const QString &dataDirectory,
                                    const Projects::Project &project)
{
    Result<std::unique_ptr<Runtime::DockerEngineRuntime>> runtime = connectTo(endpoint);
    if (!runtime)
        return runtime.error();
    return invalidate(**runtime, dataDirectory, project);
}

} // namespace BuildDeck::Engine
