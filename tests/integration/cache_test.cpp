#include "processrunner.h"
#include "runnerbuilds.h"

#include "engine/buildcache.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace BuildDeck;
using namespace BuildDeck::Engine;

namespace {

// A project whose builds print what the cache brought and add to it.
Projects::Project cachedProject(const QString &name, const QString &cacheSection, Projects::ProjectCache cache)
{
    Projects::Project project =
        Builds::project(QStringLiteral("version: 0.2\n"
                                       "phases:\n"
                                       "  build:\n"
                                       "    commands:\n"
                                       "      - mkdir -p /root/.m2 deps\n"
                                       "      - cat /root/.m2/*.txt deps/*.txt 2>/dev/null || echo nothing cached\n"
                                       "      - echo \"from build $CODEBUILD_BUILD_NUMBER\" > "
                                       "/root/.m2/build-$CODEBUILD_BUILD_NUMBER.txt\n"
                                       "      - echo \"deps of build $CODEBUILD_BUILD_NUMBER\" > "
                                       "deps/build-$CODEBUILD_BUILD_NUMBER.txt\n") +
                        cacheSection);
    project.name = name;
    project.cache = cache;
    return project;
}

Projects::ProjectCache s3Cache()
{
    Projects::ProjectCache cache;
    cache.type = QStringLiteral("S3");
    cache.location = QStringLiteral("cache-bucket");
    return cache;
}

void invalidate(Builds &builds, const Projects::Project &project)
{
    REQUIRE(BuildCache::invalidate(builds.runtime(), builds.dataDirectory(), project));
}

} // namespace

TEST_CASE("LOCAL_CUSTOM_CACHE keeps the cache paths' directories from one build to the next, until invalidated",
          "[docker][cache]")
{
    if (!requireEngine())
        return;
    Builds builds;
    Projects::ProjectCache cache;
    cache.type = QStringLiteral("LOCAL");
    cache.modes = {QStringLiteral("LOCAL_CUSTOM_CACHE")};
    const Projects::Project project =
        cachedProject(QStringLiteral("cache-local"),
                      QStringLiteral("cache:\n  paths:\n    - '/root/.m2/**/*'\n    - 'deps/**/*'\n"), cache);
    invalidate(builds, project); // nothing left from an earlier run of this test

    const BuildRecord first = builds.run(project);
    CHECK(first.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(QStringLiteral("Linking local cache directory /root/.m2")));
    CHECK(builds.log().contains(QStringLiteral("Linking local cache directory deps")));
    CHECK(builds.log().contains(QStringLiteral("\nnothing cached\n")));

    const BuildRecord second = builds.run(project);
    CHECK(second.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(QStringLiteral("\nfrom build 1\ndeps of build 1\n")));
    const Result<qint64> size = BuildCache::size(builds.runtime(), builds.dataDirectory(), project);
    REQUIRE(size);
    CHECK(*size > 0);

    invalidate(builds, project);
    const Result<qint64> cleared = BuildCache::size(builds.runtime(), builds.dataDirectory(), project);
    REQUIRE(cleared);
    CHECK(*cleared == 0);
    builds.run(project);
    CHECK(builds.log().contains(QStringLiteral("\nnothing cached\n")));
    invalidate(builds, project);
}

