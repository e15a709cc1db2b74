#include "engine.h"
#include "gitrepositories.h"
#include "runnerbuilds.h"
#include "stringmakers.h"

#include "engine/buildrunner.h"
#include "engine/buildsettings.h"
#include "engine/buildstore.h"
#include "runtime/enginelocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <thread>

#include <csignal>
#include <unistd.h>

using namespace BuildDeck;
using namespace BuildDeck::Engine;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool underSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool underSanitizer = true;
#else
constexpr bool underSanitizer = false;
#endif
#else
constexpr bool underSanitizer = false;
#endif

} // namespace

TEST_CASE("A successful build goes through every phase and leaves no container", "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const BuildRecord record =
        builds.run("version: 0.2\nphases:\n  build:\n    commands:\n      - echo hello from the build\n");
    CHECK(record.buildStatus == Status::Succeeded);
    CHECK(record.buildComplete);
    CHECK(record.buildNumber == 1);
    CHECK(phases(record) ==
          succeededUpTo({"INSTALL=SUCCEEDED", "PRE_BUILD=SUCCEEDED", "BUILD=SUCCEEDED", "POST_BUILD=SUCCEEDED",
                         "UPLOAD_ARTIFACTS=SUCCEEDED", "FINALIZING=SUCCEEDED", "COMPLETED"}));
    CHECK(builds.log().contains(QStringLiteral("Entering phase BUILD\n")));
    CHECK(builds.log().contains(QStringLiteral("Running command echo hello from the build\nhello from the build\n")));
    CHECK(builds.log().contains(QStringLiteral("Phase complete: BUILD State: SUCCEEDED\n")));
    const auto left = builds.runtime().listContainers(QStringLiteral("builddeck.build-id=") + record.id);
    REQUIRE(left);
    CHECK(left->isEmpty());
    CHECK(*builds.store().get(record.id) == record);
}

TEST_CASE("A failing BUILD still runs POST_BUILD with CODEBUILD_BUILD_SUCCEEDING=0, and the context says why",
          "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const BuildRecord record = builds.run("version: 0.2\n"
                                          "phases:\n"
                                          "  build:\n"
                                          "    commands:\n"
                                          "      - echo before\n"
                                          "      - sh -c 'exit 2'\n"
                                          "      - echo never\n"
                                          "    finally:\n"
                                          "      - echo finally ran\n"
                                          "  post_build:\n"
                                          "    commands:\n"
                                          "      - echo succeeding=$CODEBUILD_BUILD_SUCCEEDING\n");
    CHECK(record.buildStatus == Status::Failed);
    CHECK(phases(record) ==
          succeededUpTo({"INSTALL=SUCCEEDED", "PRE_BUILD=SUCCEEDED", "BUILD=FAILED", "POST_BUILD=SUCCEEDED",
                         "UPLOAD_ARTIFACTS=SUCCEEDED", "FINALIZING=SUCCEEDED", "COMPLETED"}));
    const BuildPhase &build = phaseOf(record, PhaseType::Build);
    REQUIRE(build.contexts.size() == 1);
    CHECK(build.contexts.at(0).statusCode == QStringLiteral("COMMAND_EXECUTION_ERROR"));
    CHECK(build.contexts.at(0).message ==
          QStringLiteral("Error while executing command: sh -c 'exit 2'. Reason: exit status 2"));
    CHECK(builds.log().contains(QStringLiteral("Command did not exit successfully sh -c 'exit 2' exit status 2\n")));
    CHECK_FALSE(builds.log().contains(QStringLiteral("never\n")));
    CHECK(builds.log().contains(QStringLiteral("finally ran\n")));
    CHECK(builds.log().contains(QStringLiteral("succeeding=0\n")));
}

