#pragma once

#include "support/result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace BuildDeck::Runtime {

// Where a container engine's API listens: a unix socket or a TCP address (with TLS when the
// Docker TLS variables ask for it), and which rule of ARCHITECTURE §7 named it.
struct EngineEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Runtime::EngineEndpoint)

public:
    enum class Transport
    {
        Unix,
        Tcp
    };

    Transport transport = Transport::Unix;
    QString socketPath; // Unix
    QString host;       // Tcp
    int port = 0;       // Tcp
    bool tls = false;
    bool tlsVerify = false;
    QString certPath; // ca.pem, cert.pem, key.pem
    QString origin;   // "--engine", "BUILDDECK_ENGINE", "DOCKER_HOST" or "default"

    // unix:///path or tcp://host:port, as a user writes it.
    QString url() const;
    // The URL prefix requests go to: http://docker for a socket, http(s)://host:port for TCP.
    QString baseUrl() const;

    // Parses unix:///path, a bare absolute socket path, or tcp://host[:port]. `origin` names where
    // the text came from, so that errors can say which setting to fix. TLS for tcp:// follows
    // DOCKER_TLS, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH like the docker CLI.
    static Result<EngineEndpoint> parse(const QString &text, const QString &origin);
    static EngineEndpoint unixSocket(const QString &path, const QString &origin);
};

} // namespace BuildDeck::Runtime

Q_DECLARE_METATYPE(BuildDeck::Runtime::EngineEndpoint)
