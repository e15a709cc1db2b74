// B8 (docs/PERFORMANCE.md): the desktop application from its start to its first paint, and its
// memory once idle, with a history of many builds; beside it, `builddeck --version` (the same
// program loading its libraries and exiting), measured in the same run. Runs the real builddeck,
// offscreen, several times. Prints one JSON object. --quick: small sizes, to keep it working.

#include "benchhistory.h"
#include "benchstats.h"

#include "engine/buildstore.h"
#include "history/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace BuildDeck;

namespace {

// A process's resident memory in MiB, from /proc.
double residentMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression rss(QStringLiteral("VmRSS:\\s+(\\d+) kB"));
    const QRegularExpressionMatch match = rss.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024 : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int buildCount = quick ? 300 : 10000;
    const int runs = quick ? 2 : 7;
    const int idleSeconds = quick ? 1 : 3;
    QTemporaryDir dir;
    {
        Result<History::Database> database = History::Database::open(dir.path());
        if (!database)
            return 1;
        Engine::BuildStore builds(std::move(database).value());
        if (!fillHistory(builds, buildCount))
            return 1;
    }
    const QString gui = QCoreApplication::applicationDirPath() + QStringLiteral("/builddeck");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("BUILDDECK_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));

    QList<double> firstPaint;
    QList<double> idleMemory;
    QList<double> version;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setReadChannel(QProcess::StandardError);
        QElapsedTimer clock;
        clock.start();
        process.start(gui, {QStringLiteral("--data-dir"), dir.path()});
        QByteArray said;
        while (!said.contains("builddeck: first paint") && process.waitForReadyRead(30000))
            said += process.readAllStandardError();
        if (!said.contains("builddeck: first paint")) {
            std::fprintf(stderr, "builddeck did not paint: %s\n", said.constData());
            return 1;
        }
        firstPaint.append(double(clock.nsecsElapsed()) / 1e6);
        QThread::sleep(idleSeconds);
        idleMemory.append(residentMiB(process.processId()));
        process.terminate();
        process.waitForFinished();

        QProcess versionOnly;
        versionOnly.setProcessEnvironment(environment);
        clock.restart();
        versionOnly.start(gui, {QStringLiteral("--version")});
        versionOnly.waitForFinished();
        version.append(double(clock.nsecsElapsed()) / 1e6);
    }
    const QJsonObject result{{QStringLiteral("builds"), buildCount},
                             {QStringLiteral("firstPaintMs"), summary(firstPaint)},
                             {QStringLiteral("idleMemoryMiB"), summary(idleMemory)},
                             {QStringLiteral("versionMs"), summary(version)},
                             {QStringLiteral("idleSeconds"), idleSeconds}};
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
