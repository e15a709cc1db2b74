#include "processrunner.h"
#include "stringmakers.h"
#include "testconfig.h"

#include "engine/buildrunner.h"
#include "engine/buildstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace BuildDeck;

namespace {

const QString gui = QStringLiteral(BUILDDECK_BIN_DIR "/builddeck");

QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

} // namespace

TEST_CASE("builddeck --version and --help answer without a display", "[ui][gui-executable]")
{
    const ProcessResult version = runProgram(gui, {QStringLiteral("--version")}, withoutDisplay());
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("BuildDeck " BUILDDECK_VERSION));

    const ProcessResult help = runProgram(gui, {QStringLiteral("--help")}, withoutDisplay());
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--engine")));
    CHECK(help.out.contains(QStringLiteral("--data-dir")));
}

TEST_CASE("builddeck without a display says what to do instead of crashing", "[ui][gui-executable]")
{
    const ProcessResult result = runProgram(gui, {}, withoutDisplay());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("QT_QPA_PLATFORM=offscreen")));
    CHECK(result.err.contains(QStringLiteral("builddeck-cli")));
}

TEST_CASE("builddeck refuses a bad engine address with exit status 2", "[ui][gui-executable]")
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const ProcessResult result = runProgram(gui, {QStringLiteral("--engine"), QStringLiteral("ftp://x")}, environment);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--engine")));
}

TEST_CASE("builddeck finalises, when it starts, a build whose worker has gone", "[ui][gui-executable]")
{
    QTemporaryDir dataDir;
    Result<History::Database> database = History::Database::open(dataDir.path());
    REQUIRE(database);
    Engine::BuildStore builds(std::move(database).value());
    Projects::Project project;
    project.name = QStringLiteral("orphaned");
    project.source.type = QStringLiteral("NO_SOURCE");
    project.environment.image = QStringLiteral("builddeck/standard:1.0");
    const Result<Engine::BuildRecord> submitted = Engine::BuildRunner::submit(builds, project, {});
    REQUIRE(submitted);
    QProcess gone; // a process that has ended: the build's worker
    gone.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
    REQUIRE(gone.waitForStarted());
    const qint64 pid = gone.processId();
    REQUIRE(gone.waitForFinished());
    REQUIRE(builds.setWorker(submitted->id, pid));

    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(environment);
    window.start(gui, {QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--engine"),
                       QStringLiteral("unix:///nonexistent/engine.sock")});
    REQUIRE(window.waitForStarted());
    const bool finalised = QTest::qWaitFor(
        [&] {
            const Result<Engine::BuildRecord> record = builds.get(submitted->id);
            return record && record->buildComplete;
        },
        60000);
    window.kill();
    window.waitForFinished();
    INFO(window.readAllStandardError().toStdString());
    REQUIRE(finalised);
    const Engine::BuildRecord record = *builds.get(submitted->id);
    CHECK(record.buildStatus == Engine::Status::Fault);
    REQUIRE(record.phases.size() >= 2);
    CHECK(record.phases.at(1).type == Engine::PhaseType::Queued);
    CHECK(record.phases.at(1).contexts.value(0).statusCode == QStringLiteral("BUILD_WORKER_LOST"));
}
