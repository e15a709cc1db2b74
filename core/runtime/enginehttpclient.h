#pragma once

#include "engineendpoint.h"
#include "support/result.h"
#include "upgradedconnection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace BuildDeck::Runtime {

struct HttpResponse
{
    long status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// Streamed request and response bodies, for archives, pulls and exec output.
struct HttpStreaming
{
    // Supplies the request body: fills up to `capacity` bytes, returns the count, 0 at the end, -1
    // to abort. The method is sent as given (PUT, POST) with this body.
    std::function<qint64(char *buffer, qint64 capacity)> readBody;
    qint64 bodySize = -1; // -1: unknown, sent chunked
    // Receives a successful response's body as it arrives; returning false aborts the transfer.
    // Error responses (status >= 300) are still collected into HttpResponse::body.
    std::function<bool(const char *data, qint64 size)> onData;
    // Checked while the transfer runs; when it turns true the transfer ends with Cancelled.
    const std::atomic_bool *cancel = nullptr;
};

// HTTP/1.1 to one engine endpoint through libcurl: a unix socket, plain TCP, or TCP with TLS.
// One instance keeps its connection open between requests; it is not thread-safe, so each
// thread that talks to an engine owns its own client.
class EngineHttpClient final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Runtime::EngineHttpClient)

public:
    explicit EngineHttpClient(EngineEndpoint endpoint);
    ~EngineHttpClient();
    EngineHttpClient(const EngineHttpClient &) = delete;
    EngineHttpClient &operator=(const EngineHttpClient &) = delete;

    const EngineEndpoint &endpoint() const { return m_endpoint; }

    // Sends a request and collects the whole answer (or streams it, see HttpStreaming). Fails with
    // Unavailable when nothing answers, Timeout when the answer is late (a zero timeout waits for
    // ever), Cancelled when stopped; an HTTP error status is a response, not a failure.
    Result<HttpResponse> request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                                 const QByteArray &contentType = {},
                                 std::chrono::milliseconds timeout = std::chrono::seconds(30),
                                 const HttpStreaming &streaming = {});

    // Opens a new connection for `path` (an API path with its version) and asks the engine to take
    // it over (Connection: Upgrade): attach and hijacked exec. HTTP errors are failures here.
    Result<std::unique_ptr<UpgradedConnection>> upgrade(const QString &path);

private:
    EngineEndpoint m_endpoint;
    void *m_curl = nullptr;
};

} // namespace BuildDeck::Runtime
