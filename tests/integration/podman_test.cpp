#include "stringmakers.h"

#include "runtime/enginelocator.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace BuildDeck;
using namespace BuildDeck::Runtime;

namespace {

// A Podman API service of its own: storage, run state and socket in a scratch directory, so that
// nothing of the machine's Podman is touched. Podman's containers cannot start inside every
// sandbox (it sets resource limits that some kernels refuse), so these tests cover everything up
// to the start: the same client speaking Podman's Docker-compatible API.
class PodmanService
{
public:
    PodmanService()
    {
        m_podman = QStandardPaths::findExecutable(QStringLiteral("podman"));
        if (m_podman.isEmpty())
            return;
        m_service.setProgram(m_podman);
        m_service.setArguments(options() + QStringList{QStringLiteral("system"), QStringLiteral("service"),
                                                       QStringLiteral("--time=0"), url()});
        m_service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_service.start();
        REQUIRE(m_service.waitForStarted());
        REQUIRE(QTest::qWaitFor([this] { return QFileInfo::exists(socketPath()); }, 30000));
    }
    ~PodmanService()
    {
        if (m_service.state() != QProcess::NotRunning) {
            m_service.terminate();
            if (!m_service.waitForFinished(10000))
                m_service.kill();
        }
    }
    PodmanService(const PodmanService &) = delete;
    PodmanService &operator=(const PodmanService &) = delete;

    bool available() const { return !m_podman.isEmpty(); }
    QString url() const { return QStringLiteral("unix://") + socketPath(); }

    // Runs the podman command line on the same storage.
    int run(const QStringList &arguments) const
    {
        QProcess podman;
        podman.setProcessChannelMode(QProcess::ForwardedChannels);
        podman.start(m_podman, options() + arguments);
        return podman.waitForFinished(120000) ? podman.exitCode() : -1;
    }

private:
    QString socketPath() const { return m_dir.filePath(QStringLiteral("podman.sock")); }
    QStringList options() const
    {
        return {QStringLiteral("--root"),           m_dir.filePath(QStringLiteral("root")),
                QStringLiteral("--runroot"),        m_dir.filePath(QStringLiteral("run")),
                QStringLiteral("--storage-driver"), QStringLiteral("vfs")};
    }

    QTemporaryDir m_dir;
    QString m_podman;
    QProcess m_service;
};

// Skips (or, under CI, fails) when Podman is not installed.
bool requirePodman(const PodmanService &service)
{
    if (service.available())
        return true;
    if (qEnvironmentVariable("CI") == QStringLiteral("true"))
        FAIL("podman is missing: scripts/dev.sh deps installs it");
    WARN("Skipped: podman is not installed");
    return false;
}

} // namespace

TEST_CASE("Podman's compatible API: identity, images and containers through the same client", "[podman][runtime]")
{
    PodmanService podman;
    if (!requirePodman(podman))
        return;

    // A one-file image, imported from a tar made here.
    QTemporaryDir scratch;
    QFile file(scratch.filePath(QStringLiteral("hello.txt")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("hello\n");
    file.close();
    const QString tar = scratch.filePath(QStringLiteral("rootfs.tar"));
    REQUIRE(QProcess::execute(QStringLiteral("tar"), {QStringLiteral("-C"), scratch.path(), QStringLiteral("-cf"), tar,
                                                      QStringLiteral("hello.txt")}) == 0);
    REQUIRE(podman.run({QStringLiteral("import"), tar, QStringLiteral("builddeck-test/tiny:1")}) == 0);

    // The service answers once it has set itself up, which takes a while on a busy machine.
    Result<EngineConnection> connection = makeError(ErrorCode::Unavailable, QStringLiteral("not tried"));
    (void)QTest::qWaitFor(
        [&] {
            connection = EngineLocator::connect(*EngineLocator::candidates(podman.url()), std::chrono::seconds(10));
            return bool(connection);
        },
        60000);
    INFO((connection ? QString() : connection.error().message).toStdString());
    REQUIRE(connection);
    CHECK(connection->info.name == QStringLiteral("Podman"));
    CHECK_FALSE(connection->info.version.isEmpty());
    ContainerRuntime &runtime = *connection->runtime;
    REQUIRE(runtime.ping());

    const Result<ImageInfo> image = runtime.inspectImage(QStringLiteral("builddeck-test/tiny:1"));
    REQUIRE(image);
    const Result<ImageInfo> missing = runtime.inspectImage(QStringLiteral("builddeck-test/none:1"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);

    // A container as a build creates it: the agent's stdin, no engine log, limits, labels, init.
    const QString label = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ContainerSpec spec;
    spec.name = QStringLiteral("builddeck-podman-") + label;
    spec.image = QStringLiteral("builddeck-test/tiny:1");
    spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("read line")};
    spec.user = QStringLiteral("0:0");
    spec.environment = {QStringLiteral("FROM_TEST=yes")};
    spec.labels = {{QStringLiteral("builddeck.test"), label}};
    spec.cpus = 1;
    spec.memoryBytes = 256 * 1024 * 1024;
    spec.openStdin = true;
    spec.keepLogs = false;
    spec.init = false; // catatonit is optional on Debian
    const Result<QString> created = runtime.createContainer(spec);
    REQUIRE(created);

    const Result<QList<ContainerSummary>> listed = runtime.listContainers(QStringLiteral("builddeck.test=") + label);
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->at(0).id == *created);
    CHECK(listed->at(0).labels.value(QStringLiteral("builddeck.test")) == label);

    REQUIRE(runtime.removeContainer(*created));
    const Result<QList<ContainerSummary>> after = runtime.listContainers(QStringLiteral("builddeck.test=") + label);
    REQUIRE(after);
    CHECK(after->isEmpty());
    CHECK(runtime.removeContainer(*created)); // gone already: not an error
}
