// What a build may reach and what it leaves: its container gets no host folder, no engine socket
// and no privileges unless the project asks; everything BuildDeck writes for it is its owner's alone.

#include "engine.h"
#include "processrunner.h"
#include "testconfig.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace {

constexpr const char *containedBuildspec = R"(version: 0.2
phases:
  build:
    commands:
      - test ! -e /var/run/docker.sock && test ! -e /run/docker.sock && test ! -e /run/podman/podman.sock
      - "! grep -Eq 'docker.sock|podman.sock' /proc/self/mountinfo"
      - "! mount -t tmpfs none /mnt 2>/dev/null"
      - caps=$(grep CapEff /proc/self/status | cut -f2) && test $(( 0x$caps >> 21 & 1 )) -eq 0
      - mkdir -p out && echo result > out/result.txt
artifacts:
  files: ['out/**/*']
)";

} // namespace

TEST_CASE("A build's container reaches no engine socket, host folder or privilege, its files are its owner's alone",
          "[docker][engine][security]")
{
    if (!requireEngine())
        return;
    QTemporaryDir parent;
    const QString data = parent.filePath(QStringLiteral("data")); // made by builddeck-cli
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BUILDDECK_DATA_DIR"), data);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), parent.filePath(QStringLiteral("config")));
    const auto cli = [&](const QStringList &arguments) {
        return runProgram(QStringLiteral(BUILDDECK_BIN_DIR "/builddeck-cli"), arguments, environment);
    };
    const QJsonObject project{
        {QStringLiteral("name"), QStringLiteral("contained")},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), QStringLiteral("NO_SOURCE")},
                                               {QStringLiteral("buildspec"), QString::fromLatin1(containedBuildspec)}}},
        {QStringLiteral("artifacts"), QJsonObject{{QStringLiteral("type"), QStringLiteral("S3")},
                                                  {QStringLiteral("location"), QStringLiteral("bucket")},
                                                  {QStringLiteral("packaging"), QStringLiteral("ZIP")},
                                                  {QStringLiteral("name"), QStringLiteral("out.zip")}}},
        {QStringLiteral("environment"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("LINUX_CONTAINER")},
                     {QStringLiteral("image"), QString::fromLatin1(defaultImage())},
                     {QStringLiteral("computeType"), QStringLiteral("BUILD_GENERAL1_SMALL")}}},
        {QStringLiteral("cache"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("LOCAL")},
                     {QStringLiteral("modes"), QJsonArray{QStringLiteral("LOCAL_CUSTOM_CACHE")}}}},
    };
    const ProcessResult created = cli({QStringLiteral("create-project"), QStringLiteral("--cli-input-json"),
                                       QString::fromUtf8(QJsonDocument(project).toJson())});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const ProcessResult built = cli({QStringLiteral("start-build"), QStringLiteral("--project-name"),
                                     QStringLiteral("contained"), QStringLiteral("--wait")});
    INFO(built.out.toStdString());
    const QJsonObject build =
        QJsonDocument::fromJson(built.out.toUtf8()).object().value(QStringLiteral("build")).toObject();
    const ProcessResult log =
        cli({QStringLiteral("logs"), QStringLiteral("--id"), build.value(QStringLiteral("id")).toString()});
    INFO(log.out.toStdString());
    // Every check ran inside the container: no socket, no mount, no CAP_SYS_ADMIN.
    REQUIRE(build.value(QStringLiteral("buildStatus")).toString() == QStringLiteral("SUCCEEDED"));
    CHECK(QFileInfo::exists(data + QStringLiteral("/s3/bucket/out.zip")));

    // The data directory and everything in it: no permission for the group or others.
    const auto groupOrOther = [](const QString &path) {
        struct stat status
        {
        };
        REQUIRE(::lstat(QFile::encodeName(path).constData(), &status) == 0);
        return S_ISLNK(status.st_mode) ? 0 : int(status.st_mode & 077);
    };
    CHECK(groupOrOther(data) == 0);
    int entries = 0;
    QDirIterator walk(data, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                      QDirIterator::Subdirectories);
    while (walk.hasNext()) {
        const QString path = walk.next();
        INFO(path.toStdString());
        CHECK(groupOrOther(path) == 0);
        ++entries;
    }
    CHECK(entries > 5); // the database, the log and its index, the record's files, the artifact
}
