#include "stringmakers.h"

#include "support/datadirectory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace BuildDeck;

TEST_CASE("The data directory follows --data-dir, then BUILDDECK_DATA_DIR", "[support]")
{
    QTemporaryDir temp;
    const QString fromEnvironment = temp.filePath(QStringLiteral("env/data"));
    const QByteArray saved = qgetenv("BUILDDECK_DATA_DIR");
    qputenv("BUILDDECK_DATA_DIR", fromEnvironment.toLocal8Bit());

    SECTION("--data-dir wins and is created")
    {
        const QString requested = temp.filePath(QStringLiteral("cli/nested/data"));
        const Result<DataDirectory> directory = DataDirectory::open(requested);
        REQUIRE(directory);
        CHECK(directory->path() == requested);
        CHECK(directory->source() == QStringLiteral("--data-dir"));
        CHECK(QDir(requested).exists());
    }
    SECTION("BUILDDECK_DATA_DIR is used without --data-dir")
    {
        const Result<DataDirectory> directory = DataDirectory::open({});
        REQUIRE(directory);
        CHECK(directory->path() == fromEnvironment);
        CHECK(directory->source() == QStringLiteral("BUILDDECK_DATA_DIR"));
    }
    SECTION("a file in the way is an error that names the path and its source")
    {
        const QString file = temp.filePath(QStringLiteral("occupied"));
        QFile occupied(file);
        REQUIRE(occupied.open(QIODevice::WriteOnly));
        occupied.write("keep me");
        occupied.close();
        const Result<DataDirectory> directory = DataDirectory::open(file);
        REQUIRE_FALSE(directory);
        CHECK(directory.error().code == ErrorCode::Io);
        CHECK(directory.error().message.contains(file));
        CHECK(directory.error().message.contains(QStringLiteral("--data-dir")));
        REQUIRE(occupied.open(QIODevice::ReadOnly));
        CHECK(occupied.readAll() == QByteArray("keep me"));
    }
    qputenv("BUILDDECK_DATA_DIR", saved);
}
