// B6 and B10 (docs/PERFORMANCE.md): history queries and the history model's first fill with many
// builds in the store, and the longest event-loop stall of the real main window while History is
// scrolled through every build and while the Log panel follows a build printing 50 MB/s.
// Prints one JSON object. --quick: small sizes, to keep the program working in the test suite.

#include "benchhistory.h"
#include "benchstats.h"

#include "docks/historydock.h"
#include "docks/logdock.h"
#include "engine/buildlog.h"
#include "mainwindow.h"
#include "models/buildhistorymodel.h"

#include "engine/buildrunner.h"
#include "engine/buildservice.h"
#include "engine/buildstore.h"
#include "project/projectstore.h"
#include "runtime/enginemonitor.h"
#include "support/applicationidentity.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace BuildDeck;

namespace {

// Milliseconds a call takes over `runs` runs.
template <typename Call>
QJsonObject timed(int runs, Call call)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        call();
        samples.append(double(clock.nsecsElapsed()) / 1e6);
    }
    return summary(samples);
}

// The longest gap between two turns of the event loop while `work` runs for `seconds`: a timer that
// asks to fire as often as it can records how late each turn comes.
double longestStall(double seconds, const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
        work();
    });
    tick.start();
    while (clock.elapsed() < seconds * 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return double(longest) / 1e6;
}

// longestStall() in each of `windows` windows of `seconds`: how the stalls spread.
QJsonObject stalls(int windows, double seconds, const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < windows; ++i)
        samples.append(longestStall(seconds, work));
    return summary(samples);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setApplicationIdentity();
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int buildCount = quick ? 300 : 10000;
    QTemporaryDir dir;
    qputenv("BUILDDECK_DATA_DIR", dir.path().toLocal8Bit());

    Result<History::Database> database = History::Database::open(dir.path());
    if (!database)
        return 1;
    Projects::ProjectStore projects(*database);
    Engine::BuildStore builds(std::move(database).value());

    if (!fillHistory(builds, buildCount))
        return 1;

    // B6: the queries History makes, and the model's first fill.
    const int runs = quick ? 3 : 21;
    Engine::BuildQuery all;
    all.limit = Ui::BuildHistoryModel::pageSize;
    Engine::BuildQuery failed = all;
    failed.status = Engine::Status::Failed;
    Engine::BuildQuery project = all;
    project.project = QStringLiteral("project-3");
    Engine::BuildQuery text = all;
    text.text = QStringLiteral("commit-77");
    const QJsonObject queryAll = timed(runs, [&] { (void)builds.query(all); });
    const QJsonObject queryFailed = timed(runs, [&] { (void)builds.query(failed); });
    const QJsonObject queryProject = timed(runs, [&] { (void)builds.query(project); });
    const QJsonObject queryText = timed(runs, [&] { (void)builds.query(text); });
    const QJsonObject count = timed(runs, [&] { (void)builds.count(all); });
    const QJsonObject firstFill = timed(runs, [&] { Ui::BuildHistoryModel model(builds); });

    // B10: the real window, offscreen.
    Engine::BuildService service(builds, dir.path(), {QStringLiteral("/bin/false"), {}});
    Runtime::EngineMonitor monitor([] { return Result<Runtime::EngineInfo>(Runtime::EngineInfo()); });
    Ui::MainWindow window({&monitor, &projects, &service, dir.path()});
    window.resize(1280, 800);
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("historyTable"));
    // Scrolling down, a page at a time, through every build, and from the top again at the end.
    int scrolledTo = 0;
    const QJsonObject scrollStall = stalls(quick ? 1 : 6, quick ? 1 : 0.5, [table, &scrolledTo] {
        QScrollBar *bar = table->verticalScrollBar();
        scrolledTo = std::max(scrolledTo, table->model()->rowCount());
        bar->setValue(
            bar->value() == bar->maximum() && !table->model()->canFetchMore({}) ? 0 : bar->value() + table->height());
    });

    // A build printing 50 MB/s: its log grows while the Log panel follows it.
    Engine::BuildRecord running;
    running.projectName = QStringLiteral("printer");
    running.startTime = QDateTime::currentDateTimeUtc();
    running.phases = {
        {Engine::PhaseType::Submitted, Engine::Status::Succeeded, running.startTime, running.startTime, {}}};
    const Result<Engine::BuildRecord> live = builds.create(running);
    if (!live)
        return 1;
    const QString logPath = Engine::BuildRunner::logPath(dir.path(), *live);
    QDir().mkpath(QFileInfo(logPath).absolutePath());
    window.refresh();
    window.findChild<Ui::HistoryDock *>()->selectBuild(live->id);
    std::atomic_bool writing{true};
    qint64 written = 0;
    std::thread printer([&] {
        // As the worker writes it: the log and its line index.
        Engine::BuildLogWriter log;
        if (!log.create(logPath))
            return;
        const QByteArray line = QByteArray("\x1b[32mstep\x1b[0m ") + QByteArray(90, 'x') + '\n';
        const QByteArray chunk = line.repeated(5000); // about 0.5 MB
        QElapsedTimer clock;
        clock.start();
        while (writing.load()) {
            if (!log.append(Engine::LogLine::Stream::Stdout, chunk.constData(), chunk.size()))
                return;
            written += chunk.size();
            // 50 MB/s: wait for the time this chunk takes at that rate.
            while (writing.load() && clock.nsecsElapsed() < written * 20)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
    const QJsonObject logStall = stalls(quick ? 1 : 8, quick ? 1 : 0.5, [] {});
    writing = false;
    printer.join();

    const QJsonObject result{
        {QStringLiteral("builds"), buildCount},
        {QStringLiteral("queryFirstPageMs"), queryAll},
        {QStringLiteral("queryFailedMs"), queryFailed},
        {QStringLiteral("queryProjectMs"), queryProject},
        {QStringLiteral("queryTextMs"), queryText},
        {QStringLiteral("countMs"), count},
        {QStringLiteral("modelFirstFillMs"), firstFill},
        {QStringLiteral("scrollStallMs"), scrollStall},
        {QStringLiteral("scrolledRows"), scrolledTo},
        {QStringLiteral("logStallMs"), logStall},
        {QStringLiteral("logMegabytes"), double(written) / 1e6},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
