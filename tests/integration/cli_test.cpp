#include "buildspecfixtures.h"
#include "engine.h"
#include "processrunner.h"
#include "stringmakers.h"
#include "testconfig.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

ProcessResult cli(const QStringList &arguments, const QByteArray &input = {})
{
    return runProgram(QStringLiteral(BUILDDECK_BIN_DIR "/builddeck-cli"), arguments,
                      QProcessEnvironment::systemEnvironment(), input);
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

namespace {

// A TCP port on the loopback that nothing listens on (the kernel's choice of a free one).
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
                       ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0;
    ::close(fd);
    return bound ? ntohs(address.sin_port) : -1;
}

} // namespace

TEST_CASE("builddeck-cli engine-info warns of an engine reached over TCP without TLS", "[cli][docker]")
{
    if (!requireEngine())
        return;
    const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
    REQUIRE_FALSE(socat.isEmpty());
    using namespace BuildDeck::Runtime;
    BuildDeck::Result<EngineConnection> direct = EngineLocator::connect(*EngineLocator::candidates({}));
    REQUIRE(direct);
    REQUIRE(direct->runtime->endpoint().transport == EngineEndpoint::Transport::Unix);
    // The engine's socket, offered on a loopback TCP port as an insecure daemon.json would.
    const int port = freeLoopbackPort();
    REQUIRE(port > 0);
    QProcess proxy;
    proxy.start(socat, {QStringLiteral("TCP-LISTEN:%1,bind=127.0.0.1,reuseaddr,fork").arg(port),
                        QStringLiteral("UNIX-CONNECT:%1").arg(direct->runtime->endpoint().socketPath)});
    REQUIRE(proxy.waitForStarted());
    const QString endpoint = QStringLiteral("tcp://127.0.0.1:%1").arg(port);
    ProcessResult result;
    for (int attempt = 0; attempt < 50; ++attempt) {
        result = cli({QStringLiteral("engine-info"), QStringLiteral("--engine"), endpoint});
        if (result.exitCode == 0)
            break;
        QThread::msleep(100);
    }
    proxy.kill();
    proxy.waitForFinished();
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = parseJson(result.out);
    CHECK(json.value(QStringLiteral("endpoint")).toString() == endpoint);
    CHECK(json.value(QStringLiteral("tls")) == QJsonValue(false));
    CHECK(result.err.contains(QStringLiteral("is reached without TLS")));
    CHECK(result.err.contains(endpoint));
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

TEST_CASE("builddeck-cli validate-buildspec prints FILE:LINE:COL diagnostics and exits 1 on errors", "[cli][buildspec]")
{
    const QString file = testDataDir() + QStringLiteral("/buildspecs/invalid/unknown-phase.yml");
    const ProcessResult result = cli({QStringLiteral("validate-buildspec"), file});
    CHECK(result.exitCode == 1);
    CHECK(result.out.startsWith(file +
                                QStringLiteral(":5:3: error: unknown key 'prebuild' in 'phases' [unknown-key]\n")));
    CHECK(result.out.contains(file + QStringLiteral(":5:3: note: did you mean 'pre_build'?")));
}

TEST_CASE("builddeck-cli validate-buildspec exits 0 with warnings only, and reads standard input", "[cli][buildspec]")
{
    const ProcessResult clean = cli({QStringLiteral("validate-buildspec"), QStringLiteral("-")},
                                    "version: 0.2\nphases:\n  build:\n    commands: [make]\n");
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.isEmpty());

    const ProcessResult warned = cli({QStringLiteral("validate-buildspec"), QStringLiteral("-")},
                                     "version: 0.2\nproxy:\n  logs: yes\nphases:\n  build:\n    commands: [make]\n");
    CHECK(warned.exitCode == 0);
    CHECK(warned.out.startsWith(QStringLiteral("<stdin>:2:1: warning: ")));
    CHECK(warned.out.contains(QStringLiteral("[cloud-only]")));
}

TEST_CASE("builddeck-cli validate-buildspec --json prints the issues as JSON", "[cli][buildspec]")
{
    const ProcessResult result =
        cli({QStringLiteral("validate-buildspec"), QStringLiteral("--json"), QStringLiteral("-")},
            "version: 0.2\nphases:\n  build:\n    runtime-versions: {python: 3.12}\n"
            "    commands: [make]\n");
    CHECK(result.exitCode == 1);
    const QJsonArray issues = parseJson(result.out).value(QStringLiteral("issues")).toArray();
    REQUIRE(issues.size() == 1);
    const QJsonObject issue = issues.at(0).toObject();
    CHECK(issue.value(QStringLiteral("severity")).toString() == QStringLiteral("error"));
    CHECK(issue.value(QStringLiteral("code")).toString() == QStringLiteral("misplaced-key"));
    CHECK(issue.value(QStringLiteral("line")).toInt() == 4);
    CHECK(issue.value(QStringLiteral("column")).toInt() == 5);
    CHECK(issue.value(QStringLiteral("suggestion")).toString().contains(QStringLiteral("install")));
    CHECK_FALSE(issue.value(QStringLiteral("message")).toString().isEmpty());
}

TEST_CASE("builddeck-cli validate-buildspec names a file it cannot read", "[cli][buildspec]")
{
    const ProcessResult missing =
        cli({QStringLiteral("validate-buildspec"), QStringLiteral("/nonexistent/buildspec.yml")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("/nonexistent/buildspec.yml")));

    const ProcessResult noFile = cli({QStringLiteral("validate-buildspec")});
    CHECK(noFile.exitCode == 2);
    CHECK(noFile.err.contains(QStringLiteral("FILE|-")));
}
