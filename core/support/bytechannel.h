#pragma once

#include <QByteArray>

#include <condition_variable>
#include <mutex>

namespace BuildDeck {

// A bounded pipe between two threads: a producer that pushes bytes (libarchive writing a tar) and
// a consumer that pulls them (libcurl sending a request body). Push blocks while the channel is
// full, so neither side ever holds more than `capacity` bytes; either side can end it.
class ByteChannel final
{
public:
    explicit ByteChannel(qsizetype capacity = 4 * 1024 * 1024);
    ByteChannel(const ByteChannel &) = delete;
    ByteChannel &operator=(const ByteChannel &) = delete;

    // Producer: false when the consumer has aborted (stop producing).
    bool push(const char *data, qsizetype size);
    // Producer: no more data; `failed` makes the consumer see an error instead of the end.
    void close(bool failed = false);

    // Consumer: copies up to `capacity` bytes; 0 at the end, -1 when the producer failed.
    qint64 pull(char *buffer, qint64 capacity);
    // Consumer: gives up; a blocked or later push returns false.
    void abort();

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QByteArray m_buffer;
    qsizetype m_capacity;
    bool m_closed = false;
    bool m_failed = false;
    bool m_aborted = false;
};

} // namespace BuildDeck