TEST_CASE("A failing INSTALL skips to FINALIZING, CONTINUE goes on, ABORT skips POST_BUILD", "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const BuildRecord install = builds.run("version: 0.2\nphases:\n  install:\n    commands: [\"false\"]\n"
                                           "  build:\n    commands: [echo never]\n");
    CHECK(phases(install) == succeededUpTo({"INSTALL=FAILED", "FINALIZING=SUCCEEDED", "COMPLETED"}));
    CHECK(install.buildStatus == Status::Failed);

    const BuildRecord continued = builds.run("version: 0.2\nphases:\n  install:\n    on-failure: CONTINUE\n"
                                             "    commands: [\"false\"]\n  build:\n    commands: [echo went on]\n");
    CHECK(phases(continued) ==
          succeededUpTo({"INSTALL=FAILED", "PRE_BUILD=SUCCEEDED", "BUILD=SUCCEEDED", "POST_BUILD=SUCCEEDED",
                         "UPLOAD_ARTIFACTS=SUCCEEDED", "FINALIZING=SUCCEEDED", "COMPLETED"}));
    CHECK(continued.buildStatus == Status::Failed);
    CHECK(continued.buildNumber == 2);

    const BuildRecord aborted = builds.run("version: 0.2\nphases:\n  build:\n    on-failure: ABORT\n"
                                           "    commands: [\"false\"]\n  post_build:\n    commands: [echo never]\n");
    CHECK(phases(aborted) == succeededUpTo({"INSTALL=SUCCEEDED", "PRE_BUILD=SUCCEEDED", "BUILD=FAILED",
                                            "FINALIZING=SUCCEEDED", "COMPLETED"}));
}

TEST_CASE("RETRY runs a failing phase again", "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const BuildRecord record =
        builds.run("version: 0.2\nphases:\n  build:\n    on-failure: RETRY-2\n    commands:\n"
                   "      - echo attempt >> /tmp/attempts; [ $(wc -l < /tmp/attempts) -ge 3 ]\n");
    CHECK(record.buildStatus == Status::Succeeded);
    CHECK(builds.log().count(QStringLiteral("Retrying phase BUILD")) == 2);
}

TEST_CASE("Version 0.2 keeps directory and variables between commands and phases, 0.1 does not", "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const char *script = "phases:\n"
                         "  install:\n"
                         "    commands:\n"
                         "      - mkdir -p sub && cd sub\n"
                         "      - PLAIN=set-in-install\n"
                         "      - export EXPORTED=exported\n"
                         "  build:\n"
                         "    commands:\n"
                         "      - echo \"dir=$(basename $(pwd)) plain=$PLAIN exported=$EXPORTED\"\n";
    builds.run(QByteArray(QByteArray("version: 0.2\n") + script).constData());
    CHECK(builds.log().contains(QStringLiteral("dir=sub plain=set-in-install exported=exported\n")));
    builds.run(QByteArray(QByteArray("version: 0.1\n") + script).constData());
    CHECK(builds.log().contains(QStringLiteral("dir=src plain= exported=\n")));
}

TEST_CASE("Environment: CodeBuild's variables, the buildspec's, the project's and start-build's", "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    Projects::Project project = Builds::project(QStringLiteral(
        "version: 0.2\n"
        "env:\n"
        "  variables:\n"
        "    LEVEL: buildspec\n"
        "    LITERAL: \"$HOME\"\n"
        "    QUOTED: \"it's \\\"quoted\\\"\\nand two lines\"\n"
        "    WITH-DASH: dashed\n" // no shell variable can hold it; the others still arrive
        "  exported-variables:\n"
        "    - RESULT\n"
        "phases:\n"
        "  build:\n"
        "    commands:\n"
        "      - echo \"level=$LEVEL literal=$LITERAL ci=$CODEBUILD_CI src=$CODEBUILD_SRC_DIR home=$HOME\"\n"
        "      - echo \"id=$CODEBUILD_BUILD_ID number=$CODEBUILD_BUILD_NUMBER region=$AWS_REGION\"\n"
        "      - RESULT=computed-$CODEBUILD_BUILD_NUMBER\n"
        "      - printf '[%s]\\n' \"$QUOTED\"\n"));
    project.environment.environmentVariables = {{QStringLiteral("LEVEL"), QStringLiteral("project"), {}}};
    BuildRequest request;
    request.environmentOverrides = {{QStringLiteral("LEVEL"), QStringLiteral("override"), {}}};
    const BuildRecord record = builds.run(project, request);
    INFO(builds.log().toStdString());
    REQUIRE(record.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(QRegularExpression(
        QStringLiteral("level=override literal=\\$HOME ci=true src=/codebuild/output/src\\d+/src home=/root\n"))));
    CHECK(builds.log().contains(QStringLiteral("id=%1 number=1 region=us-east-1\n").arg(record.id)));
    CHECK(builds.log().contains(QStringLiteral("\n[it's \"quoted\"\nand two lines]\n")));
    REQUIRE(record.exportedEnvironmentVariables.size() == 1);
    CHECK(record.exportedEnvironmentVariables.at(0).value == QStringLiteral("computed-1"));
}

