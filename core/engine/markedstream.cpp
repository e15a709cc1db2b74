#include "markedstream.h"

namespace BuildDeck::Engine {

MarkedStream::MarkedStream(const QByteArray &nonce, Handler onOutput, Handler onEvent)
    : m_prefix(QByteArray(1, '\036').append(nonce).append(':'))
    , m_onOutput(std::move(onOutput))
    , m_onEvent(std::move(onEvent))
{
}

void MarkedStream::feed(const char *data, qsizetype size)
{
    m_pending.append(data, size);
    scan(false);
}

void MarkedStream::finish()
{
    scan(true);
}

void MarkedStream::scan(bool final)
{
    const auto output = [this](qsizetype count) {
        if (count > 0)
            m_onOutput(m_pending.left(count));
        m_pending.remove(0, count);
    };
    while (true) {
        const qsizetype at = m_pending.indexOf(m_prefix);
        if (at < 0) {
            // Hold back a tail that could be the start of an event.
            const qsizetype tail = m_pending.lastIndexOf('\036');
            const bool partial = !final && tail >= 0 && m_pending.size() - tail < m_prefix.size() &&
                                 m_prefix.startsWith(QByteArrayView(m_pending).sliced(tail));
            output(partial ? tail : m_pending.size());
            return;
        }
        const qsizetype end = m_pending.indexOf('\036', at + m_prefix.size());
        if (end < 0) {
            output(final ? m_pending.size() : at);
            return;
        }
        output(at);
        const qsizetype length = end - at - m_prefix.size();
        const QByteArray event = m_pending.mid(m_prefix.size(), length);
        m_pending.remove(0, m_prefix.size() + length + 1);
        m_onEvent(event);
    }
}

} // namespace BuildDeck::Engine
