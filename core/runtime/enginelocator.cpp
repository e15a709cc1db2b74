#include "enginelocator.h"

#include "dockerengineruntime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

namespace BuildDeck::Runtime {

Result<QList<EngineEndpoint>> EngineLocator::candidates(const QString &engineOption)
{
    const QList<QPair<QString, QString>> named = {
        {QStringLiteral("--engine"), engineOption},
        {QStringLiteral("BUILDDECK_ENGINE"), qEnvironmentVariable("BUILDDECK_ENGINE")},
        {QStringLiteral("DOCKER_HOST"), qEnvironmentVariable("DOCKER_HOST")},
    };
    for (const auto &[origin, value] : named) {
        if (value.isEmpty())
            continue;
        const Result<EngineEndpoint> endpoint = EngineEndpoint::parse(value, origin);
        if (!endpoint)
            return endpoint.error();
        return QList<EngineEndpoint>{*endpoint};
    }

    const QString defaultOrigin = QStringLiteral("default");
    QList<EngineEndpoint> defaults{EngineEndpoint::unixSocket(QStringLiteral("/var/run/docker.sock"), defaultOrigin)};
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty())
        defaults.append(EngineEndpoint::unixSocket(runtimeDir + QStringLiteral("/podman/podman.sock"), defaultOrigin));
    defaults.append(EngineEndpoint::unixSocket(QStringLiteral("/run/podman/podman.sock"), defaultOrigin));
    return defaults;
}

Result<EngineConnection> EngineLocator::connect(const QList<EngineEndpoint> &candidates,
                                                std::chrono::milliseconds budget)
{
    QElapsedTimer clock;
    clock.start();
    QStringList failures;
    for (const EngineEndpoint &endpoint : candidates) {
        const auto left = budget - std::chrono::milliseconds(clock.elapsed());
        if (left < std::chrono::milliseconds(50)) {
            failures.append(tr("  %1 (%2): not tried, the time allowed ran out").arg(endpoint.url(), endpoint.origin));
            continue;
        }
        auto runtime = std::make_unique<DockerEngineRuntime>(endpoint);
        runtime->setRequestTimeout(left);
        Result<EngineInfo> info = runtime->version();
        if (info) {
            runtime->setRequestTimeout(std::chrono::seconds(30));
            return EngineConnection{std::move(runtime), std::move(info).value()};
        }
        // The runtime's messages start with the endpoint; the list names it once.
        QString reason = info.error().message;
        const QString prefix = endpoint.url() + QStringLiteral(": ");
        if (reason.startsWith(prefix))
            reason = reason.mid(prefix.size());
        failures.append(QStringLiteral("  %1 (%2): %3").arg(endpoint.url(), endpoint.origin, reason));
    }

    const QString message =
        tr("No container engine answered. Tried:\n%1\n"
           "Start one: as root run 'dockerd &' (or 'systemctl start docker'), or for Podman "
           "'systemctl --user start podman.socket'; 'scripts/dev.sh engine' does it for you. Or name a running "
           "engine with --engine URL or BUILDDECK_ENGINE=URL (unix:///path/to/engine.sock or tcp://host:port).")
            .arg(failures.join(QLatin1Char('\n')));
    return makeError(ErrorCode::Unavailable, message);
}

Result<EngineInfo> EngineLocator::probe(const QList<EngineEndpoint> &candidates, std::chrono::milliseconds budget)
{
    Result<EngineConnection> connection = connect(candidates, budget);
    if (!connection)
        return connection.error();
    return connection->info;
}

} // namespace BuildDeck::Runtime