TEST_CASE("A multi-line command's status is its last command's unless it sets -e", "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    CHECK(builds.run("version: 0.2\nphases:\n  build:\n    commands:\n      - |\n        false\n        true\n")
              .buildStatus == Status::Succeeded);
    CHECK(builds
              .run("version: 0.2\nphases:\n  build:\n    commands:\n      - |\n        set -e\n        false\n        "
                   "true\n")
              .buildStatus == Status::Failed);
}

TEST_CASE("An invalid buildspec fails DOWNLOAD_SOURCE with YAML_FILE_ERROR and the validator's words",
          "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const BuildRecord record = builds.run("version: 0.2\nphases:\n  biuld:\n    commands: [make]\n");
    CHECK(phases(record) == QStringList{QStringLiteral("SUBMITTED=SUCCEEDED"), QStringLiteral("QUEUED=SUCCEEDED"),
                                        QStringLiteral("PROVISIONING=SUCCEEDED"),
                                        QStringLiteral("DOWNLOAD_SOURCE=FAILED"),
                                        QStringLiteral("FINALIZING=SUCCEEDED"), QStringLiteral("COMPLETED")});
    const BuildPhase &download = phaseOf(record, PhaseType::DownloadSource);
    CHECK(download.contexts.at(0).statusCode == QStringLiteral("YAML_FILE_ERROR"));
    CHECK(download.contexts.at(0).message.contains(QStringLiteral("unknown key 'biuld'")));
    CHECK(download.contexts.at(0).message.contains(QStringLiteral("line 3, column 3")));
}

TEST_CASE("An image that cannot be had fails PROVISIONING", "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    BuildRequest request;
    request.imageOverride = QStringLiteral("registry.invalid/builddeck/none:1");
    const BuildRecord record =
        builds.run(Builds::project(QStringLiteral("version: 0.2\nphases:\n  build:\n    commands: [true]\n")), request);
    CHECK(phases(record) == QStringList{QStringLiteral("SUBMITTED=SUCCEEDED"), QStringLiteral("QUEUED=SUCCEEDED"),
                                        QStringLiteral("PROVISIONING=FAILED"), QStringLiteral("FINALIZING=SUCCEEDED"),
                                        QStringLiteral("COMPLETED")});
    CHECK(phaseOf(record, PhaseType::Provisioning).contexts.at(0).statusCode ==
          QStringLiteral("BUILD_CONTAINER_UNABLE_TO_PULL_IMAGE"));
}

TEST_CASE("A stop request stops the running command and the build ends STOPPED", "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    std::atomic_bool stop{false};
    std::thread stopper([&stop] {
        QThread::msleep(2500);
        stop = true;
    });
    const BuildRecord record =
        builds.run(Builds::project(QStringLiteral("version: 0.2\nphases:\n  build:\n    commands:\n"
                                                  "      - sleep 300\n    finally:\n      - echo finally\n"
                                                  "  post_build:\n    commands: [echo never]\n")),
                   {}, &stop);
    stopper.join();
    CHECK(record.buildStatus == Status::Stopped);
    CHECK(phases(record).contains(QStringLiteral("BUILD=STOPPED")));
    CHECK(phases(record).contains(QStringLiteral("FINALIZING=SUCCEEDED")));
    CHECK_FALSE(phases(record).join(QLatin1Char(' ')).contains(QStringLiteral("POST_BUILD")));
    CHECK_FALSE(builds.log().contains(QStringLiteral("finally\n"))); // finally does not run after a stop
}

