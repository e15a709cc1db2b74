#include "upgradedconnection.h"

#include <curl/curl.h>

#include <cstring>

#include <poll.h>

namespace BuildDeck::Runtime {

UpgradedConnection::UpgradedConnection(void *curl, QString peer)
    : m_curl(curl)
    , m_peer(std::move(peer))
{
}

UpgradedConnection::~UpgradedConnection()
{
    curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

bool UpgradedConnection::wait(bool forWriting, const std::atomic_bool *cancel) const
{
    curl_socket_t socket = CURL_SOCKET_BAD;
    curl_easy_getinfo(static_cast<CURL *>(m_curl), CURLINFO_ACTIVESOCKET, &socket);
    pollfd descriptor{socket, short(forWriting ? POLLOUT : POLLIN), 0};
    while (!(cancel && cancel->load())) {
        // Wake up now and then to notice a cancellation.
        if (poll(&descriptor, 1, 100) != 0)
            return true;
    }
    return false;
}

Result<int> UpgradedConnection::handshake(const QByteArray &request, QByteArray *refusal)
{
    if (Result<void> sent = send(request); !sent)
        return sent.error();
    QByteArray head;
    char buffer[4096];
    qsizetype end = -1;
    while ((end = head.indexOf("\r\n\r\n")) < 0) {
        const Result<qint64> count = receive(buffer, sizeof buffer);
        if (!count)
            return count.error();
        if (*count == 0 || head.size() > 64 * 1024)
            return makeError(ErrorCode::Protocol, tr("%1 closed the connection without answering").arg(m_peer));
        head.append(buffer, *count);
    }
    const int status = head.left(head.indexOf("\r\n")).split(' ').value(1).toInt();
    m_buffered = head.mid(end + 4);
    if (status != 101 && status != 200 && refusal)
        *refusal = m_buffered;
    return status;
}

Result<void> UpgradedConnection::send(const QByteArray &data)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        size_t count = 0;
        const CURLcode code =
            curl_easy_send(static_cast<CURL *>(m_curl), data.constData() + sent, size_t(data.size() - sent), &count);
        if (code == CURLE_AGAIN) {
            wait(true, nullptr);
            continue;
        }
        if (code != CURLE_OK)
            return makeError(
                ErrorCode::Unavailable,
                tr("%1: sending to the engine failed: %2").arg(m_peer, QString::fromLatin1(curl_easy_strerror(code))));
        sent += qsizetype(count);
    }
    return {};
}

Result<qint64> UpgradedConnection::receive(char *buffer, qint64 capacity, const std::atomic_bool *cancel)
{
    if (!m_buffered.isEmpty()) {
        const qint64 count = std::min<qint64>(capacity, m_buffered.size());
        std::memcpy(buffer, m_buffered.constData(), size_t(count));
        m_buffered.remove(0, count);
        return count;
    }
    while (true) {
        size_t count = 0;
        const CURLcode code = curl_easy_recv(static_cast<CURL *>(m_curl), buffer, size_t(capacity), &count);
        if (code == CURLE_OK)
            return qint64(count);
        if (code != CURLE_AGAIN)
            return makeError(
                ErrorCode::Unavailable,
                tr("%1: the engine's stream broke off: %2").arg(m_peer, QString::fromLatin1(curl_easy_strerror(code))));
        if (!wait(false, cancel))
            return makeError(ErrorCode::Cancelled, tr("%1: the transfer was stopped").arg(m_peer));
    }
}

} // namespace BuildDeck::Runtime
