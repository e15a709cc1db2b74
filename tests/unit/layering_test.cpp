#include "stringmakers.h"
#include "testconfig.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

// ARCHITECTURE §1 and STYLE §6.1: core never includes QtGui, QtWidgets or a ui/ header, and ui
// never reaches past core into a library core wraps.
namespace {

QStringList offendingIncludes(const QString &folder, const QRegularExpression &forbidden)
{
    QStringList offences;
    QDirIterator files(QStringLiteral(BUILDDECK_SOURCE_DIR "/") + folder,
                       {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++lineNumber;
            if (forbidden.match(line).hasMatch())
                offences.append(QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(line.trimmed()));
        }
    }
    return offences;
}

const QRegularExpression &forbiddenInCore()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*#\s*include\s*[<"](QtWidgets|QtGui|QWidget|QMainWindow|QDialog|QPainter|QColor|QIcon|QPixmap|QFont|QImage|QGuiApplication|QApplication|(\.\./)*ui/)[^>"]*[>"])"));
    return pattern;
}

} // namespace

TEST_CASE("core includes no GUI header and no ui/ header", "[layering]")
{
    CHECK(offendingIncludes(QStringLiteral("core"), forbiddenInCore()) == QStringList{});
}

TEST_CASE("ui reaches the engine, database and libraries only through core", "[layering]")
{
    const QRegularExpression forbidden(QStringLiteral(
        R"(^\s*#\s*include\s*[<"](curl/|git2|yaml-cpp/|archive\.h|archive_entry\.h|qt6keychain/|QSql|QProcess))"));
    CHECK(offendingIncludes(QStringLiteral("ui"), forbidden) == QStringList{});
}

TEST_CASE("the layering check sees an offending include", "[layering]")
{
    // Guards the check itself: the pattern must match the include forms it is meant to catch.
    const QRegularExpression &forbidden = forbiddenInCore();
    CHECK(forbidden.match(QStringLiteral("#include <QWidget>")).hasMatch());
    CHECK(forbidden.match(QStringLiteral("#  include \"../ui/mainwindow.h\"")).hasMatch());
    CHECK(forbidden.match(QStringLiteral("#include <QtGui/QColor>")).hasMatch());
    CHECK_FALSE(forbidden.match(QStringLiteral("#include <QString>")).hasMatch());
}