TEST_CASE("A LOCAL source: its buildspec.yml and files are in the build, the folder untouched", "[docker][engine]")
{
    if (!requireEngine())
        return;
    QTemporaryDir folder;
    QFile spec(folder.filePath(QStringLiteral("buildspec.yml")));
    REQUIRE(spec.open(QIODevice::WriteOnly));
    spec.write("version: 0.2\nphases:\n  build:\n    commands:\n      - cat data.txt\n      - echo changed > data.txt\n"
               "      - ls skipped 2>&1 || true\n");
    spec.close();
    QFile data(folder.filePath(QStringLiteral("data.txt")));
    REQUIRE(data.open(QIODevice::WriteOnly));
    data.write("from the host folder\n");
    data.close();
    QDir(folder.path()).mkpath(QStringLiteral("skipped"));

    Projects::Project project = Builds::project({});
    project.source = {};
    project.source.type = QStringLiteral("LOCAL");
    project.source.location = folder.path();
    project.builddeck.localExcludes = {QStringLiteral("skipped")};
    Builds builds;
    const BuildRecord record = builds.run(project);
    CHECK(record.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(QStringLiteral("\nfrom the host folder\n")));
    CHECK(builds.log().contains(QStringLiteral("No such file or directory")));
    REQUIRE(data.open(QIODevice::ReadOnly));
    CHECK(data.readAll() == "from the host folder\n");
}

TEST_CASE("A git source: the requested version checked out with its submodules and .git, its commit resolved",
          "[docker][engine][git]")
{
    if (!requireEngine())
        return;
    GitRepositories repositories;
    Projects::Project project = Builds::project({});
    project.source = {};
    project.source.type = QStringLiteral("GITHUB");
    project.source.location = repositories.project();
    project.source.fetchSubmodules = true;
    project.source.buildspec = QStringLiteral("version: 0.2\nphases:\n  build:\n    commands:\n      - cat README\n"
                                              "      - cat lib/lib.txt\n      - git rev-parse HEAD\n"
                                              "      - echo \"resolved=$CODEBUILD_RESOLVED_SOURCE_VERSION\"\n"
                                              "      - echo \"requested=$CODEBUILD_SOURCE_VERSION\"\n");
    Builds builds;
    BuildRequest request;
    request.sourceVersion = QStringLiteral("feature");
    const BuildRecord record = builds.run(project, request);
    CHECK(record.buildStatus == Status::Succeeded);
    const QString feature = repositories.revision(QStringLiteral("feature"));
    CHECK(record.resolvedSourceVersion == feature);
    CHECK(builds.log().contains(QStringLiteral("\nfeature\n")));
    CHECK(builds.log().contains(QStringLiteral("\nlibrary v1\n")));
    CHECK(builds.log().contains(QStringLiteral("\n") + feature + QStringLiteral("\n")));
    CHECK(builds.log().contains(QStringLiteral("resolved=") + feature));
    CHECK(builds.log().contains(QStringLiteral("requested=feature")));

    // The buildspec.yml of the repository, on the default branch; a version that is not there
    // fails DOWNLOAD_SOURCE and names it.
    project.source.buildspec.clear();
    const BuildRecord fromFile = builds.run(project);
    CHECK(fromFile.buildStatus == Status::Succeeded);
    CHECK(fromFile.resolvedSourceVersion == repositories.revision(QStringLiteral("main")));
    CHECK(builds.log().contains(QStringLiteral("\nsecond\n")));
    request.sourceVersion = QStringLiteral("no-such-branch");
    const BuildRecord missing = builds.run(project, request);
    CHECK(missing.buildStatus == Status::Failed);
    CHECK(phases(missing).contains(QStringLiteral("DOWNLOAD_SOURCE=FAILED")));
    CHECK(builds.log().contains(QStringLiteral("no-such-branch")));
}

