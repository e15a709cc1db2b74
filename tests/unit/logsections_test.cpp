#include "stringmakers.h"

#include "engine/buildlog.h"
#include "log/logsections.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace BuildDeck;
using Engine::LogLine;
using Log::LogSection;
using Log::LogSectionScanner;

namespace {

// Feeds `lines` (stream, text) to a scanner, one second apart.
LogSectionScanner scanned(const QList<std::pair<LogLine::Stream, QByteArray>> &lines)
{
    LogSectionScanner scanner;
    for (qsizetype i = 0; i < lines.size(); ++i)
        scanner.addLine(i, lines.at(i).second, lines.at(i).first, i * 1000);
    return scanner;
}

constexpr auto agent = LogLine::Stream::Agent;
constexpr auto out = LogLine::Stream::Stdout;

} // namespace

TEST_CASE("Phases are sections from their agent line to the next phase, with status and duration", "[log]")
{
    const LogSectionScanner scanner = scanned({
        {agent, "[Container] 2026/11/25 04:33:10.000000 Waiting for agent ping"},
        {agent, "[Container] 2026/11/25 04:33:10.000000 Entering phase INSTALL"},
        {out, "installing"},
        {agent, "[Container] 2026/11/25 04:33:12.000000 Phase complete: INSTALL State: SUCCEEDED"},
        {agent, "[Container] 2026/11/25 04:33:12.000000 Phase context status code:  Message: "},
        {agent, "[Container] 2026/11/25 04:33:12.000000 Entering phase BUILD"},
        {out, "Entering phase FAKE (printed by a command, not the agent)"},
        {out, "make: *** [all] Error 2"},
    });
    const QList<LogSection> &sections = scanner.sections();
    REQUIRE(sections.size() == 2);
    CHECK(sections.at(0).kind == LogSection::Kind::Phase);
    CHECK(sections.at(0).title == QStringLiteral("INSTALL"));
    CHECK(sections.at(0).first == 1);
    CHECK(sections.at(0).last == 4); // the context line stays inside
    CHECK(sections.at(0).status == QStringLiteral("SUCCEEDED"));
    CHECK(sections.at(0).durationMs == 2000);
    CHECK(sections.at(1).title == QStringLiteral("BUILD"));
    CHECK(sections.at(1).isOpen()); // still running
    CHECK(sections.at(1).end(8) == 7);
    CHECK(sections.at(1).status.isEmpty());
}

TEST_CASE("GitHub Actions groups and GitLab sections fold, nested inside the phase", "[log]")
{
    const LogSectionScanner scanner = scanned({
        {agent, "[Container] 2026/11/25 04:33:10.000000 Entering phase BUILD"},
        {out, "::group::Compiling"},
        {out, "cc -c a.c"},
        {out, "::group::Linking"},
        {out, "ld a.o"},
        {out, "::endgroup::"},
        {out, "::endgroup::"},
        {out, "\x1b[0Ksection_start:1560896352:tests[collapsed=true]\r\x1b[0K\x1b[1mRunning the tests\x1b[0m"},
        {out, "ok 1"},
        {out, "\x1b[0Ksection_end:1560896353:tests\r\x1b[0K"},
        {out, "::endgroup::"}, // an end with no group: nothing happens
    });
    const QList<LogSection> &sections = scanner.sections();
    REQUIRE(sections.size() == 4);
    CHECK(sections.at(1).title == QStringLiteral("Compiling"));
    CHECK(sections.at(1).depth == 1);
    CHECK(sections.at(1).first == 1);
    CHECK(sections.at(1).last == 6);
    CHECK(sections.at(1).startsCollapsed);
    CHECK(sections.at(2).title == QStringLiteral("Linking"));
    CHECK(sections.at(2).depth == 2);
    CHECK(sections.at(2).last == 5);
    CHECK(sections.at(2).durationMs == 2000);
    CHECK(sections.at(3).title == QStringLiteral("Running the tests"));
    CHECK(sections.at(3).first == 7);
    CHECK(sections.at(3).last == 9);
    CHECK(sections.at(3).startsCollapsed);
    CHECK(sections.at(0).isOpen());
}

TEST_CASE("A growing log is scanned on from where the scan stopped, through its index", "[log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("build.log"));
    Engine::BuildLogWriter writer;
    REQUIRE(writer.create(path));
    REQUIRE(writer.appendAgentLine(QStringLiteral("Entering phase BUILD")));
    REQUIRE(writer.append(out, "::group::one\nx\n", 15));
    Engine::BuildLogReader reader;
    REQUIRE(reader.open(path));
    LogSectionScanner scanner;
    REQUIRE(scanner.scan(reader, reader.lineCount()));
    CHECK(scanner.sections().size() == 2);
    CHECK(scanner.sections().at(1).isOpen());

    REQUIRE(writer.append(out, "::endgroup::\n", 13));
    reader.refresh();
    REQUIRE(scanner.scan(reader, reader.lineCount()));
    REQUIRE(scanner.sections().size() == 2);
    CHECK(scanner.sections().at(1).last == 3);
    CHECK(scanner.linesScanned() == reader.lineCount());
}
