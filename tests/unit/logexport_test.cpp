#include "stringmakers.h"

#include "engine/buildlog.h"
#include "log/logexport.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace BuildDeck;

TEST_CASE("A log is saved as it is, or as the text the view shows, a failed save leaves the target alone", "[log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("build.log"));
    Engine::BuildLogWriter writer;
    REQUIRE(writer.create(path));
    const QByteArray output = "\x1b[32mok\x1b[0m 1\nprogress 10%\rprogress 100%\n\xc3\xa9t\xc3\xa9\nno newline";
    REQUIRE(writer.append(Engine::LogLine::Stream::Stdout, output.constData(), output.size()));

    const QString raw = dir.filePath(QStringLiteral("raw.log"));
    REQUIRE(Log::LogExport::save(path, raw, Log::LogExport::Form::Raw));
    QFile rawFile(raw);
    REQUIRE(rawFile.open(QIODevice::ReadOnly));
    CHECK(rawFile.readAll() == output);

    const QString plain = dir.filePath(QStringLiteral("plain.txt"));
    REQUIRE(Log::LogExport::save(path, plain, Log::LogExport::Form::PlainText));
    QFile plainFile(plain);
    REQUIRE(plainFile.open(QIODevice::ReadOnly));
    CHECK(plainFile.readAll() == "ok 1\nprogress 100%\n\xc3\xa9t\xc3\xa9\nno newline");

    // A target that cannot be written: an error naming it, and nothing else changed.
    const QString blocked = dir.filePath(QStringLiteral("no/such/dir/log.txt"));
    const Result<void> failed = Log::LogExport::save(path, blocked, Log::LogExport::Form::PlainText);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(blocked));
    std::atomic_bool stop{true};
    const Result<void> stopped = Log::LogExport::save(path, plain, Log::LogExport::Form::Raw, &stop);
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    plainFile.seek(0);
    CHECK(plainFile.readAll() == "ok 1\nprogress 100%\n\xc3\xa9t\xc3\xa9\nno newline");
}