TEST_CASE("Secondary sources: a folder and a git repository beside the primary source, with their variables",
          "[docker][engine][git]")
{
    if (!requireEngine())
        return;
    GitRepositories repositories;
    QTemporaryDir tools;
    QFile tool(tools.filePath(QStringLiteral("tool.sh")));
    REQUIRE(tool.open(QIODevice::WriteOnly));
    tool.write("echo the tool\n");
    tool.close();

    Projects::Project project = Builds::project(QStringLiteral(
        "version: 0.2\nphases:\n  build:\n    commands:\n      - sh \"$CODEBUILD_SRC_DIR_tools/tool.sh\"\n"
        "      - cat \"$CODEBUILD_SRC_DIR_lib/lib.txt\"\n      - echo \"lib=$CODEBUILD_SOURCE_VERSION_lib\"\n"
        "      - echo \"url=$CODEBUILD_SOURCE_REPO_URL_lib\"\n      - echo \"dir=$CODEBUILD_SRC_DIR_lib\"\n"));
    Projects::ProjectSource folder;
    folder.type = QStringLiteral("LOCAL");
    folder.location = tools.path();
    folder.sourceIdentifier = QStringLiteral("tools");
    Projects::ProjectSource library;
    library.type = QStringLiteral("CODECOMMIT");
    library.location = repositories.library();
    library.sourceIdentifier = QStringLiteral("lib");
    project.secondarySources = {folder, library};
    project.secondarySourceVersions = {{QStringLiteral("lib"), QStringLiteral("main")}};
    Builds builds;
    const BuildRecord record = builds.run(project);
    INFO(builds.log().toStdString());
    CHECK(record.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(QStringLiteral("\nthe tool\n")));
    CHECK(builds.log().contains(QStringLiteral("\nlibrary v1\n")));
    CHECK(builds.log().contains(QStringLiteral("lib=main")));
    CHECK(builds.log().contains(QStringLiteral("url=") + repositories.library()));
    CHECK(builds.log().contains(QRegularExpression(QStringLiteral("dir=/codebuild/output/src\\d+/lib\n"))));
}

TEST_CASE("A build past its timeout ends TIMED_OUT with BUILD_TIMED_OUT and its container removed", "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    builds.minute = std::chrono::seconds(2); // a one-minute timeout lasts two seconds
    BuildRequest request;
    request.timeoutInMinutesOverride = 1;
    const BuildRecord record =
        builds.run(Builds::project(QStringLiteral(
                       "version: 0.2\nphases:\n  build:\n    commands:\n      - sleep 300\n"
                       "    finally:\n      - echo finally\n  post_build:\n    commands: [echo never]\n")),
                   request);
    CHECK(record.buildStatus == Status::TimedOut);
    CHECK(phases(record) == succeededUpTo({"INSTALL=SUCCEEDED", "PRE_BUILD=SUCCEEDED", "BUILD=TIMED_OUT",
                                           "FINALIZING=SUCCEEDED", "COMPLETED"}));
    const PhaseContext context = phaseOf(record, PhaseType::Build).contexts.value(0);
    CHECK(context.statusCode == QStringLiteral("BUILD_TIMED_OUT"));
    CHECK(context.message == QStringLiteral("Build has timed out. "));
    CHECK_FALSE(builds.log().contains(QStringLiteral("finally\n")));
    const auto left = builds.runtime().listContainers(QStringLiteral("builddeck.build-id=") + record.id);
    REQUIRE(left);
    CHECK(left->isEmpty());
}

