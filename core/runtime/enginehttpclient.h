#pragma once

#include "engineendpoint.h"
#include "support/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <chrono>
#include <memory>

namespace BuildDeck::Runtime {

struct HttpResponse
{
    long status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
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

    // Sends a request and collects the whole answer. Fails with Unavailable when nothing answers,
    // Timeout when the answer is late; an HTTP error status is a response, not a failure.
    Result<HttpResponse> request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                                 const QByteArray &contentType = {},
                                 std::chrono::milliseconds timeout = std::chrono::seconds(30));

private:
    EngineEndpoint m_endpoint;
    void *m_curl = nullptr;
};

} // namespace BuildDeck::Runtime
