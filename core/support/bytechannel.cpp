#include "bytechannel.h"

#include <cstring>

namespace BuildDeck {

ByteChannel::ByteChannel(qsizetype capacity)
    : m_capacity(capacity)
{
}

bool ByteChannel::push(const char *data, qsizetype size)
{
    std::unique_lock lock(m_mutex);
    while (size > 0) {
        m_changed.wait(lock, [this] { return m_aborted || m_buffer.size() < m_capacity; });
        if (m_aborted)
            return false;
        const qsizetype chunk = std::min(size, m_capacity - m_buffer.size());
        m_buffer.append(data, chunk);
        data += chunk;
        size -= chunk;
        m_changed.notify_all();
    }
    return true;
}

void ByteChannel::close(bool failed)
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_failed = failed;
    m_changed.notify_all();
}

qint64 ByteChannel::pull(char *buffer, qint64 capacity)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_buffer.isEmpty() || m_closed; });
    if (m_buffer.isEmpty())
        return m_failed ? -1 : 0;
    const qsizetype count = std::min<qsizetype>(capacity, m_buffer.size());
    std::memcpy(buffer, m_buffer.constData(), size_t(count));
    m_buffer.remove(0, count);
    m_changed.notify_all();
    return count;
}

void ByteChannel::abort()
{
    std::lock_guard lock(m_mutex);
    m_aborted = true;
    m_changed.notify_all();
}

} // namespace BuildDeck
