#include "engineinfo.h"

namespace BuildDeck::Runtime {

QJsonObject EngineInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("version"), version},
        {QStringLiteral("apiVersion"), apiVersion},
        {QStringLiteral("minApiVersion"), minApiVersion},
        {QStringLiteral("usedApiVersion"), usedApiVersion},
        {QStringLiteral("os"), os},
        {QStringLiteral("arch"), arch},
        {QStringLiteral("kernelVersion"), kernelVersion},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("endpointOrigin"), endpointOrigin},
        {QStringLiteral("tls"), !unencrypted},
    };
}

} // namespace BuildDeck::Runtime
