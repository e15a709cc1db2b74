// B7 (docs/PERFORMANCE.md): the log viewer on a huge log. Writes a log of --megabytes (1024 by
// default: about 10 million lines, some coloured, with groups) as the worker writes it, then
// measures, in one process: the time from opening it in the log view to its first screen painted,
// the resident memory that added (anonymous and file-backed apart), and the time to count a literal
// over the whole log; the baseline counts the same literal with `grep -o -F | wc -l`.
// Prints one JSON object. --quick: 20 MB, to keep the program working in the test suite.

#include "benchstats.h"
#include "log/logview.h"

#include "engine/buildlog.h"
#include "log/logsearch.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace BuildDeck;

namespace {

// Kilobytes of a /proc/self/status field ("RssAnon", "RssFile").
qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// Waits until `widget` has painted once more.
class PaintWatcher final : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// Milliseconds from showing the log at `path` in `view` to the view's first paint of it.
double firstScreen(Ui::LogView &view, const QString &path)
{
    view.resize(1200, 700);
    PaintWatcher watcher;
    view.viewport()->installEventFilter(&watcher);
    view.show();
    QApplication::processEvents();
    watcher.painted = false;
    QElapsedTimer clock;
    clock.start();
    view.setLog(path, false);
    while (!watcher.painted)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    view.viewport()->removeEventFilter(&watcher);
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    qint64 megabytes = quick ? 20 : 1024;
    if (const qsizetype at = app.arguments().indexOf(QStringLiteral("--megabytes")); at > 0)
        megabytes = app.arguments().value(at + 1).toLongLong();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.log"));
    qint64 lines = 0;
    {
        Engine::BuildLogWriter writer;
        if (!writer.create(path))
            return 1;
        (void)writer.appendAgentLine(QStringLiteral("Entering phase BUILD"));
        QByteArray chunk;
        const qint64 target = megabytes * 1024 * 1024;
        qint64 written = 0;
        while (written < target) {
            chunk.clear();
            for (int i = 0; i < 10000; ++i, ++lines) {
                if (lines % 5000 == 0)
                    chunk += "::group::step " + QByteArray::number(lines / 5000) + '\n';
                if (lines % 100 == 7)
                    chunk += "\x1b[1;31merror\x1b[0m: line " + QByteArray::number(lines) + " failed to build\n";
                else
                    chunk += "\x1b[32mcompiling\x1b[0m src/module" + QByteArray::number(lines % 977) +
                             "/file.cpp -o build/obj/file" + QByteArray::number(lines) + ".o -O2 -Wall\n";
                if (lines % 5000 == 4999)
                    chunk += "::endgroup::\n";
            }
            if (!writer.append(Engine::LogLine::Stream::Stdout, chunk.constData(), chunk.size()))
                return 1;
            written += chunk.size();
        }
    }

    const qint64 anonBefore = statusKb("RssAnon");
    const qint64 fileBefore = statusKb("RssFile");
    Ui::LogView view;
    const double firstScreenMs = firstScreen(view, path);
    const qint64 anonAfter = statusKb("RssAnon");
    const qint64 fileAfter = statusKb("RssFile");

    // The whole log's sections, found in the background: memory once they are known.
    while (view.sections().isEmpty() || view.sections().last().first < view.lineCount() - 6000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 anonOutlined = statusKb("RssAnon");

    // Counting a literal, and grep doing the same, several times each.
    const int runs = quick ? 2 : 3;
    QList<double> counts;
    QList<double> greps;
    qint64 matches = 0;
    double grepMatches = 0;
    for (int run = 0; run < runs; ++run) {
        Log::LogSearch search;
        QElapsedTimer clock;
        clock.start();
        search.start(path, {QStringLiteral("error"), false, true});
        while (search.isRunning())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        counts.append(double(clock.nsecsElapsed()) / 1e6);
        matches = search.total();

        QProcess grep;
        clock.restart();
        grep.start(QStringLiteral("sh"),
                   {QStringLiteral("-c"), QStringLiteral("grep -o -F error '%1' | wc -l").arg(path)});
        grep.waitForFinished(-1);
        greps.append(double(clock.nsecsElapsed()) / 1e6);
        grepMatches = QString::fromUtf8(grep.readAllStandardOutput()).trimmed().toDouble();
    }

    // The first screen again, in fresh views of the same log (its files now in the page cache).
    QList<double> firstScreens{firstScreenMs};
    for (int run = 1; run < runs; ++run) {
        Ui::LogView again;
        firstScreens.append(firstScreen(again, path));
    }

    const QJsonObject result{
        {QStringLiteral("megabytes"), double(QFile(path).size()) / (1024.0 * 1024.0)},
        {QStringLiteral("lines"), double(view.lineCount())},
        {QStringLiteral("firstScreenMs"), summary(firstScreens)},
        {QStringLiteral("anonGrowthMiB"), double(anonAfter - anonBefore) / 1024.0},
        {QStringLiteral("fileGrowthMiB"), double(fileAfter - fileBefore) / 1024.0},
        {QStringLiteral("anonOutlinedMiB"), double(anonOutlined - anonBefore) / 1024.0},
        {QStringLiteral("sections"), double(view.sections().size())},
        {QStringLiteral("countMs"), summary(counts)},
        {QStringLiteral("matches"), double(matches)},
        {QStringLiteral("grepMs"), summary(greps)},
        {QStringLiteral("grepMatches"), grepMatches},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return double(matches) == grepMatches ? 0 : 1;
}
