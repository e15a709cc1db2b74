#include "streamdemuxer.h"

namespace BuildDeck::Runtime {

StreamDemuxer::StreamDemuxer(Sink sink)
    : m_sink(std::move(sink))
{
}

void StreamDemuxer::feed(const char *data, qint64 size)
{
    m_pending.append(data, size);
    qsizetype offset = 0;
    while (m_pending.size() - offset >= 8) {
        const auto *header = reinterpret_cast<const unsigned char *>(m_pending.constData() + offset);
        const quint32 length =
            (quint32(header[4]) << 24) | (quint32(header[5]) << 16) | (quint32(header[6]) << 8) | quint32(header[7]);
        if (quint64(m_pending.size() - offset - 8) < length)
            break;
        // 0 (stdin echoed) counts as stdout; 3 (daemon error) as stderr.
        const OutputStream stream = header[0] >= 2 ? OutputStream::Stderr : OutputStream::Stdout;
        if (length > 0)
            m_sink(stream, m_pending.constData() + offset + 8, qint64(length));
        offset += 8 + qsizetype(length);
    }
    m_pending.remove(0, offset);
}

} // namespace BuildDeck::Runtime