TEST_CASE("run-as runs a phase as another user, who shares the state of the others", "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const BuildRecord record = builds.run("version: 0.2\nphases:\n"
                                          "  install:\n    commands:\n      - export FROM_ROOT=root-was-here\n"
                                          "  build:\n    run-as: nobody\n    commands:\n"
                                          "      - echo \"user=$(id -un) saw=$FROM_ROOT\"\n"
                                          "      - export FROM_NOBODY=nobody-was-here\n"
                                          "  post_build:\n    commands:\n"
                                          "      - echo \"user=$(id -un) saw=$FROM_NOBODY\"\n");
    CHECK(record.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(QStringLiteral("\nuser=nobody saw=root-was-here\n")));
    CHECK(builds.log().contains(QStringLiteral("\nuser=root saw=nobody-was-here\n")));
}

TEST_CASE("env.shell bash runs the commands in bash, the default is sh", "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const BuildRecord withBash = builds.run("version: 0.2\nenv:\n  shell: bash\nphases:\n  build:\n    commands:\n"
                                            "      - '[[ -n \"$BASH_VERSION\" ]] && echo \"in bash\"'\n");
    CHECK(withBash.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(QStringLiteral("\nin bash\n")));
    const BuildRecord withSh = builds.run("version: 0.2\nphases:\n  build:\n    commands:\n"
                                          "      - '[ -z \"$BASH_VERSION\" ] && echo \"not bash\"'\n");
    CHECK(withSh.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(QStringLiteral("\nnot bash\n")));
}

TEST_CASE("Commands read an empty stdin, and a background process does not hold the phase", "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const BuildRecord record = builds.run("version: 0.2\nphases:\n  install:\n    commands:\n"
                                          "      - cat; echo \"after cat\"\n"
                                          "      - sleep 600 &\n"
                                          "  build:\n    commands:\n      - echo \"build ran\"\n"
                                          "      - '[ -z \"${__bd_request+set}\" ] && echo \"no request in sight\"'\n");
    CHECK(record.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(QStringLiteral("\nafter cat\n")));
    CHECK(builds.log().contains(QStringLiteral("\nbuild ran\n")));
    CHECK(builds.log().contains(QStringLiteral("\nno request in sight\n"))); // the agent's text, secrets and all
}

TEST_CASE("An engine that goes away during a build ends it FAULT, saying so", "[docker][engine]")
{
    if (!requireEngine())
        return;
    const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
    if (socat.isEmpty()) {
        if (qEnvironmentVariable("CI") == QStringLiteral("true"))
            FAIL("socat is missing: scripts/dev.sh deps installs it");
        WARN("Skipped: socat is not installed");
        return;
    }
    // The build talks to the engine through a proxy socket, which the test then takes away.
    QTemporaryDir dir;
    const QString proxySocket = dir.filePath(QStringLiteral("engine.sock"));
    Result<Runtime::EngineConnection> direct = Runtime::EngineLocator::connect(*Runtime::EngineLocator::candidates({}));
    REQUIRE(direct);
    REQUIRE(direct->runtime->endpoint().transport == Runtime::EngineEndpoint::Transport::Unix);
    QProcess proxy;
    proxy.setChildProcessModifier([] { ::setpgid(0, 0); }); // one group: the forked children go too
    proxy.start(socat, {QStringLiteral("UNIX-LISTEN:%1,fork").arg(proxySocket),
                        QStringLiteral("UNIX-CONNECT:%1").arg(direct->runtime->endpoint().socketPath)});
    REQUIRE(proxy.waitForStarted());
    while (!QFileInfo::exists(proxySocket))
        QThread::msleep(20);

    Builds builds(QStringLiteral("unix://") + proxySocket);
    std::thread cutter([&proxy] {
        QThread::msleep(3000);
        ::kill(-pid_t(proxy.processId()), SIGKILL);
    });
    const Result<BuildRecord> submitted = BuildRunner::submit(
        builds.store(),
        Builds::project(QStringLiteral("version: 0.2\nphases:\n  build:\n    commands:\n      - sleep 300\n")), {});
    REQUIRE(submitted);
    BuildRunner runner(builds.store(), builds.runtime(), dir.path());
    const Result<BuildRecord> record = runner.run(submitted->id);
    cutter.join();
    proxy.waitForFinished();
    REQUIRE(record);
    CHECK(record->buildStatus == Status::Fault);
    const PhaseContext context = phaseOf(*record, PhaseType::Build).contexts.value(0);
    CHECK(phaseOf(*record, PhaseType::Build).status == Status::Fault);
    CHECK(context.message.contains(QStringLiteral("The container engine stopped answering during the build")));
    CHECK(context.message.contains(proxySocket));

    // The container outlived the lost connection; the real engine removes it.
    const auto left = direct->runtime->listContainers(QStringLiteral("builddeck.build-id=") + record->id);
    REQUIRE(left);
    for (const Runtime::ContainerSummary &container : *left)
        CHECK(direct->runtime->removeContainer(container.id));
}

