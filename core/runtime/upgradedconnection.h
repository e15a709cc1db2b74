#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace BuildDeck::Runtime {

// A connection the engine has taken over after an HTTP upgrade (attach, hijacked exec): raw bytes
// both ways on the same socket, plain or TLS. Made by EngineHttpClient::upgrade; not thread-safe.
class UpgradedConnection final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Runtime::UpgradedConnection)

public:
    // Takes over `curl`, a libcurl easy handle to be connected with CURLOPT_CONNECT_ONLY; `peer`
    // names the endpoint in messages.
    UpgradedConnection(void *curl, QString peer);
    ~UpgradedConnection();
    UpgradedConnection(const UpgradedConnection &) = delete;
    UpgradedConnection &operator=(const UpgradedConnection &) = delete;

    // Sends an HTTP request asking for the upgrade and reads the answer's head; returns its status.
    // Bytes after the head are the stream's start; an error answer's body goes to `refusal`.
    Result<int> handshake(const QByteArray &request, QByteArray *refusal);

    // Writes all of `data`.
    Result<void> send(const QByteArray &data);
    // Waits for bytes and reads up to `capacity` of them; 0 means the engine closed the stream.
    // Ends with ErrorCode::Cancelled soon after `cancel` turns true.
    Result<qint64> receive(char *buffer, qint64 capacity, const std::atomic_bool *cancel = nullptr);

private:
    // Waits until the socket is readable (or writable); false when cancelled.
    bool wait(bool forWriting, const std::atomic_bool *cancel) const;

    void *m_curl;
    QString m_peer; // the endpoint, for messages
    QByteArray m_buffered;
};

} // namespace BuildDeck::Runtime
