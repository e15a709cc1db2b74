#include "dockerengineruntime.h"

#include "support/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QVersionNumber>

namespace BuildDeck::Runtime {

namespace {

Result<QJsonObject> parseObject(const HttpResponse &response, const QString &endpoint, const QString &what)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(ErrorCode::Protocol, DockerEngineRuntime::tr("%1: the answer to %2 is not a JSON object (%3)")
                                                  .arg(endpoint, what, parseError.errorString()));
    }
    return document.object();
}

} // namespace

DockerEngineRuntime::DockerEngineRuntime(EngineEndpoint endpoint)
    : m_http(std::move(endpoint))
{
}

Error DockerEngineRuntime::errorFromResponse(const HttpResponse &response, const QString &what) const
{
    // Docker answers {"message": ...}; Podman adds "cause" and "response".
    QString message = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(response.body).trimmed();
    if (message.isEmpty())
        message = tr("no details given");
    const ErrorCode code = response.status == 404 ? ErrorCode::NotFound : ErrorCode::Remote;
    return makeError(
        code,
        tr("%1: %2 failed with HTTP %3: %4").arg(m_http.endpoint().url(), what).arg(response.status).arg(message));
}

Result<void> DockerEngineRuntime::ping()
{
    Result<HttpResponse> response = m_http.request("HEAD", QStringLiteral("/_ping"), {}, {}, m_timeout);
    if (response && response->status != 200)
        response = m_http.request("GET", QStringLiteral("/_ping"), {}, {}, m_timeout);
    if (!response)
        return response.error();
    if (response->status != 200)
        return errorFromResponse(*response, QStringLiteral("/_ping"));
    return {};
}

Result<EngineInfo> DockerEngineRuntime::version()
{
    const Result<HttpResponse> response = m_http.request("GET", QStringLiteral("/version"), {}, {}, m_timeout);
    if (!response)
        return response.error();
    if (response->status != 200)
        return errorFromResponse(*response, QStringLiteral("/version"));
    const Result<QJsonObject> parsed = parseObject(*response, m_http.endpoint().url(), QStringLiteral("/version"));
    if (!parsed)
        return parsed.error();
    const QJsonObject &object = *parsed;

    EngineInfo info;
    const QJsonArray components = object.value(QStringLiteral("Components")).toArray();
    const QString componentName =
        components.isEmpty() ? QString() : components.first().toObject().value(QStringLiteral("Name")).toString();
    const bool podman =
        componentName == QStringLiteral("Podman Engine") || !response->header("Libpod-Api-Version").isEmpty();
    info.name = podman ? QStringLiteral("Podman") : QStringLiteral("Docker Engine");
    info.version = object.value(QStringLiteral("Version")).toString();
    info.apiVersion = object.value(QStringLiteral("ApiVersion")).toString();
    info.minApiVersion = object.value(QStringLiteral("MinAPIVersion")).toString();
    info.os = object.value(QStringLiteral("Os")).toString();
    info.arch = object.value(QStringLiteral("Arch")).toString();
    info.kernelVersion = object.value(QStringLiteral("KernelVersion")).toString();
    info.endpoint = m_http.endpoint().url();
    info.endpointOrigin = m_http.endpoint().origin;

    const QVersionNumber preferred = QVersionNumber::fromString(QLatin1String(preferredApiVersion));
    const QVersionNumber highest = QVersionNumber::fromString(info.apiVersion);
    const QVersionNumber lowest = QVersionNumber::fromString(info.minApiVersion);
    if (highest.isNull()) {
        return makeError(ErrorCode::Protocol, tr("%1 answered /version without an ApiVersion; it does not look like "
                                                 "a Docker-compatible engine.")
                                                  .arg(info.endpoint));
    }
    QVersionNumber used = std::min(preferred, highest);
    if (!lowest.isNull() && lowest > used)
        used = lowest; // the engine dropped our version; speak its oldest and accept newer semantics
    info.usedApiVersion = used.toString();
    m_apiVersion = info.usedApiVersion;
    qCDebug(lcRuntime) << "engine" << info.name << info.version << "API" << info.usedApiVersion << "at"
                       << info.endpoint;
    return info;
}

Result<QString> DockerEngineRuntime::apiPrefix()
{
    if (m_apiVersion.isEmpty()) {
        const Result<EngineInfo> info = version();
        if (!info)
            return info.error();
    }
    return QString(QStringLiteral("/v") + m_apiVersion);
}

Result<ImageInfo> DockerEngineRuntime::inspectImage(const QString &reference)
{
    if (reference.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("No image name was given to inspect."));
    const Result<QString> prefix = apiPrefix();
    if (!prefix)
        return prefix.error();
    // The route matches the rest of the path, so '/' and ':' in the name stay as they are.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(reference, "/:@"));
    const QString path = *prefix + QStringLiteral("/images/%1/json").arg(encoded);
    const Result<HttpResponse> response = m_http.request("GET", path, {}, {}, m_timeout);
    if (!response)
        return response.error();
    if (response->status != 200)
        return errorFromResponse(*response, tr("inspecting image %1").arg(reference));
    const Result<QJsonObject> parsed = parseObject(*response, m_http.endpoint().url(), path);
    if (!parsed)
        return parsed.error();

    ImageInfo image;
    image.id = parsed->value(QStringLiteral("Id")).toString();
    const QJsonArray tags = parsed->value(QStringLiteral("RepoTags")).toArray();
    for (const QJsonValue &tag : tags)
        image.repoTags.append(tag.toString());
    image.architecture = parsed->value(QStringLiteral("Architecture")).toString();
    image.os = parsed->value(QStringLiteral("Os")).toString();
    image.created = parsed->value(QStringLiteral("Created")).toString();
    image.size = parsed->value(QStringLiteral("Size")).toInteger();
    return image;
}

} // namespace BuildDeck::Runtime