TEST_CASE("A full log file system ends the build FAULT at once, saying so, and the database stays intact",
          "[docker][engine]")
{
    if (!requireEngine())
        return;
    if (::geteuid() != 0) {
        if (qEnvironmentVariable("CI") == QStringLiteral("true"))
            FAIL("CI runs as root, which this test needs to mount a small file system");
        WARN("Skipped: mounting a small file system needs root");
        return;
    }
    // The project's log directory on a file system of 256 KiB; the database is not on it.
    Builds builds;
    const QString logs = builds.dataDirectory() + QStringLiteral("/logs/runner-test");
    REQUIRE(QDir().mkpath(logs));
    const ProcessResult mounted =
        runProgram(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                             QStringLiteral("size=256k"), QStringLiteral("builddeck-full"), logs});
    INFO(mounted.err.toStdString());
    REQUIRE(mounted.exitCode == 0);
    const auto unmount = qScopeGuard([&] { runProgram(QStringLiteral("umount"), {logs}); });

    const BuildRecord record = builds.run("version: 0.2\nphases:\n  build:\n    commands:\n"
                                          "      - echo the first line; seq 1 100000; sleep 300\n"
                                          "      - echo never\n");
    CHECK(record.buildStatus == Status::Fault);
    CHECK(record.buildComplete);
    const BuildPhase build = phaseOf(record, PhaseType::Build);
    CHECK(build.status == Status::Fault);
    const QString message = build.contexts.value(0).message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("Writing the build log")));
    CHECK(message.contains(QStringLiteral("No space left on device")));
    // What fitted is there, in order; the phase did not wait for its 300 s command.
    CHECK(builds.log().contains(QStringLiteral("\nthe first line\n1\n2\n3\n")));
    CHECK_FALSE(builds.log().contains(QStringLiteral("never")));
    CHECK(build.durationInSeconds().value_or(300) < 300);

    // The database, elsewhere, is whole and has the build as it ended.
    const Result<History::Database> database = History::Database::open(builds.dataDirectory());
    REQUIRE(database);
    QSqlQuery check(database->connection());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
    const Result<BuildRecord> stored = builds.store().get(record.id);
    REQUIRE(stored);
    CHECK(stored->buildStatus == Status::Fault);
    CHECK(builds.runtime().listContainers(QStringLiteral("builddeck.build-id=") + record.id).value().isEmpty());
}

