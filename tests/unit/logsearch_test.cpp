#include "stringmakers.h"

#include "engine/buildlog.h"
#include "log/logsearch.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace BuildDeck;
using Log::LogMatcher;
using Log::LogSearchQuery;

namespace {

LogSearchQuery literal(const QString &text, bool caseSensitive = false)
{
    return {text, false, caseSensitive};
}

// Waits for `search` to end; the count it reports then is final.
void finish(Log::LogSearch &search)
{
    REQUIRE(QTest::qWaitFor([&] { return !search.isRunning(); }, 120000));
}

} // namespace

TEST_CASE("Matches are counted in the text as shown, never inside escape sequences", "[log][search]")
{
    const LogMatcher red(literal(QStringLiteral("31m")));
    CHECK(red.count("\x1b[31merror\x1b[0m") == 0);
    const LogMatcher error(literal(QStringLiteral("ERROR")));
    CHECK(error.count("\x1b[31merror\x1b[0m: error") == 2);
    CHECK(error.count("error error error") == 3);
    CHECK(LogMatcher(literal(QStringLiteral("ERROR"), true)).count("error ERROR") == 1);
    // A word split by colour codes is still one match, as the reader sees it.
    CHECK(LogMatcher(literal(QStringLiteral("warning"))).count("warn\x1b[1ming\x1b[0m") == 1);
    // Carriage returns apply first: only the last progress state is there.
    CHECK(LogMatcher(literal(QStringLiteral("%"))).count("10%\r50%\r100%") == 1);
    CHECK(LogMatcher(literal(QStringLiteral("aa"))).count("aaaa") == 2); // no overlaps
    CHECK(LogMatcher(literal(QStringLiteral("Straße"))).count("STRASSE straße") == 1);

    const LogMatcher regex({QStringLiteral("\\d+ tests?"), true, false});
    CHECK(regex.isValid());
    CHECK(regex.matches(QStringLiteral("1 test, 20 TESTS")) == QList<std::pair<int, int>>{{0, 6}, {8, 8}});
    const LogMatcher broken({QStringLiteral("(unclosed"), true, false});
    CHECK_FALSE(broken.isValid());
    CHECK(broken.error().contains(QStringLiteral("regular expression")));
    CHECK(LogMatcher(literal(QString())).count("anything") == 0);
}

TEST_CASE("A million-line log: the exact count, the matching lines, and searching on as it grows", "[log][search]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.log"));
    Engine::BuildLogWriter writer;
    REQUIRE(writer.create(path));
    // Every 7th line has "needle" twice, every 1000th once more in red, as "\x1b[31mNEEDLE\x1b[0m".
    constexpr int lines = 1000000;
    qint64 expected = 0;
    QByteArray chunk;
    for (int i = 0; i < lines; ++i) {
        chunk += "line " + QByteArray::number(i);
        if (i % 7 == 0) {
            chunk += " needle and needle";
            expected += 2;
        }
        if (i % 1000 == 0) {
            chunk += " \x1b[31mNEEDLE\x1b[0m";
            ++expected;
        }
        chunk += '\n';
        if (chunk.size() > (1 << 20)) {
            REQUIRE(writer.append(Engine::LogLine::Stream::Stdout, chunk.constData(), chunk.size()));
            chunk.clear();
        }
    }
    REQUIRE(writer.append(Engine::LogLine::Stream::Stdout, chunk.constData(), chunk.size()));

    Log::LogSearch search;
    QSignalSpy progressed(&search, &Log::LogSearch::progressed);
    search.start(path, literal(QStringLiteral("needle")));
    finish(search);
    CHECK(search.total() == expected);
    CHECK(search.linesSearched() == lines);
    const QList<Log::LogMatchLine> found = search.lines();
    REQUIRE(found.size() == (lines + 6) / 7 + lines / 1000 - (lines / 7000 + 1));
    CHECK(found.at(0) == Log::LogMatchLine{0, 0});
    CHECK(found.at(1) == Log::LogMatchLine{7, 3});
    CHECK(found.last().before + (found.last().line % 7 == 0 ? 2 : 0) + (found.last().line % 1000 == 0 ? 1 : 0) ==
          expected);
    CHECK_FALSE(progressed.isEmpty());

    // Case matters when asked to.
    search.start(path, literal(QStringLiteral("NEEDLE"), true));
    finish(search);
    CHECK(search.total() == lines / 1000);

    // More lines arrive: the search goes on from where it stopped.
    search.start(path, literal(QStringLiteral("needle")));
    finish(search);
    REQUIRE(writer.append(Engine::LogLine::Stream::Stderr, "one more needle\n", 16));
    search.searchOn();
    finish(search);
    CHECK(search.total() == expected + 1);
    CHECK(search.lines().last().line == lines);
}