TEST_CASE("The S3 cache is a keyed archive under the data directory: key, fallback-keys and action", "[docker][cache]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const Projects::ProjectCache cache = s3Cache();
    const auto withKey = [&](const QString &keys) {
        return cachedProject(QStringLiteral("cache-s3"),
                             QStringLiteral("cache:\n  paths:\n    - '/root/.m2/**/*'\n    - 'deps/*'\n") + keys,
                             cache);
    };

    // No key: one archive per project, saved after every build.
    builds.run(withKey({}));
    CHECK(builds.log().contains(QStringLiteral("No cache saved yet")));
    CHECK(builds.log().contains(QStringLiteral("Saved cache: 2 file(s)")));
    CHECK(QFileInfo::exists(
        QDir(BuildCache::s3Directory(builds.dataDirectory(), withKey({}))).filePath(QStringLiteral("cache.tar"))));
    builds.run(withKey({}));
    CHECK(builds.log().contains(QStringLiteral("\nfrom build 1\ndeps of build 1\n")));

    // A key is written once; another key falls back to the newest archive whose key starts so.
    const QString keyed = QStringLiteral("  key: deps-$(codebuild-hash-files buildspec.yml)\n"
                                         "  fallback-keys:\n    - deps-\n");
    builds.run(withKey(QStringLiteral("  key: deps-one\n")));
    CHECK(builds.log().contains(QStringLiteral("Cache not found for key deps-one")));
    CHECK(builds.log().contains(QStringLiteral("Saved cache with key deps-one: ")));
    builds.run(withKey(QStringLiteral("  key: deps-one\n")));
    CHECK(builds.log().contains(QStringLiteral("Restored cache deps-one")));
    CHECK(builds.log().contains(QStringLiteral("a cache with key deps-one exists, and keyed caches do not change")));
    const BuildRecord hashed = builds.run(withKey(keyed));
    CHECK(hashed.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(QStringLiteral("Restored cache deps-one")));
    CHECK(builds.log().contains(QRegularExpression(QStringLiteral("Saved cache with key deps-[0-9a-f]{64}: "))));

    // action: restore only reads, save only writes.
    builds.run(withKey(QStringLiteral("  key: deps-two\n  action: restore\n")));
    CHECK_FALSE(builds.log().contains(QStringLiteral("Uploading S3 cache...")));
    builds.run(withKey(QStringLiteral("  key: deps-one\n  action: save\n")));
    CHECK_FALSE(builds.log().contains(QStringLiteral("Downloading S3 cache...")));
}

TEST_CASE("LOCAL_DOCKER_LAYER_CACHE needs privileged mode and says so", "[docker][cache]")
{
    if (!requireEngine())
        return;
    Builds builds;
    Projects::ProjectCache cache;
    cache.type = QStringLiteral("LOCAL");
    cache.modes = {QStringLiteral("LOCAL_DOCKER_LAYER_CACHE")};
    Projects::Project project = cachedProject(QStringLiteral("cache-docker"), {}, cache);
    builds.run(project);
    CHECK(builds.log().contains(
        QStringLiteral("LOCAL_DOCKER_LAYER_CACHE needs privilegedMode; the Docker layer cache is not used")));

    project.environment.privilegedMode = true;
    project.source.buildspec = QStringLiteral("version: 0.2\nphases:\n  build:\n    commands:\n"
                                              "      - ls /var/lib/docker/layer-cache-mark 2>/dev/null || echo none\n"
                                              "      - touch /var/lib/docker/layer-cache-mark\n");
    const BuildRecord first = builds.run(project);
    REQUIRE(first.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(
        QStringLiteral("Using the Docker layer cache (volume builddeck-cache-cache-docker-docker)")));
    builds.run(project);
    CHECK(builds.log().contains(QStringLiteral("\n/var/lib/docker/layer-cache-mark\n")));
    invalidate(builds, project);
}

