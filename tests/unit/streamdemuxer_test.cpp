#include "stringmakers.h"

#include "runtime/streamdemuxer.h"

using namespace BuildDeck::Runtime;

namespace {

QByteArray frame(char stream, const QByteArray &payload)
{
    QByteArray bytes(8, '\0');
    bytes[0] = stream;
    const quint32 size = quint32(payload.size());
    bytes[4] = char(size >> 24);
    bytes[5] = char(size >> 16);
    bytes[6] = char(size >> 8);
    bytes[7] = char(size);
    return bytes + payload;
}

} // namespace

TEST_CASE("The exec stream is split into stdout and stderr whatever the chunking", "[runtime]")
{
    const QByteArray stream = frame(1, "hello\n") + frame(2, "oops\n") + frame(1, QByteArray(70000, 'x')) +
                              frame(0, "echo\n") + frame(3, "daemon error");
    for (const qsizetype chunk :
         {qsizetype(1), qsizetype(3), qsizetype(7), qsizetype(8), qsizetype(4096), stream.size()}) {
        QByteArray out;
        QByteArray err;
        StreamDemuxer demuxer([&](OutputStream which, const char *data, qint64 size) {
            (which == OutputStream::Stdout ? out : err).append(data, size);
        });
        for (qsizetype at = 0; at < stream.size(); at += chunk)
            demuxer.feed(stream.constData() + at, std::min(chunk, stream.size() - at));
        INFO(chunk);
        CHECK(out == "hello\n" + QByteArray(70000, 'x') + "echo\n");
        CHECK(err == "oops\ndaemon error");
        CHECK_FALSE(demuxer.truncated());
    }
    StreamDemuxer cut([](OutputStream, const char *, qint64) {});
    cut.feed(stream.constData(), 10);
    CHECK(cut.truncated());
}
