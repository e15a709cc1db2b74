#include "engine.h"
#include "stringmakers.h"

#include "runtime/enginelocator.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <cstring>
#include <thread>

using namespace BuildDeck;
using namespace BuildDeck::Runtime;

namespace {

// A running container of the default image, removed when the test ends.
class TestContainer
{
public:
    TestContainer()
    {
        Result<EngineConnection> connection = EngineLocator::connect(*EngineLocator::candidates({}));
        REQUIRE(connection);
        runtime = std::move(connection.value().runtime);
        ContainerSpec spec;
        spec.image = QString::fromLatin1(defaultImage());
        spec.labels = {{QStringLiteral("builddeck.test"), label}};
        spec.environment = {QStringLiteral("FROM_CONTAINER=yes")};
        spec.memoryBytes = 512 * 1024 * 1024;
        spec.cpus = 1;
        const Result<QString> created = runtime->createContainer(spec);
        REQUIRE(created);
        id = *created;
        REQUIRE(runtime->startContainer(id));
    }
    ~TestContainer()
    {
        if (runtime && !id.isEmpty())
            (void)runtime->removeContainer(id);
    }
    TestContainer(const TestContainer &) = delete;
    TestContainer &operator=(const TestContainer &) = delete;

    // Runs `script` with sh -c; returns {exit status, stdout, stderr}.
    std::tuple<int, QByteArray, QByteArray> run(const QString &script, const ExecSpec &base = {})
    {
        ExecSpec spec = base;
        spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), script};
        QByteArray out;
        QByteArray err;
        const Result<int> status = runtime->exec(id, spec, [&](OutputStream stream, const char *data, qint64 size) {
            (stream == OutputStream::Stdout ? out : err).append(data, size);
        });
        REQUIRE(status);
        return {*status, out, err};
    }

    std::unique_ptr<ContainerRuntime> runtime;
    QString id;
    QString label = QUuid::createUuid().toString(QUuid::WithoutBraces);
};

} // namespace

TEST_CASE("Containers are created with labels, limits and environment, listed, and removed", "[docker][runtime]")
{
    if (!requireEngine())
        return;
    QString id;
    QString label;
    {
        TestContainer container;
        id = container.id;
        label = container.label;
        const Result<QList<ContainerSummary>> listed =
            container.runtime->listContainers(QStringLiteral("builddeck.test=") + label);
        REQUIRE(listed);
        REQUIRE(listed->size() == 1);
        CHECK(listed->at(0).id == id);
        CHECK(listed->at(0).state == QStringLiteral("running"));
        CHECK(listed->at(0).labels.value(QStringLiteral("builddeck.test")) == label);

        const auto [status, out, err] =
            container.run(QStringLiteral("echo $FROM_CONTAINER; cat /sys/fs/cgroup/memory.max "
                                         "2>/dev/null || cat /sys/fs/cgroup/memory/memory.limit_in_bytes"));
        CHECK(status == 0);
        CHECK(out.startsWith("yes\n536870912"));
    }
    Result<EngineConnection> connection = EngineLocator::connect(*EngineLocator::candidates({}));
    REQUIRE(connection);
    const Result<QList<ContainerSummary>> after =
        connection->runtime->listContainers(QStringLiteral("builddeck.test=") + label);
    REQUIRE(after);
    CHECK(after->isEmpty());
}

TEST_CASE("exec keeps stdout and stderr apart and returns the exit status", "[docker][runtime]")
{
    if (!requireEngine())
        return;
    TestContainer container;
    const auto [status, out, err] = container.run(QStringLiteral("echo one; echo two >&2; printf 'three'; exit 3"));
    CHECK(status == 3);
    CHECK(out == "one\nthree");
    CHECK(err == "two\n");

    ExecSpec spec;
    spec.environment = {QStringLiteral("GREETING=hi there")};
    spec.workingDir = QStringLiteral("/tmp");
    spec.user = QStringLiteral("nobody");
    const auto [status2, out2, err2] = container.run(QStringLiteral("echo \"$GREETING\" $(pwd) $(id -un)"), spec);
    CHECK(status2 == 0);
    CHECK(out2 == "hi there /tmp nobody\n");

    // A lot of output arrives whole.
    const auto [status3, out3, err3] = container.run(QStringLiteral("head -c 5000000 /dev/zero | tr '\\0' x"));
    CHECK(status3 == 0);
    CHECK(out3.size() == 5000000);

    const auto [status4, out4, err4] = container.run(QStringLiteral("no-such-command-here"));
    CHECK(status4 == 127);
}

