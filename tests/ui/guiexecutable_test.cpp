#include "processrunner.h"
#include "stringmakers.h"
#include "testconfig.h"

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
