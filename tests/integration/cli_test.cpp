#include "engine.h"
#include "processrunner.h"
#include "stringmakers.h"
#include "testconfig.h"
#include "testenvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

ProcessResult cli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(BUILDDECK_BIN_DIR "/builddeck-cli"), arguments);
}

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace

TEST_CASE("builddeck-cli version prints the versions and the data directory as JSON", "[cli]")
{
    QTemporaryDir temp;
    const QString dataDir = temp.filePath(QStringLiteral("data"));
    const ProcessResult result = cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("version")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = parseJson(result.out);
    CHECK(json.value(QStringLiteral("builddeck")).toString() == QStringLiteral(BUILDDECK_VERSION));
    for (const char *key : {"qt", "yamlCpp", "libgit2", "libcurl", "libarchive"}) {
        INFO(key);
        CHECK_FALSE(json.value(QLatin1String(key)).toString().isEmpty());
    }
    CHECK(json.value(QStringLiteral("dataDirectory")).toString() == dataDir);
}

TEST_CASE("builddeck-cli engine-info describes the real engine as JSON", "[cli][docker]")
{
    if (!requireEngine())
        return;
    const ProcessResult result = cli({QStringLiteral("engine-info")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = parseJson(result.out);
    CHECK((json.value(QStringLiteral("name")).toString() == QStringLiteral("Docker Engine") ||
           json.value(QStringLiteral("name")).toString() == QStringLiteral("Podman")));
    CHECK_FALSE(json.value(QStringLiteral("version")).toString().isEmpty());
    CHECK_FALSE(json.value(QStringLiteral("apiVersion")).toString().isEmpty());
    CHECK(json.value(QStringLiteral("endpoint")).toString().startsWith(QStringLiteral("unix://")));
}

TEST_CASE("builddeck-cli engine-info fails with the endpoints tried when no engine answers", "[cli]")
{
    QTemporaryDir temp;
    const QString socket = QStringLiteral("unix://") + temp.filePath(QStringLiteral("none.sock"));
    const ProcessResult result = cli({QStringLiteral("--engine"), socket, QStringLiteral("engine-info")});
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(socket));
    CHECK(result.err.contains(QStringLiteral("No container engine answered")));
    CHECK(result.err.contains(QStringLiteral("dockerd")));
}

TEST_CASE("builddeck-cli usage errors exit 2 with the reason", "[cli]")
{
    SECTION("no verb")
    {
        const ProcessResult result = cli({});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("no verb given")));
        CHECK(result.err.contains(QStringLiteral("engine-info")));
    }
    SECTION("unknown verb")
    {
        const ProcessResult result = cli({QStringLiteral("start-rocket")});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("unknown verb 'start-rocket'")));
    }
    SECTION("unknown option")
    {
        const ProcessResult result = cli({QStringLiteral("--colour"), QStringLiteral("version")});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("colour")));
    }
    SECTION("an option without its value")
    {
        const ProcessResult result = cli({QStringLiteral("version"), QStringLiteral("--engine")});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("engine")));
    }
    SECTION("a bad engine address names --engine")
    {
        const ProcessResult result =
            cli({QStringLiteral("--engine"), QStringLiteral("ftp://x"), QStringLiteral("engine-info")});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("--engine: 'ftp://x' is not an engine address")));
    }
    SECTION("a stray argument")
    {
        const ProcessResult result = cli({QStringLiteral("version"), QStringLiteral("extra")});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("'extra'")));
    }
    SECTION("--help lists the verbs and exits 0")
    {
        const ProcessResult result = cli({QStringLiteral("--help")});
        CHECK(result.exitCode == 0);
        CHECK(result.out.contains(QStringLiteral("engine-info")));
        CHECK(result.out.contains(QStringLiteral("--data-dir")));
    }
}
