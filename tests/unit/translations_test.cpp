#include "stringmakers.h"
#include "testconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

// The committed .ts files must be what lupdate makes of today's sources (nothing stale, nothing
// missing) and every entry must be translated.
namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList translationFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(BUILDDECK_SOURCE_DIR "/translations"), {QStringLiteral("*.ts")}, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

TEST_CASE("The translation files are up to date with the sources", "[translations]")
{
    const QStringList files = translationFiles();
    REQUIRE_FALSE(files.isEmpty());
    QStringList sources = QString::fromUtf8(readAll(QStringLiteral(BUILDDECK_TRANSLATABLE_SOURCES_FILE)))
                              .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(sources.isEmpty());

    for (const QString &committed : files) {
        INFO(committed.toStdString());
        QTemporaryDir temp;
        const QString copy = temp.filePath(QFileInfo(committed).fileName());
        REQUIRE(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QStringList arguments = QString::fromLatin1(BUILDDECK_LUPDATE_OPTIONS).split(QLatin1Char(' '));
        arguments << sources << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(BUILDDECK_LUPDATE), arguments);
        REQUIRE(lupdate.waitForFinished(120000));
        INFO(lupdate.readAllStandardError().toStdString());
        REQUIRE(lupdate.exitCode() == 0);

        INFO("Run `cmake --build --preset dev --target update_translations`, translate, and commit the .ts files.");
        CHECK(readAll(copy) == readAll(committed));
    }
}

TEST_CASE("Every translation is finished", "[translations]")
{
    for (const QString &file : translationFiles()) {
        const QString text = QString::fromUtf8(readAll(file));
        QStringList unfinished;
        qsizetype at = 0;
        while ((at = text.indexOf(QStringLiteral("type=\"unfinished\""), at)) >= 0) {
            const qsizetype source = text.lastIndexOf(QStringLiteral("<source>"), at);
            unfinished.append(text.mid(source + 8, text.indexOf(QStringLiteral("</source>"), source) - source - 8));
            ++at;
        }
        INFO(file.toStdString());
        CHECK(unfinished == QStringList{});
        CHECK_FALSE(text.contains(QStringLiteral("type=\"vanished\"")));
        CHECK_FALSE(text.contains(QStringLiteral("type=\"obsolete\"")));
    }
}
