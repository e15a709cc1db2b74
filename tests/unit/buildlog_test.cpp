#include "stringmakers.h"

#include "engine/buildlog.h"

#include <QFile>
#include <QTemporaryDir>

using namespace BuildDeck::Engine;

TEST_CASE("The build log keeps raw bytes and indexes lines by stream and time", "[log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logs/project/build.log"));
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-11-24T10:00:00.000Z"), Qt::ISODateWithMs);
    BuildLogWriter writer;
    REQUIRE(writer.create(path, start));
    REQUIRE(writer.appendAgentLine(QStringLiteral("Entering phase BUILD"), start.addMSecs(1500)));
    REQUIRE(writer.append(LogLine::Stream::Stdout, "one\ntw", 6));
    REQUIRE(writer.append(LogLine::Stream::Stdout, "o\n\x1b[31mred\x1b[0m\n", 15));
    REQUIRE(writer.append(LogLine::Stream::Stderr, "warning: x\n", 11));
    REQUIRE(writer.append(LogLine::Stream::Stdout, "no newline", 10));
    REQUIRE(writer.appendAgentLine(QStringLiteral("Phase complete: BUILD State: SUCCEEDED"), start.addSecs(3)));

    QFile raw(path);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK(raw.readAll() == "[Container] 2026/11/24 10:00:01.500000 Entering phase BUILD\n"
                           "one\ntwo\n\x1b[31mred\x1b[0m\nwarning: x\nno newline\n"
                           "[Container] 2026/11/24 10:00:03.000000 Phase complete: BUILD State: SUCCEEDED\n");

    BuildLogReader reader;
    REQUIRE(reader.open(path));
    CHECK(reader.start() == start);
    REQUIRE(reader.lineCount() == 7);
    CHECK(reader.text(0) == "[Container] 2026/11/24 10:00:01.500000 Entering phase BUILD");
    CHECK(reader.line(0).stream == LogLine::Stream::Agent);
    CHECK(reader.line(0).time == start.addMSecs(1500));
    CHECK(reader.text(1) == "one");
    CHECK(reader.text(2) == "two");
    CHECK(reader.text(3) == "\x1b[31mred\x1b[0m");
    CHECK(reader.line(4).stream == LogLine::Stream::Stderr);
    CHECK(reader.text(4) == "warning: x");
    CHECK(reader.text(5) == "no newline");
    CHECK(reader.line(6).stream == LogLine::Stream::Agent);
    CHECK(reader.text(6).endsWith("State: SUCCEEDED"));
    CHECK(reader.text(7).isEmpty());
}

TEST_CASE("A reader follows a growing log", "[log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("build.log"));
    BuildLogWriter writer;
    REQUIRE(writer.create(path));
    REQUIRE(writer.append(LogLine::Stream::Stdout, "first\n", 6));
    BuildLogReader reader;
    REQUIRE(reader.open(path));
    CHECK(reader.lineCount() == 1);
    REQUIRE(writer.append(LogLine::Stream::Stdout, "second\nthird\n", 13));
    reader.refresh();
    CHECK(reader.lineCount() == 3);
    CHECK(reader.text(2) == "third");

    // Output whose index records are not written yet is not part of the last line.
    QFile log(path);
    REQUIRE(log.open(QIODevice::Append));
    log.write("fourth\nfif");
    log.close();
    reader.refresh();
    CHECK(reader.lineCount() == 3);
    CHECK(reader.text(2) == "third");
    CHECK(reader.offset(3) == 19);
    CHECK(reader.bytes(0, 2) == "first\nsecond\nthird\n");

    // A last line still being written shows what there is of it.
    REQUIRE(writer.append(LogLine::Stream::Stdout, "sixth", 5));
    reader.refresh();
    CHECK(reader.text(reader.lineCount() - 1).startsWith("sixth"));
}

TEST_CASE("Logs are never overwritten, and a damaged index is refused", "[log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("build.log"));
    {
        BuildLogWriter writer;
        REQUIRE(writer.create(path));
    }
    BuildLogWriter again;
    CHECK_FALSE(again.create(path));

    QFile index(BuildLogWriter::indexPath(path));
    REQUIRE(index.open(QIODevice::WriteOnly));
    index.write("garbage garbage!");
    index.close();
    BuildLogReader reader;
    const auto opened = reader.open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().message.contains(QStringLiteral("not a BuildDeck log index")));
}

TEST_CASE("A forged index never makes the reader go outside the log", "[log]")
{
    // Found by the log index fuzz target: a record whose offset lies far past the log's end, and
    // others that go backwards.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("forged.log"));
    const QByteArray log = "first line\nsecond line\nthird\n";
    QByteArray index("BDLX\x01\x00\x00\x00\x00\x68\xe5\xcf\x8b\x01\x00\x00", 16);
    const auto record = [&index](quint64 offset) {
        for (int byte = 0; byte < 8; ++byte)
            index.append(char(offset >> (8 * byte)));
        index.append(QByteArray(8, '\0'));
    };
    record(0);
    record(0x0005000000000000ULL); // past the end
    record(11);                    // backwards
    record(3);
    for (const auto &[file, content] : {std::pair{path, log}, std::pair{BuildLogWriter::indexPath(path), index}}) {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    BuildLogReader reader;
    REQUIRE(reader.open(path));
    REQUIRE(reader.lineCount() == 4);
    for (qint64 i = 0; i < reader.lineCount(); ++i) {
        const LogLine line = reader.line(i);
        INFO(i);
        CHECK(line.offset >= 0);
        CHECK(line.offset + line.length <= log.size());
        CHECK(reader.text(i).size() <= line.length);
    }
    qint64 visited = 0;
    reader.readLines(0, reader.lineCount(), [&](qint64, QByteArrayView text, bool) {
        CHECK(text.size() <= log.size());
        ++visited;
    });
    CHECK(visited == 4);
    CHECK(reader.text(0) == "first line");
}
