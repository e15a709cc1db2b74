#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace BuildDeck::Runtime {

// What a container engine says about itself (GET /version), and where it was reached.
struct EngineInfo
{
    QString name;           // "Docker Engine" or "Podman"
    QString version;        // the engine's own version
    QString apiVersion;     // the highest API version the engine speaks
    QString minApiVersion;  // the lowest
    QString usedApiVersion; // the version BuildDeck talks to it in
    QString os;
    QString arch;
    QString kernelVersion;
    QString endpoint;         // unix:///... or tcp://...
    QString endpointOrigin;   // which rule chose the endpoint
    bool unencrypted = false; // tcp:// without TLS: whoever reaches the port controls the engine

    bool isPodman() const { return name == QStringLiteral("Podman"); }
    QJsonObject toJson() const;

    friend bool operator==(const EngineInfo &, const EngineInfo &) = default;
};

} // namespace BuildDeck::Runtime

Q_DECLARE_METATYPE(BuildDeck::Runtime::EngineInfo)
