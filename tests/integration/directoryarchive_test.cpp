#include "engine.h"
#include "stringmakers.h"

#include "runtime/enginelocator.h"
#include "source/directoryarchive.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace BuildDeck;
using namespace BuildDeck::Runtime;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

TEST_CASE("A LOCAL source folder streams into a container, excludes left out, the folder untouched", "[docker][source]")
{
    if (!requireEngine())
        return;
    QTemporaryDir folder;
    writeFile(folder.filePath(QStringLiteral("buildspec.yml")), "version: 0.2\n");
    writeFile(folder.filePath(QStringLiteral("src/main.c")), "int main(void) { return 0; }\n");
    writeFile(folder.filePath(QStringLiteral("src/deep/er/file with spaces.txt")), "spaces\n");
    writeFile(folder.filePath(QStringLiteral("big.bin")), QByteArray(3 * 1024 * 1024 + 17, 'b'));
    writeFile(folder.filePath(QStringLiteral(".git/HEAD")), "ref: refs/heads/main\n");
    writeFile(folder.filePath(QStringLiteral("build/out.o")), "object\n");
    writeFile(folder.filePath(QStringLiteral("build/keep.txt")), "kept\n");
    QFile::link(QStringLiteral("src/main.c"), folder.filePath(QStringLiteral("link-to-main")));
    QFile::setPermissions(folder.filePath(QStringLiteral("buildspec.yml")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther);

    Result<EngineConnection> connection = EngineLocator::connect(*EngineLocator::candidates({}));
    REQUIRE(connection);
    ContainerRuntime &runtime = *connection->runtime;
    ContainerSpec spec;
    spec.image = QString::fromLatin1(defaultImage());
    const Result<QString> id = runtime.createContainer(spec);
    REQUIRE(id);
    REQUIRE(runtime.startContainer(*id));

    const Result<Source::DirectoryArchive::Summary> sent = Source::DirectoryArchive::upload(
        runtime, *id, folder.path(), QStringLiteral("/tmp"), {QStringLiteral(".git/**"), QStringLiteral("build/*.o")});
    QByteArray listing;
    ExecSpec list;
    list.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("cd /tmp && find . -path ./.git -prune -o -print | sort && readlink link-to-main && "
                                   "stat -c %a buildspec.yml && wc -c < big.bin && ls -a")};
    const Result<int> listed =
        runtime.exec(*id, list, [&](OutputStream, const char *data, qint64 size) { listing.append(data, size); });
    (void)runtime.removeContainer(*id);

    REQUIRE(sent);
    CHECK(sent->files == 5);
    CHECK(sent->links == 1);
    CHECK(sent->excluded == 2);
    CHECK(sent->bytes == 3 * 1024 * 1024 + 17 + 13 + 29 + 7 + 5);
    REQUIRE(listed);
    CHECK(listing.contains("./src/deep/er/file with spaces.txt\n"));
    CHECK(listing.contains("./build/keep.txt\n"));
    CHECK_FALSE(listing.contains("out.o"));
    CHECK_FALSE(listing.contains(".git"));
    INFO(listing.toStdString());
    CHECK(listing.contains("\nsrc/main.c\n704\n3145745\n"));
    // The user's folder is as it was.
    CHECK(QFile::exists(folder.filePath(QStringLiteral("build/out.o"))));
    CHECK(QFile::exists(folder.filePath(QStringLiteral(".git/HEAD"))));
}

TEST_CASE("A folder that is not there is refused by name", "[source]")
{
    const auto result = Source::DirectoryArchive::write(QStringLiteral("/nonexistent/folder"), {}, {},
                                                        [](const char *, qsizetype) { return true; });
    REQUIRE_FALSE(result);
    CHECK(result.error().message.contains(QStringLiteral("/nonexistent/folder")));
}
