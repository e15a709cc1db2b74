#include "processrunner.h"
#include "runnerbuilds.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace BuildDeck;
using namespace BuildDeck::Engine;

namespace {

// Reference §1.11's example tree, made by the build's commands.
const char *exampleTree = "version: 0.2\n"
                          "phases:\n"
                          "  build:\n"
                          "    commands:\n"
                          "      - mkdir -p my-build-1 my-build-2/my-subdirectory\n"
                          "      - echo one > my-build-1/my-file-1.txt\n"
                          "      - echo two > my-build-2/my-file-2.txt\n"
                          "      - echo three > my-build-2/my-subdirectory/my-file-3.txt\n";

Projects::Project s3Project(const QString &artifacts, const QString &packaging = QStringLiteral("NONE"))
{
    Projects::Project project = Builds::project(QString::fromLatin1(exampleTree) + artifacts);
    project.artifacts.type = QStringLiteral("S3");
    project.artifacts.location = QStringLiteral("bucket");
    project.artifacts.path = QStringLiteral("builds");
    project.artifacts.name = QStringLiteral("out");
    project.artifacts.packaging = packaging;
    return project;
}

// Every file below `folder`, relative, sorted.
QStringList filesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// The entries of a zip as "name" or "name -> link target", read by Python's zipfile.
QStringList zipEntries(const QString &zip)
{
    const ProcessResult listed = runProgram(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import stat, sys, zipfile\n"
                        "for i in zipfile.ZipFile(sys.argv[1]).infolist():\n"
                        "    z = zipfile.ZipFile(sys.argv[1])\n"
                        "    mode = i.external_attr >> 16\n"
                        "    data = z.read(i.filename).decode()\n"
                        "    print(i.filename + (' -> ' + data if stat.S_ISLNK(mode) else ' = ' + data.strip()))\n"),
         zip});
    REQUIRE(listed.exitCode == 0);
    QStringList entries = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    entries.sort();
    return entries;
}

QString fileHash(const QString &path, QCryptographicHash::Algorithm algorithm)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QCryptographicHash hash(algorithm);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

TEST_CASE("An S3 artifact with packaging NONE is a folder under the data directory, by CodeBuild's glob rules",
          "[docker][artifacts]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const BuildRecord record = builds.run(s3Project(QStringLiteral("artifacts:\n"
                                                                   "  base-directory: 'my-build*'\n"
                                                                   "  files:\n"
                                                                   "    - '**/*'\n"
                                                                   "  discard-paths: yes\n")));
    INFO(builds.log().toStdString());
    CHECK(record.buildStatus == Status::Succeeded);
    const QString expected = QDir(builds.dataDirectory()).filePath(QStringLiteral("s3/bucket/builds/out"));
    REQUIRE(record.artifacts.size() == 1);
    CHECK(record.artifacts.at(0).location == expected);
    CHECK(record.artifacts.at(0).sha256sum.isEmpty());
    CHECK(filesIn(expected) == QStringList{QStringLiteral("my-file-1.txt"), QStringLiteral("my-file-2.txt"),
                                           QStringLiteral("my-file-3.txt")});
    QFile three(QDir(expected).filePath(QStringLiteral("my-file-3.txt")));
    REQUIRE(three.open(QIODevice::ReadOnly));
    CHECK(three.readAll() == "three\n");
    for (const char *line : {"Expanding base directory path: my-build-1", "Expanding base directory path: my-build-2",
                             "Expanding **/*", "Found 3 file(s)", "Phase complete: UPLOAD_ARTIFACTS State: SUCCEEDED"})
        CHECK(builds.log().contains(QString::fromLatin1(line)));

    // batch-get-builds shows what was made: the absolute local path.
    const QJsonObject shown = record.toJson().value(QStringLiteral("artifacts")).toObject();
    CHECK(shown.value(QStringLiteral("location")).toString() == expected);
    CHECK(shown.value(QStringLiteral("md5sum")).toString().isEmpty());
    // The stored record keeps both what was made and the settings it was made from.
    const Result<BuildRecord> stored = builds.store().get(record.id);
    REQUIRE(stored);
    CHECK(stored->artifacts == record.artifacts);
    CHECK(stored->configuration.value(QStringLiteral("artifacts")).toObject().value(QStringLiteral("location")) ==
          QStringLiteral("bucket"));
}

