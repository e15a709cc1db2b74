#include "stringmakers.h"

#include "log/logfindbar.h"
#include "log/logview.h"

#include "engine/buildlog.h"
#include "log/logexport.h"
#include "log/logsearch.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace BuildDeck;
using Engine::LogLine;

namespace {

// A log as the worker writes it: a BUILD phase whose output holds a folded group.
class SampleLog
{
public:
    SampleLog()
    {
        REQUIRE(writer.create(path));
        REQUIRE(writer.appendAgentLine(QStringLiteral("Entering phase INSTALL")));
        print("installing\n");
        REQUIRE(writer.appendAgentLine(QStringLiteral("Phase complete: INSTALL State: SUCCEEDED")));
        REQUIRE(writer.appendAgentLine(QStringLiteral("Entering phase BUILD")));
        print("::group::Compiling\n");
        for (int i = 0; i < 500; ++i)
            print(QByteArray("\x1b[32mcc\x1b[0m -c file") + QByteArray::number(i) + ".c\n");
        print("::endgroup::\n");
        print("Downloading 10%\rDownloading 50%\rDownloading 100%\n");
        print("\x1b[1;31merror:\x1b[0m the needle in the haystack\n");
    }

    void print(const QByteArray &bytes)
    {
        REQUIRE(writer.append(LogLine::Stream::Stdout, bytes.constData(), bytes.size()));
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("build.log"));
    Engine::BuildLogWriter writer;
};

} // namespace

