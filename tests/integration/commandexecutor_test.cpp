#include "engine.h"
#include "files.h"
#include "stringmakers.h"

#include "engine/buildlog.h"
#include "engine/commandexecutor.h"
#include "runtime/enginelocator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>

using namespace BuildDeck;
using namespace BuildDeck::Engine;

namespace {

// What `text` prints in the container, through the agent; fails the test when it exits non-zero.
QByteArray output(CommandExecutor &executor, const QString &text)
{
    const Result<QPair<int, QByteArray>> ran = executor.runScript(text, {});
    REQUIRE(ran);
    INFO(ran->second.toStdString());
    REQUIRE(ran->first == 0);
    return ran->second;
}

} // namespace

TEST_CASE("A folder streams into the container through the build's agent, which keeps its place when tar fails",
          "[docker][engine]")
{
    if (!requireEngine())
        return;
    QTemporaryDir folder;
    QTemporaryDir logs;
    // Several of the agent's chunks, and a name a shell would split.
    QByteArray big(5 * 1024 * 1024 + 3, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char(i * 7 % 251);
    writeFile(folder.filePath(QStringLiteral("big.bin")), big);
    writeFile(folder.filePath(QStringLiteral("a dir/file with spaces.txt")), "spaces\n");
    writeFile(folder.filePath(QStringLiteral("skip.o")), "object\n");

    Result<Runtime::EngineConnection> connection =
        Runtime::EngineLocator::connect(*Runtime::EngineLocator::candidates({}));
    REQUIRE(connection);
    Runtime::ContainerRuntime &runtime = *connection->runtime;
    BuildLogWriter log;
    REQUIRE(log.create(logs.filePath(QStringLiteral("build.log"))));
    CommandExecutor executor(runtime, log, QStringLiteral("/codebuild/output/src1/src"));
    Runtime::ContainerSpec spec;
    spec.image = QString::fromLatin1(defaultImage());
    spec.command = executor.agentCommand();
    spec.user = QStringLiteral("0:0");
    spec.openStdin = true;
    const Result<QString> id = runtime.createContainer(spec);
    REQUIRE(id);
    const auto remove = qScopeGuard([&] { (void)runtime.removeContainer(*id); });
    REQUIRE(runtime.startContainer(*id));
    REQUIRE(executor.connect(*id));
    const QString checksum = QStringLiteral("cd /codebuild/output/src1/src && find . -type f | sort && "
                                            "sha256sum big.bin | cut -c1-64");
    const QByteArray expected = "./a dir/file with spaces.txt\n./big.bin\n" +
                                QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex() + '\n';

    SECTION("through the image's tar")
    {
        const Result<Source::DirectoryArchive::Summary> sent =
            executor.upload(folder.path(), QStringLiteral("/codebuild/output/src1/src"), {QStringLiteral("*.o")});
        REQUIRE(sent);
        CHECK(sent->files == 2);
        CHECK(sent->excluded == 1);
        CHECK(output(executor, checksum) == expected);

        // Secondary sources: under a directory of their own.
        REQUIRE(executor.upload(folder.path(), QStringLiteral("/codebuild/output/src1"), {}, QStringLiteral("two")));
        CHECK(output(executor, QStringLiteral("wc -c < /codebuild/output/src1/two/big.bin")).trimmed() ==
              QByteArray::number(big.size()));
    }

    SECTION("tar fails at once: the error names the place, and the agent still takes requests")
    {
        const Result<Source::DirectoryArchive::Summary> sent =
            executor.upload(folder.path(), QStringLiteral("/not/there"));
        REQUIRE_FALSE(sent);
        CHECK(sent.error().message.startsWith(QStringLiteral("Unpacking into /not/there in the container failed")));
        CHECK(output(executor, QStringLiteral("echo still here")) == "still here\n");
        REQUIRE(executor.upload(folder.path(), QStringLiteral("/codebuild/output/src1/src"), {QStringLiteral("*.o")}));
        CHECK(output(executor, checksum) == expected);
    }

    SECTION("an image without tar gets the folder through the engine")
    {
        output(executor, QStringLiteral("mv \"$(command -v tar)\" /usr/local/no-tar"));
        REQUIRE(executor.upload(folder.path(), QStringLiteral("/codebuild/output/src1/src"), {QStringLiteral("*.o")}));
        CHECK(output(executor, checksum) == expected);
    }
}
