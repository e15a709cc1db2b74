#include "stringmakers.h"

#include "engine/markedstream.h"

using namespace BuildDeck::Engine;

namespace {

struct Split
{
    QByteArray output;
    QList<QByteArray> events;
    int outputCalls = 0;
};

Split split(const QByteArray &stream, qsizetype chunk, bool finish = true)
{
    Split result;
    MarkedStream marked(
        "n0nce",
        [&result](const QByteArray &bytes) {
            result.output += bytes;
            ++result.outputCalls;
        },
        [&result](const QByteArray &event) {
            result.events.append(event);
            result.output += "|"; // where the event was, in the output's order
        });
    for (qsizetype at = 0; at < stream.size(); at += chunk)
        marked.feed(stream.constData() + at, std::min(chunk, stream.size() - at));
    if (finish)
        marked.finish();
    return result;
}

} // namespace

TEST_CASE("Events are taken out of the output in order, whatever the chunking", "[engine]")
{
    const QByteArray stream = "\036n0nce:start:0\036hello\n\036n0nce:end:0:0\036\036n0nce:start:1\036a\036b\n"
                              "\036n0nce:end:1:2\036tail";
    for (const qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(5), qsizetype(13), stream.size()}) {
        INFO("chunk " << chunk);
        const Split result = split(stream, chunk);
        CHECK(result.output == "|hello\n||a\036b\n|tail");
        CHECK(result.events == QList<QByteArray>{"start:0", "end:0:0", "start:1", "end:1:2"});
    }
}

TEST_CASE("Output is passed on at once unless it may start an event", "[engine]")
{
    SECTION("plain output is not held back")
    {
        const Split result = split("progress 50%\r", 100, false);
        CHECK(result.output == "progress 50%\r");
    }
    SECTION("a possible event start waits for the next chunk")
    {
        const Split result = split("line\n\036n0n", 100, false);
        CHECK(result.output == "line\n");
    }
    SECTION("and is output when it was not an event")
    {
        const Split result = split("line\n\036n0nX more", 7);
        CHECK(result.output == "line\n\036n0nX more");
        CHECK(result.events.isEmpty());
    }
    SECTION("another build's nonce is output, not an event")
    {
        const Split result = split("\036other:start:0\036", 4);
        CHECK(result.output == "\036other:start:0\036");
        CHECK(result.events.isEmpty());
    }
    SECTION("an event cut off by the end of the stream is output")
    {
        const Split result = split("x\036n0nce:start:", 3);
        CHECK(result.output == "x\036n0nce:start:");
        CHECK(result.events.isEmpty());
    }
}
