#include "engineendpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

namespace BuildDeck::Runtime {

namespace {

// sockaddr_un.sun_path holds 108 bytes including the terminating NUL.
constexpr int maxSocketPathLength = 107;

} // namespace

QString EngineEndpoint::url() const
{
    if (transport == Transport::Unix)
        return QStringLiteral("unix://") + socketPath;
    return QStringLiteral("tcp://%1:%2").arg(host).arg(port);
}

QString EngineEndpoint::baseUrl() const
{
    if (transport == Transport::Unix)
        return QStringLiteral("http://docker");
    const QString scheme = tls ? QStringLiteral("https") : QStringLiteral("http");
    const QString hostPart = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1://%2:%3").arg(scheme, hostPart).arg(port);
}

EngineEndpoint EngineEndpoint::unixSocket(const QString &path, const QString &origin)
{
    EngineEndpoint endpoint;
    endpoint.transport = Transport::Unix;
    endpoint.socketPath = path;
    endpoint.origin = origin;
    return endpoint;
}

Result<EngineEndpoint> EngineEndpoint::parse(const QString &text, const QString &origin)
{
    const QString trimmed = text.trimmed();
    const QString howToWrite = tr("Write unix:///path/to/engine.sock or tcp://host:port.");
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("%1 is empty. %2").arg(origin, howToWrite));

    if (trimmed.startsWith(QLatin1Char('/')) || trimmed.startsWith(QStringLiteral("unix://"))) {
        const QString path = trimmed.startsWith(QLatin1Char('/')) ? trimmed : trimmed.mid(7);
        if (!path.startsWith(QLatin1Char('/'))) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1: the socket path in '%2' must be absolute. %3").arg(origin, trimmed, howToWrite));
        }
        const QString clean = QDir::cleanPath(path);
        if (clean.toLocal8Bit().size() > maxSocketPathLength) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1: the socket path '%2' is longer than %3 bytes, which Linux cannot connect to; "
                                "link the socket from a shorter path.")
                                 .arg(origin, clean)
                                 .arg(maxSocketPathLength));
        }
        return unixSocket(clean, origin);
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("ssh")) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1: ssh:// engines are reached through a forwarded socket: run 'ssh -N -L "
                            "/tmp/builddeck-engine.sock:/var/run/docker.sock HOST' and use "
                            "unix:///tmp/builddeck-engine.sock.")
                             .arg(origin));
    }
    if (scheme != QStringLiteral("tcp") && scheme != QStringLiteral("http") && scheme != QStringLiteral("https")) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1: '%2' is not an engine address. %3").arg(origin, trimmed, howToWrite));
    }
    if (!url.isValid() || url.host().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1: '%2' has no host name. %3").arg(origin, trimmed, howToWrite));
    }
    if (!url.path().isEmpty() && url.path() != QStringLiteral("/")) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1: '%2' must not have a path after the port. %3").arg(origin, trimmed, howToWrite));
    }

    EngineEndpoint endpoint;
    endpoint.transport = Transport::Tcp;
    endpoint.host = url.host();
    endpoint.origin = origin;
    endpoint.tlsVerify = !qEnvironmentVariable("DOCKER_TLS_VERIFY").isEmpty();
    endpoint.tls =
        scheme == QStringLiteral("https") || endpoint.tlsVerify || !qEnvironmentVariable("DOCKER_TLS").isEmpty();
    endpoint.certPath = qEnvironmentVariable("DOCKER_CERT_PATH");
    if (endpoint.certPath.isEmpty())
        endpoint.certPath = QDir::homePath() + QStringLiteral("/.docker");
    endpoint.port = url.port(endpoint.tls ? 2376 : 2375);
    if (endpoint.port <= 0 || endpoint.port > 65535) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1: the port in '%2' must be between 1 and 65535.").arg(origin, trimmed));
    }
    return endpoint;
}

} // namespace BuildDeck::Runtime
