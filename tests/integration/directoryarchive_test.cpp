#include "engine.h"
#include "files.h"
#include "processrunner.h"
#include "stringmakers.h"

#include "runtime/enginelocator.h"
#include "source/directoryarchive.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstring>

using namespace BuildDeck;
using namespace BuildDeck::Runtime;

namespace {

// A tar made by Python's tarfile from `script`, which adds entries to the archive `t`.
QByteArray tarOf(const QString &script)
{
    const ProcessResult made = runProgram(
        QStringLiteral("python3"),
        {QStringLiteral("-c"), QStringLiteral("import io, sys, tarfile\n"
                                              "out = io.BytesIO()\n"
                                              "t = tarfile.open(fileobj=out, mode='w')\n"
                                              "def add(name, data=b'x', link=None):\n"
                                              "    i = tarfile.TarInfo(name)\n"
                                              "    if link:\n"
                                              "        i.type, i.linkname = tarfile.SYMTYPE, link\n"
                                              "        t.addfile(i)\n"
                                              "    else:\n"
                                              "        i.size = len(data)\n"
                                              "        t.addfile(i, io.BytesIO(data))\n") +
                                   script + QStringLiteral("\nt.close()\nsys.stdout.buffer.write(out.getvalue())\n")});
    REQUIRE(made.exitCode == 0);
    return made.out.toLatin1();
}

Result<Source::DirectoryArchive::Summary> extract(const QByteArray &tar, const QString &directory)
{
    qsizetype offset = 0;
    return Source::DirectoryArchive::extract(
        [&](char *buffer, qint64 capacity) {
            const qint64 count = std::min<qint64>(capacity, tar.size() - offset);
            std::memcpy(buffer, tar.constData() + offset, size_t(count));
            offset += count;
            return count;
        },
        directory, 1);
}

} // namespace

TEST_CASE("Unpacking a tar keeps every entry inside the folder: '..' and paths through links are refused", "[source]")
{
    QTemporaryDir dir;
    const QString into = dir.filePath(QStringLiteral("into"));

    const Result<Source::DirectoryArchive::Summary> fine =
        extract(tarOf(QStringLiteral("add('top/a/b.txt', b'bee')\nadd('top/link', link='a/b.txt')")), into);
    REQUIRE(fine);
    CHECK(fine->files == 1);
    CHECK(fine->links == 1);
    QFile bee(QDir(into).filePath(QStringLiteral("a/b.txt")));
    REQUIRE(bee.open(QIODevice::ReadOnly));
    CHECK(bee.readAll() == "bee");

    const Result<Source::DirectoryArchive::Summary> dotdot =
        extract(tarOf(QStringLiteral("add('top/../../escaped.txt')")), into);
    REQUIRE_FALSE(dotdot);
    CHECK(dotdot.error().message.contains(QStringLiteral("top/../../escaped.txt")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("escaped.txt"))));

    const Result<Source::DirectoryArchive::Summary> throughLink =
        extract(tarOf(QStringLiteral("add('top/out', link='%1')\nadd('top/out/escaped.txt')").arg(dir.path())), into);
    REQUIRE_FALSE(throughLink);
    CHECK(throughLink.error().message.contains(QStringLiteral("top/out/escaped.txt")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("escaped.txt"))));
}

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