TEST_CASE("A ZIP artifact: BUILD_ID namespace, the buildspec's name run through the shell, checksums",
          "[docker][artifacts]")
{
    if (!requireEngine())
        return;
    Builds builds;
    Projects::Project project = s3Project(QStringLiteral("      - ln -s my-file-2.txt my-build-2/link.txt\n"
                                                         "      - export KIND=nightly\n"
                                                         "artifacts:\n"
                                                         "  base-directory: my-build-2\n"
                                                         "  files:\n"
                                                         "    - '*/my-file-3.txt'\n"
                                                         "    - link.txt\n"
                                                         "  name: $KIND/out-$CODEBUILD_BUILD_NUMBER-$(echo zip)\n"
                                                         "  enable-symlinks: yes\n"),
                                          QStringLiteral("ZIP"));
    project.artifacts.namespaceType = QStringLiteral("BUILD_ID");
    project.artifacts.overrideArtifactName = true;
    const BuildRecord record = builds.run(project);
    CHECK(record.buildStatus == Status::Succeeded);
    REQUIRE(record.artifacts.size() == 1);
    const QString zip = QDir(builds.dataDirectory())
                            .filePath(QStringLiteral("s3/bucket/builds/%1/nightly/out-1-zip.zip").arg(record.uuid()));
    CHECK(record.artifacts.at(0).location == zip);
    REQUIRE(QFileInfo(zip).isFile());
    CHECK(record.artifacts.at(0).sha256sum == fileHash(zip, QCryptographicHash::Sha256));
    CHECK(record.artifacts.at(0).md5sum == fileHash(zip, QCryptographicHash::Md5));
    // The base directory is not part of the paths; the link stays a link (enable-symlinks).
    CHECK(zipEntries(zip) == QStringList{QStringLiteral("link.txt -> my-file-2.txt"),
                                         QStringLiteral("my-subdirectory/my-file-3.txt = three")});

    // Without enable-symlinks the link's file goes in.
    project.source.buildspec.replace(QStringLiteral("  enable-symlinks: yes\n"), QString());
    const BuildRecord second = builds.run(project);
    REQUIRE(second.artifacts.size() == 1);
    CHECK(zipEntries(second.artifacts.at(0).location).contains(QStringLiteral("link.txt = two")));
}

TEST_CASE("Secondary artifacts are matched to the project's artifactIdentifiers, a base directory may be another "
          "source's",
          "[docker][artifacts]")
{
    if (!requireEngine())
        return;
    QTemporaryDir extra;
    QDir(extra.path()).mkpath(QStringLiteral("docs"));
    QFile page(extra.filePath(QStringLiteral("docs/index.html")));
    REQUIRE(page.open(QIODevice::WriteOnly));
    page.write("<p>docs</p>\n");
    page.close();

    Projects::Project project = s3Project(QStringLiteral("artifacts:\n"
                                                         "  files:\n"
                                                         "    - my-build-1/*\n"
                                                         "  secondary-artifacts:\n"
                                                         "    site:\n"
                                                         "      base-directory: $CODEBUILD_SRC_DIR_extra/docs\n"
                                                         "      files:\n"
                                                         "        - '**/*'\n"
                                                         "    unused:\n"
                                                         "      files:\n"
                                                         "        - '*'\n"));
    Projects::ProjectSource secondary;
    secondary.type = QStringLiteral("LOCAL");
    secondary.location = extra.path();
    secondary.sourceIdentifier = QStringLiteral("extra");
    project.secondarySources = {secondary};
    Projects::ProjectArtifacts site;
    site.type = QStringLiteral("S3");
    site.location = QStringLiteral("site-bucket");
    site.name = QStringLiteral("site");
    site.artifactIdentifier = QStringLiteral("site");
    project.secondaryArtifacts = {site};

    Builds builds;
    const BuildRecord record = builds.run(project);
    CHECK(record.buildStatus == Status::Succeeded);
    REQUIRE(record.artifacts.size() == 2);
    CHECK(filesIn(record.artifacts.at(0).location) == QStringList{QStringLiteral("my-build-1/my-file-1.txt")});
    CHECK(record.artifacts.at(1).artifactIdentifier == QStringLiteral("site"));
    CHECK(record.artifacts.at(1).location ==
          QDir(builds.dataDirectory()).filePath(QStringLiteral("s3/site-bucket/site")));
    CHECK(filesIn(record.artifacts.at(1).location) == QStringList{QStringLiteral("index.html")});
    CHECK(builds.log().contains(QStringLiteral(
        "Skipping secondary artifact unused: the project has no secondary artifact with that artifactIdentifier")));
    const QJsonArray shown = record.toJson().value(QStringLiteral("secondaryArtifacts")).toArray();
    REQUIRE(shown.size() == 1);
    CHECK(shown.at(0).toObject().value(QStringLiteral("artifactIdentifier")) == QStringLiteral("site"));
    CHECK(shown.at(0).toObject().value(QStringLiteral("location")) == record.artifacts.at(1).location);

    // A secondary artifact the buildspec does not define fails the phase.
    project.source.buildspec.replace(QStringLiteral("    site:\n"), QStringLiteral("    other:\n"));
    const BuildRecord undefined = builds.run(project);
    CHECK(undefined.buildStatus == Status::Failed);
    CHECK(phaseOf(undefined, PhaseType::UploadArtifacts).contexts ==
          QList<PhaseContext>{{QStringLiteral("CLIENT_ERROR"),
                               QStringLiteral("no definition for secondary artifact site in buildspec")}});
}

