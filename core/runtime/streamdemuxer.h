#pragma once

#include "containerspec.h"

#include <QByteArray>

#include <functional>

namespace BuildDeck::Runtime {

// Splits the Docker Engine's multiplexed exec stream (8-byte frame headers: stream, 0, 0, 0,
// big-endian length) into stdout and stderr, whatever the chunks it arrives in.
class StreamDemuxer final
{
public:
    using Sink = std::function<void(OutputStream stream, const char *data, qint64 size)>;

    explicit StreamDemuxer(Sink sink);

    void feed(const char *data, qint64 size);
    // True when the stream ended in the middle of a frame.
    bool truncated() const { return !m_pending.isEmpty(); }

private:
    Sink m_sink;
    QByteArray m_pending;
};

} // namespace BuildDeck::Runtime