TEST_CASE("Log view: escape sequences applied, phases and groups fold, lines copied as shown", "[ui][log]")
{
    SampleLog log;
    Ui::LogView view;
    view.resize(900, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setLog(log.path, false, QStringLiteral("web:1234"));
    const qint64 lines = view.lineCount();
    REQUIRE(lines == 508);
    CHECK(view.lineText(lines - 2) == QStringLiteral("Downloading 100%"));
    CHECK(view.lineText(lines - 1) == QStringLiteral("error: the needle in the haystack"));
    CHECK(view.lineText(5) == QStringLiteral("cc -c file0.c"));

    // The sections are found in the background: two phases and the group, which starts folded.
    REQUIRE(QTest::qWaitFor([&] { return view.sections().size() == 3; }, 10000));
    const Log::LogSection &group = view.sections().at(2);
    CHECK(group.title == QStringLiteral("Compiling"));
    CHECK(view.isFolded(group.first));
    CHECK_FALSE(view.isLineShown(group.first + 1));
    CHECK(view.sections().at(0).status == QStringLiteral("SUCCEEDED"));
    view.setFolded(group.first, false);
    CHECK(view.isLineShown(group.first + 1));
    view.setAllFolded(true);
    CHECK_FALSE(view.isLineShown(lines - 1)); // inside BUILD
    view.setAllFolded(false);

    // Copying gives the text as shown, and a reference names the build and line.
    view.select({lines - 2, 0}, {lines - 1, 6});
    view.copy();
    CHECK(QApplication::clipboard()->text() == QStringLiteral("Downloading 100%\nerror:"));
    CHECK(view.lineReference(lines - 1) == QStringLiteral("web:1234#L508"));

    // Timestamps and wrapping change the layout, not the content.
    view.setTimestamps(Ui::LogView::Timestamps::Relative);
    view.setWrap(true);
    CHECK_FALSE(view.grab().isNull());
    CHECK(view.lastVisibleLine() == lines - 1);
}

TEST_CASE("Log view: follows a growing log until the user scrolls up, and jumps back to the end", "[ui][log]")
{
    SampleLog log;
    Ui::LogView view;
    view.resize(900, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setLog(log.path, true);
    QSignalSpy added(&view, &Ui::LogView::linesAdded);
    CHECK(view.isFollowing());
    REQUIRE(QTest::qWaitFor([&] { return view.sections().size() == 3; }, 10000));
    view.setAllFolded(false); // more lines than the view holds

    log.print("more output\n");
    REQUIRE(QTest::qWaitFor([&] { return view.lineCount() == 509; }, 10000));
    QTest::qWait(50);
    CHECK(view.lastVisibleLine() == 508);

    // Scrolling up stops following; new lines do not move the view; Jump to End follows again.
    view.verticalScrollBar()->setValue(0);
    CHECK_FALSE(view.isFollowing());
    auto *jump = view.findChild<QToolButton *>(QStringLiteral("logJumpToEnd"));
    REQUIRE(jump != nullptr);
    CHECK(jump->isVisible());
    log.print("still more\n");
    REQUIRE(QTest::qWaitFor([&] { return view.lineCount() == 510; }, 10000));
    CHECK(view.firstVisibleLine() == 0);
    QTest::mouseClick(jump, Qt::LeftButton);
    CHECK(view.isFollowing());
    CHECK(view.verticalScrollBar()->value() == view.verticalScrollBar()->maximum());
    CHECK_FALSE(jump->isVisible());

    view.setLive(false);
    log.print("after the end\n");
    QTest::qWait(300);
    CHECK(view.lineCount() == 510); // not read once the build ended
    CHECK_FALSE(added.isEmpty());
}

TEST_CASE("Log view: find counts every match, goes from match to match and unfolds what hides one", "[ui][log]")
{
    SampleLog log;
    log.print("needle again, NEEDLE\n");
    QWidget window;
    auto *view = new Ui::LogView(&window);
    auto *bar = new Ui::LogFindBar(view, &window);
    window.resize(900, 400);
    view->resize(900, 360);
    bar->move(0, 360);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    view->setLog(log.path, false);
    REQUIRE(QTest::qWaitFor([&] { return view->sections().size() == 3; }, 10000));
    view->verticalScrollBar()->setValue(0);

    bar->activate();
    auto *text = bar->findChild<QLineEdit *>(QStringLiteral("logFind"));
    auto *count = bar->findChild<QLabel *>(QStringLiteral("logFindCount"));
    QTest::keyClicks(text, QStringLiteral("needle"));
    REQUIRE(QTest::qWaitFor([&] { return count->text() == QStringLiteral("1 of 3"); }, 10000));
    CHECK(view->readingLine() == view->lineCount() - 2);
    bar->findNext();
    CHECK(count->text() == QStringLiteral("2 of 3"));
    bar->findNext();
    CHECK(count->text() == QStringLiteral("3 of 3"));
    CHECK(view->readingLine() == view->lineCount() - 1);
    bar->findNext(); // wraps around
    CHECK(count->text() == QStringLiteral("1 of 3"));
    bar->findPrevious();
    CHECK(count->text() == QStringLiteral("3 of 3"));

    // Case and regular expressions; a match inside the folded group unfolds it.
    bar->findChild<QToolButton *>(QStringLiteral("logFindCaseSensitive"))->click();
    REQUIRE(QTest::qWaitFor([&] { return count->text() == QStringLiteral("1 of 2"); }, 10000));
    bar->findChild<QToolButton *>(QStringLiteral("logFindCaseSensitive"))->click();
    bar->findChild<QToolButton *>(QStringLiteral("logFindRegularExpression"))->click();
    text->clear();
    QTest::keyClicks(text, QStringLiteral("file4\\d\\d\\.c"));
    REQUIRE(QTest::qWaitFor([&] { return bar->search()->total() == 100 && !bar->search()->isRunning(); }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return bar->currentOrdinal() == 1; }, 10000));
    const Log::LogSection &group = view->sections().at(2);
    CHECK(view->readingLine() > group.first);
    CHECK_FALSE(view->isFolded(group.first));
    CHECK(view->isLineShown(view->readingLine()));

    text->clear();
    QTest::keyClicks(text, QStringLiteral("(broken"));
    REQUIRE(QTest::qWaitFor([&] { return count->text().contains(QStringLiteral("regular expression")); }, 10000));
}

TEST_CASE("Log view: a 1 GB line, invalid UTF-8 and NUL bytes are shown without holding the line, Save keeps them",
          "[ui][log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("build.log"));
    {
        Engine::BuildLogWriter writer;
        REQUIRE(writer.create(path));
        REQUIRE(writer.appendAgentLine(QStringLiteral("Entering phase BUILD")));
        // 1 GiB without a newline, as a build that prints a binary does, in the chunks it arrives in.
        const QByteArray chunk(4 * 1024 * 1024, 'a');
        for (int i = 0; i < 256; ++i)
            REQUIRE(writer.append(LogLine::Stream::Stdout, chunk.constData(), chunk.size()));
        static constexpr char printed[] = "\nbad \xff\xfe utf8, a NUL \0 here\n";
        const QByteArray hostile(printed, sizeof printed - 1);
        REQUIRE(writer.append(LogLine::Stream::Stdout, hostile.constData(), hostile.size()));
    }

    Ui::LogView view;
    view.resize(900, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setLog(path, false, QStringLiteral("huge:1"));
    // The index cuts the line every MiB: 1024 lines, each shown in part.
    const qint64 megabyte = Engine::BuildLogWriter::maxLineBytes;
    REQUIRE(view.lineCount() == 1 + 1024 + 1);
    const QString first = view.lineText(1);
    const QString more = QStringLiteral(" [%1 more bytes not shown]").arg(megabyte - Ui::LogView::displayLimit);
    CHECK(first == QString(Ui::LogView::displayLimit, QLatin1Char('a')) + more);
    CHECK(view.lineText(1024) == first);
    // Bytes that are not UTF-8 show as replacement characters; a NUL is not shown.
    CHECK(view.lineText(1025) == QStringLiteral("bad \uFFFD\uFFFD utf8, a NUL  here"));

    // The search reads the whole gigabyte and finds the one line with the literal.
    Log::LogSearch search;
    search.start(path, {QStringLiteral("a NUL"), false, false});
    REQUIRE(QTest::qWaitFor([&] { return !search.isRunning(); }, 120000));
    CHECK(search.total() == 1);
    REQUIRE(search.lines().size() == 1);
    CHECK(search.lines().at(0).line == 1025);

    // Save writes the log as the build printed it, byte for byte.
    const QString saved = dir.filePath(QStringLiteral("saved.log"));
    REQUIRE(Log::LogExport::save(path, saved, Log::LogExport::Form::Raw));
    QFile original(path);
    QFile copy(saved);
    REQUIRE(original.open(QIODevice::ReadOnly));
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.size() == original.size());
    REQUIRE(copy.seek(copy.size() - 64));
    REQUIRE(original.seek(original.size() - 64));
    const QByteArray tail = copy.readAll();
    CHECK(tail == original.readAll());
    CHECK(tail.endsWith(QByteArray("aaaa\nbad \xff\xfe utf8, a NUL \0 here\n", 31)));
}