TEST_CASE("Archives stream into and out of a container", "[docker][runtime]")
{
    if (!requireEngine())
        return;
    TestContainer container;
    QTemporaryDir source;
    QFile file(source.filePath(QStringLiteral("hello.txt")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("hello from the host\n");
    file.close();
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-cf"), QStringLiteral("-"), QStringLiteral("-C"), source.path(),
                                      QStringLiteral("hello.txt")});
    REQUIRE(tar.waitForFinished(30000));
    const QByteArray archive = tar.readAllStandardOutput();

    qsizetype sent = 0;
    const Result<void> uploaded =
        container.runtime->uploadArchive(container.id, QStringLiteral("/tmp"), [&](char *buffer, qint64 capacity) {
            const qint64 count = std::min<qint64>(capacity, archive.size() - sent);
            std::memcpy(buffer, archive.constData() + sent, size_t(count));
            sent += count;
            return count;
        });
    REQUIRE(uploaded);
    const auto [status, out, err] = container.run(QStringLiteral("cat /tmp/hello.txt"));
    CHECK(out == "hello from the host\n");

    QByteArray downloaded;
    REQUIRE(container.runtime->downloadArchive(container.id, QStringLiteral("/etc/builddeck-image"),
                                               [&](const char *data, qint64 size) {
                                                   downloaded.append(data, size);
                                                   return true;
                                               }));
    CHECK(downloaded.contains("builddeck/standard:1.0"));

    const Result<void> missing = container.runtime->uploadArchive(container.id, QStringLiteral("/no/such/dir"),
                                                                  [](char *, qint64) { return qint64(0); });
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("/no/such/dir")));
}

TEST_CASE("Killing a container ends a running exec", "[docker][runtime]")
{
    if (!requireEngine())
        return;
    TestContainer container;
    std::thread killer([&] {
        QThread::msleep(300);
        Result<EngineConnection> connection = EngineLocator::connect(*EngineLocator::candidates({}));
        if (connection)
            (void)connection->runtime->killContainer(container.id);
    });
    ExecSpec spec;
    spec.command = {QStringLiteral("sleep"), QStringLiteral("600")};
    const Result<int> status = container.runtime->exec(container.id, spec, [](OutputStream, const char *, qint64) {});
    killer.join();
    REQUIRE(status);
    CHECK(*status != 0);
}

TEST_CASE("A pull that cannot reach the image fails with the engine's reason", "[docker][runtime]")
{
    if (!requireEngine())
        return;
    Result<EngineConnection> connection = EngineLocator::connect(*EngineLocator::candidates({}));
    REQUIRE(connection);
    QList<PullProgress> progress;
    const Result<void> pulled =
        connection->runtime->pullImage(QStringLiteral("registry.invalid/builddeck/no-such-image:1"),
                                       [&](const PullProgress &p) { progress.append(p); });
    REQUIRE_FALSE(pulled);
    CHECK(pulled.error().message.contains(QStringLiteral("registry.invalid/builddeck/no-such-image")));
}

TEST_CASE("attach writes to the main process's stdin and reads its stdout and stderr", "[docker][runtime]")
{
    if (!requireEngine())
        return;
    Result<EngineConnection> connection = EngineLocator::connect(*EngineLocator::candidates({}));
    REQUIRE(connection);
    ContainerRuntime &runtime = *connection->runtime;
    ContainerSpec spec;
    spec.image = QString::fromLatin1(defaultImage());
    spec.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("while read -r line; do echo \"out:$line\"; echo \"err:$line\" >&2; done")};
    spec.openStdin = true;
    spec.keepLogs = false;
    const Result<QString> created = runtime.createContainer(spec);
    REQUIRE(created);
    REQUIRE(runtime.startContainer(*created));
    Result<std::unique_ptr<ContainerAttachment>> attached = runtime.attach(*created);
    REQUIRE(attached);
    ContainerAttachment &attachment = **attached;

    // Reads until both answers to `line` are in, twice over the same connection.
    for (const QByteArray &line : {QByteArray("first"), QByteArray("second with 'quotes'")}) {
        REQUIRE(attachment.write(line + '\n'));
        QByteArray out;
        QByteArray err;
        const Result<void> read = attachment.read([&](OutputStream stream, const char *data, qint64 size) {
            (stream == OutputStream::Stdout ? out : err).append(data, size);
            return !(out.endsWith('\n') && err.endsWith('\n'));
        });
        REQUIRE(read);
        CHECK(out == "out:" + line + '\n');
        CHECK(err == "err:" + line + '\n');
    }

    // A cancelled read returns; a removed container ends the stream with an error.
    std::atomic_bool cancel{true};
    const Result<void> cancelled = attachment.read([](OutputStream, const char *, qint64) { return true; }, &cancel);
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    REQUIRE(runtime.removeContainer(*created));
    const Result<void> ended = attachment.read([](OutputStream, const char *, qint64) { return true; });
    REQUIRE_FALSE(ended);
    CHECK(ended.error().code == ErrorCode::Unavailable);
}

TEST_CASE("attach to a container that does not exist fails with NotFound", "[docker][runtime]")
{
    if (!requireEngine())
        return;
    Result<EngineConnection> connection = EngineLocator::connect(*EngineLocator::candidates({}));
    REQUIRE(connection);
    const auto attached = connection->runtime->attach(QStringLiteral("builddeck-no-such-container"));
    REQUIRE_FALSE(attached);
    CHECK(attached.error().code == ErrorCode::NotFound);
    CHECK(attached.error().message.contains(QStringLiteral("builddeck-no-such-container")));
}