TEST_CASE("UPLOAD_ARTIFACTS fails with CodeBuild's CLIENT_ERRORs, and nothing leaves the data directory",
          "[docker][artifacts]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const auto contextOf = [](const BuildRecord &record) {
        CHECK(record.buildStatus == Status::Failed);
        const BuildPhase &phase = phaseOf(record, PhaseType::UploadArtifacts);
        CHECK(phase.status == Status::Failed);
        REQUIRE(phase.contexts.size() == 1);
        CHECK(phase.contexts.at(0).statusCode == QStringLiteral("CLIENT_ERROR"));
        return phase.contexts.at(0).message;
    };

    CHECK(contextOf(builds.run(s3Project(QStringLiteral("artifacts:\n  files:\n    - '*.exe'\n")))) ==
          QStringLiteral("no matching artifact paths found"));
    CHECK(builds.log().contains(QStringLiteral("Skipping invalid file path *.exe")));
    CHECK(contextOf(builds.run(s3Project({}))) == QStringLiteral("no definition for primary artifacts in buildspec"));
    CHECK(contextOf(builds.run(s3Project(QStringLiteral("artifacts:\n  files:\n    - ../*\n")))) ==
          QStringLiteral("The artifact path ../* leaves the source directory; give a path inside it."));

    Projects::Project escaping = s3Project(QStringLiteral("artifacts:\n  files:\n    - my-build-1/*\n"));
    escaping.artifacts.name = QStringLiteral("../../../escaped");
    CHECK(
        contextOf(builds.run(escaping)) ==
        QStringLiteral("artifacts.name: '../../../escaped' would leave the artifact folder; use a path without '..'."));
    CHECK_FALSE(QFileInfo::exists(QDir(builds.dataDirectory()).filePath(QStringLiteral("escaped"))));

    // A link out of the source tree is skipped, never followed.
    const BuildRecord linked = builds.run(s3Project(QStringLiteral("      - ln -s /etc/passwd my-build-1/passwd\n"
                                                                   "artifacts:\n  files:\n    - my-build-1/*\n")));
    CHECK(linked.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(
        QStringLiteral("Skipping my-build-1/passwd: a symbolic link that leads outside the source directory")));
    REQUIRE(linked.artifacts.size() == 1);
    CHECK(filesIn(linked.artifacts.at(0).location) == QStringList{QStringLiteral("my-build-1/my-file-1.txt")});
}

TEST_CASE("start-build's artifactsOverride replaces the project's artifacts for one build", "[docker][artifacts]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const Projects::Project project = s3Project(QStringLiteral("artifacts:\n  files:\n    - my-build-1/*\n"));
    BuildRequest request;
    request.artifactsOverride = QJsonObject{{QStringLiteral("type"), QStringLiteral("S3")},
                                            {QStringLiteral("location"), QStringLiteral("other")},
                                            {QStringLiteral("name"), QStringLiteral("x.zip")},
                                            {QStringLiteral("packaging"), QStringLiteral("ZIP")}};
    const BuildRecord zipped = builds.run(project, request);
    REQUIRE(zipped.artifacts.size() == 1);
    CHECK(zipped.artifacts.at(0).location == QDir(builds.dataDirectory()).filePath(QStringLiteral("s3/other/x.zip")));
    CHECK(zipEntries(zipped.artifacts.at(0).location) == QStringList{QStringLiteral("my-build-1/my-file-1.txt = one")});

    request.artifactsOverride = QJsonObject{{QStringLiteral("type"), QStringLiteral("NO_ARTIFACTS")}};
    const BuildRecord none = builds.run(project, request);
    CHECK(none.buildStatus == Status::Succeeded);
    CHECK(none.artifacts.isEmpty());

    // A malformed override is named by its member.
    QList<Issue> issues;
    request.artifactsOverride = QJsonObject{{QStringLiteral("type"), 3}};
    (void)request.apply(project, &issues);
    REQUIRE_FALSE(issues.isEmpty());
    CHECK(issues.at(0).path == QStringLiteral("artifactsOverride.type"));
    CHECK(issues.at(0).message.startsWith(QStringLiteral("artifactsOverride.type: ")));
}