TEST_CASE("A build printing a 1 GB line, invalid UTF-8 and NUL bytes: the log keeps every byte, in bounded lines",
          "[docker][engine]")
{
    if (!requireEngine())
        return;
    // The sanitizers slow every byte down; the bound on lines is the same at any size.
    const qint64 megabytes = underSanitizer ? 64 : 1024;
    Builds builds;
    const QString buildspec = QStringLiteral("version: 0.2\nphases:\n  build:\n    commands:\n"
                                             "      - head -c %1 /dev/zero | tr '\\0' 'a'\n"
                                             "      - printf 'bad \\377\\376 utf8, a NUL \\000 here\\n'\n")
                                  .arg(megabytes * 1024 * 1024);
    const BuildRecord record = builds.run(Builds::project(buildspec));
    CHECK(record.buildStatus == Status::Succeeded);

    Engine::BuildLogReader reader;
    REQUIRE(reader.open(BuildRunner::logPath(builds.dataDirectory(), record)));
    qint64 longest = 0;
    qint64 letters = 0;
    qint64 hostile = -1;
    static constexpr char printed[] = "bad \xff\xfe utf8, a NUL \0 here";
    const QByteArray expected(printed, sizeof printed - 1);
    reader.readLines(0, reader.lineCount(), [&](qint64 index, QByteArrayView text, bool) {
        longest = std::max<qint64>(longest, text.size());
        if (!text.isEmpty() && text.front() == 'a')
            letters += text.size();
        if (text == expected)
            hostile = index;
    });
    CHECK(longest <= Engine::BuildLogWriter::maxLineBytes);
    CHECK(letters == megabytes * 1024 * 1024); // every byte, none lost at the cuts
    CHECK(hostile > 0);
    CHECK(reader.text(hostile) == expected);
}

TEST_CASE("privilegedMode gives the build what a privileged container may do, without it, it may not",
          "[docker][engine]")
{
    if (!requireEngine())
        return;
    Builds builds;
    const char *buildspec = "version: 0.2\nphases:\n  build:\n    commands:\n"
                            "      - mount -t tmpfs scratch /mnt && echo \"mounted a file system\"\n";
    Projects::Project project = Builds::project(QString::fromLatin1(buildspec));
    project.environment.privilegedMode = true;
    const BuildRecord privileged = builds.run(project);
    INFO(builds.log().toStdString());
    CHECK(privileged.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(QStringLiteral("\nmounted a file system\n")));

    const BuildRecord plain = builds.run(buildspec);
    CHECK(plain.buildStatus == Status::Failed);
    CHECK(phaseOf(plain, PhaseType::Build).contexts.value(0).statusCode == QStringLiteral("COMMAND_EXECUTION_ERROR"));
}

TEST_CASE("A LOCAL source's buildspec can be a relative path, a missing one fails DOWNLOAD_SOURCE", "[docker][engine]")
{
    if (!requireEngine())
        return;
    QTemporaryDir folder;
    QDir(folder.path()).mkpath(QStringLiteral("ci"));
    QFile spec(folder.filePath(QStringLiteral("ci/build.yml")));
    REQUIRE(spec.open(QIODevice::WriteOnly));
    spec.write("version: 0.2\nphases:\n  build:\n    commands:\n      - echo \"from ci/build.yml\"\n");
    spec.close();

    Projects::Project project = Builds::project({});
    project.source = {};
    project.source.type = QStringLiteral("LOCAL");
    project.source.location = folder.path();
    project.source.buildspec = QStringLiteral("ci/build.yml");
    Builds builds;
    const BuildRecord record = builds.run(project);
    CHECK(record.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(QStringLiteral("\nfrom ci/build.yml\n")));

    project.source.buildspec = QStringLiteral("ci/missing.yml");
    const BuildRecord missing = builds.run(project);
    CHECK(missing.buildStatus == Status::Failed);
    const PhaseContext context = phaseOf(missing, PhaseType::DownloadSource).contexts.value(0);
    CHECK(context.statusCode == QStringLiteral("YAML_FILE_ERROR"));
    CHECK(context.message.contains(QStringLiteral("ci/missing.yml")));
}

TEST_CASE("The region in the settings is the one the build's variables name", "[docker][engine]")
{
    if (!requireEngine())
        return;
    Engine::BuildSettings::region().setValue(QStringLiteral("eu-central-1"));
    Builds builds;
    const BuildRecord record = builds.run(
        "version: 0.2\nphases:\n  build:\n    commands:\n      - echo \"region=$AWS_REGION $AWS_DEFAULT_REGION\"\n");
    Engine::BuildSettings::region().reset();
    CHECK(record.buildStatus == Status::Succeeded);
    CHECK(builds.log().contains(QStringLiteral("\nregion=eu-central-1 eu-central-1\n")));
}