TEST_CASE("A hostile S3 cache archive is refused in the log, the build goes on, and nothing lands outside",
          "[docker][cache]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const Projects::ProjectCache cache = s3Cache();
    const Projects::Project project = cachedProject(
        QStringLiteral("cache-hostile"), QStringLiteral("cache:\n  paths:\n    - '/root/.m2/**/*'\n"), cache);
    const QString archive =
        QDir(BuildCache::s3Directory(builds.dataDirectory(), project)).filePath(QStringLiteral("cache.tar"));
    REQUIRE(QDir().mkpath(QFileInfo(archive).absolutePath()));
    QTemporaryDir scratch;

    struct Hostile
    {
        const char *what;
        QString make; // a shell script that writes the archive to $1 from the folder it runs in
        QString refusal;
    };
    const QList<Hostile> hostile{
        // 8 GiB of zeros in a few kilobytes: the bomb an S3 cache can be.
        {"a sparse file",
         QStringLiteral("mkdir -p abs/root/.m2 && truncate -s 8G abs/root/.m2/bomb.bin && "
                        "tar -S -cf \"$1\" abs"),
         QStringLiteral("is a sparse file of 8589934592 bytes in the archive; refused")},
        {"'..'",
         QStringLiteral("python3 -c \"import io, sys, tarfile\nt = tarfile.open(sys.argv[1], 'w')\n"
                        "i = tarfile.TarInfo('abs/../../escaped.txt'); i.size = 1\n"
                        "t.addfile(i, io.BytesIO(b'x'))\" \"$1\""),
         QStringLiteral("would be written outside")},
        {"a path through a link",
         QStringLiteral("mkdir -p abs/root && ln -s '%1' abs/root/.m2 && mkdir -p out && "
                        "echo x > out/escaped.txt && tar -cf \"$1\" abs && tar -rf \"$1\" "
                        "--transform 's,^out,abs/root/.m2,' out/escaped.txt")
             .arg(scratch.path()),
         QStringLiteral("escaped.txt")},
    };
    for (const Hostile &bad : hostile) {
        INFO(bad.what);
        QTemporaryDir folder;
        const ProcessResult made = runProgram(
            QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("cd '%1' && %2").arg(folder.path(), bad.make),
                                   QStringLiteral("make"), archive});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
        const BuildRecord record = builds.run(project);
        INFO(builds.log().toStdString());
        CHECK(record.buildStatus == Status::Succeeded);
        CHECK(builds.log().contains(QStringLiteral("The cache could not be restored: ")));
        CHECK(builds.log().contains(bad.refusal));
        CHECK(builds.log().contains(QStringLiteral("nothing cached")));
        // Nothing outside the staging folder, which is gone.
        CHECK_FALSE(QFileInfo::exists(builds.dataDirectory() + QStringLiteral("/escaped.txt")));
        CHECK_FALSE(QFileInfo::exists(scratch.filePath(QStringLiteral("escaped.txt"))));
        CHECK(QDir(builds.dataDirectory() + QStringLiteral("/work"))
                  .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                  .isEmpty());
        QFile::remove(archive);
    }
}

TEST_CASE("Cache and report paths with '..', absolute paths and links out are refused, and nothing leaves the build",
          "[docker][cache]")
{
    if (!requireEngine())
        return;
    QDir(QStringLiteral("/tmp/bd-escape")).removeRecursively();
    Builds builds;
    const Projects::ProjectCache cache = s3Cache();
    // The build makes a tree of its own in the container, reached by '..' from the source, and a
    // report that is a link to a file of the host's (and of the container's) /etc.
    Projects::Project project =
        Builds::project(QStringLiteral("version: 0.2\n"
                                       "phases:\n"
                                       "  build:\n"
                                       "    commands:\n"
                                       "      - mkdir -p ../../../../../../../../tmp/bd-escape reports\n"
                                       "      - echo planted > ../../../../../../../../tmp/bd-escape/planted.txt\n"
                                       "      - ln -s /etc/passwd reports/linked.xml\n"
                                       "cache:\n"
                                       "  paths:\n"
                                       "    - '../../../../../../../../tmp/bd-escape/**/*'\n"
                                       "reports:\n"
                                       "  escape:\n"
                                       "    files: ['../../../../../../../../etc/passwd', '/etc/passwd']\n"
                                       "  linked:\n"
                                       "    files: ['reports/linked.xml']\n"));
    project.name = QStringLiteral("cache-paths");
    project.cache = cache;
    const BuildRecord record = builds.run(project);
    INFO(builds.log().toStdString());
    CHECK(builds.log().contains(QStringLiteral(
        "Skipping cache path ../../../../../../../../tmp/bd-escape/**/*: '..' is not allowed in a cache path")));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("/tmp/bd-escape/planted.txt")));
    // No report was made of a file outside the build's tree.
    CHECK(record.reportArns.isEmpty());
    CHECK(builds.log().contains(QStringLiteral("Report group cache-paths-escape: ")));
    CHECK(builds.log().contains(QStringLiteral("Report group cache-paths-linked: ")));
}
