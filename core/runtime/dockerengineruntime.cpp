#include "dockerengineruntime.h"

#include "streamdemuxer.h"

#include "support/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimeZone>
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
    info.unencrypted = m_http.endpoint().transport == EngineEndpoint::Transport::Tcp && !m_http.endpoint().tls;

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

namespace BuildDeck::Runtime {

namespace {

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// "name:tag" or "name@digest" into the pull's fromImage and tag (default "latest").
QPair<QString, QString> splitReference(const QString &reference)
{
    const qsizetype at = reference.indexOf(QLatin1Char('@'));
    if (at >= 0)
        return {reference.left(at), reference.mid(at + 1)};
    const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
    if (colon > reference.lastIndexOf(QLatin1Char('/')))
        return {reference.left(colon), reference.mid(colon + 1)};
    return {reference, QStringLiteral("latest")};
}

// The body of a streamed image answer (pull, import): one JSON object per line, each passed to
// `each`; an error can arrive in the stream after the 200, and is kept in `error`.
std::function<bool(const char *, qint64)> jsonLineReader(QString &error, std::function<void(const QJsonObject &)> each)
{
    return [&error, each = std::move(each), pending = QByteArray()](const char *data, qint64 size) mutable {
        pending.append(data, size);
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QJsonObject line = QJsonDocument::fromJson(pending.left(newline)).object();
            pending.remove(0, newline + 1);
            const QString detail =
                line.value(QStringLiteral("errorDetail")).toObject().value(QStringLiteral("message")).toString();
            if (!detail.isEmpty() || line.contains(QStringLiteral("error")))
                error = detail.isEmpty() ? line.value(QStringLiteral("error")).toString() : detail;
            else
                each(line);
        }
        return true;
    };
}

} // namespace

Result<HttpResponse> DockerEngineRuntime::call(const QByteArray &method, const QString &path,
                                               const QByteArray &jsonBody, const QString &what,
                                               std::initializer_list<long> okStatuses)
{
    const Result<QString> prefix = apiPrefix();
    if (!prefix)
        return prefix.error();
    Result<HttpResponse> response =
        m_http.request(method, *prefix + path, jsonBody,
                       jsonBody.isEmpty() ? QByteArray() : QByteArray("application/json"), m_timeout);
    if (!response)
        return response.error();
    if (std::find(okStatuses.begin(), okStatuses.end(), response->status) == okStatuses.end())
        return errorFromResponse(*response, what);
    return response;
}

Result<void> DockerEngineRuntime::pullImage(const QString &reference,
                                            const std::function<void(const PullProgress &)> &progress,
                                            const std::atomic_bool *cancel)
{
    const Result<QString> prefix = apiPrefix();
    if (!prefix)
        return prefix.error();
    const auto [image, tag] = splitReference(reference);
    const QString path =
        *prefix + QStringLiteral("/images/create?fromImage=%1&tag=%2").arg(encoded(image), encoded(tag));

    HttpStreaming streaming;
    streaming.cancel = cancel;
    QString streamError;
    streaming.onData = jsonLineReader(streamError, [&](const QJsonObject &line) {
        if (progress) {
            const QJsonObject detail = line.value(QStringLiteral("progressDetail")).toObject();
            progress(PullProgress{line.value(QStringLiteral("status")).toString(),
                                  line.value(QStringLiteral("id")).toString(),
                                  detail.value(QStringLiteral("current")).toInteger(),
                                  detail.value(QStringLiteral("total")).toInteger()});
        }
    });
    const Result<HttpResponse> response = m_http.request("POST", path, {}, {}, std::chrono::milliseconds(0), streaming);
    if (!response)
        return response.error();
    if (response->status != 200)
        return errorFromResponse(*response, tr("pulling image %1").arg(reference));
    if (!streamError.isEmpty())
        return makeError(ErrorCode::Remote, tr("Pulling image %1 failed: %2").arg(reference, streamError));
    return {};
}

Result<void> DockerEngineRuntime::importImage(const ImageImport &import,
                                              const std::function<qint64(char *buffer, qint64 capacity)> &read,
                                              const std::atomic_bool *cancel)
{
    const Result<QString> prefix = apiPrefix();
    if (!prefix)
        return prefix.error();
    QString path = *prefix + QStringLiteral("/images/create?fromSrc=-&repo=%1&tag=%2&message=%3")
                                 .arg(encoded(import.repository), encoded(import.tag), encoded(import.message));
    for (const QString &change : import.changes)
        path += QStringLiteral("&changes=") + encoded(change);
    const QString reference = import.repository + QLatin1Char(':') + import.tag;

    HttpStreaming streaming;
    streaming.readBody = read;
    streaming.cancel = cancel;
    QString streamError;
    streaming.onData = jsonLineReader(streamError, [](const QJsonObject &) {});
    const Result<HttpResponse> response =
        m_http.request("POST", path, {}, "application/x-tar", std::chrono::milliseconds(0), streaming);
    if (!response)
        return response.error();
    if (response->status != 200)
        return errorFromResponse(*response, tr("importing image %1").arg(reference));
    if (!streamError.isEmpty())
        return makeError(ErrorCode::Remote, tr("Importing image %1 failed: %2").arg(reference, streamError));
    return {};
}

Result<QString> DockerEngineRuntime::createContainer(const ContainerSpec &spec)
{
    QJsonObject labels;
    for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    QJsonObject hostConfig{{QStringLiteral("Privileged"), spec.privileged}, {QStringLiteral("Init"), spec.init}};
    if (spec.cpus > 0)
        hostConfig.insert(QStringLiteral("NanoCpus"), qint64(spec.cpus * 1e9));
    if (spec.memoryBytes > 0) {
        hostConfig.insert(QStringLiteral("Memory"), spec.memoryBytes);
        hostConfig.insert(QStringLiteral("MemorySwap"), spec.memoryBytes);
    }
    if (!spec.keepLogs)
        hostConfig.insert(QStringLiteral("LogConfig"), QJsonObject{{QStringLiteral("Type"), QStringLiteral("none")}});
    if (!spec.capAdd.isEmpty())
        hostConfig.insert(QStringLiteral("CapAdd"), QJsonArray::fromStringList(spec.capAdd));
    if (!spec.capDrop.isEmpty())
        hostConfig.insert(QStringLiteral("CapDrop"), QJsonArray::fromStringList(spec.capDrop));
    if (spec.unmasked) {
        hostConfig.insert(QStringLiteral("MaskedPaths"), QJsonArray());
        hostConfig.insert(QStringLiteral("ReadonlyPaths"), QJsonArray());
    }
    if (!spec.securityOpt.isEmpty())
        hostConfig.insert(QStringLiteral("SecurityOpt"), QJsonArray::fromStringList(spec.securityOpt));
    if (!spec.volumes.isEmpty()) {
        QJsonArray mounts;
        for (const VolumeMount &mount : spec.volumes)
            mounts.append(QJsonObject{{QStringLiteral("Type"), QStringLiteral("volume")},
                                      {QStringLiteral("Source"), mount.volume},
                                      {QStringLiteral("Target"), mount.target}});
        hostConfig.insert(QStringLiteral("Mounts"), mounts);
    }
    QJsonObject body{
        {QStringLiteral("Image"), spec.image},
        {QStringLiteral("Entrypoint"), QJsonArray::fromStringList(spec.entrypoint)},
        {QStringLiteral("Cmd"), QJsonArray::fromStringList(spec.command)},
        {QStringLiteral("Env"), QJsonArray::fromStringList(spec.environment)},
        {QStringLiteral("Labels"), labels},
        {QStringLiteral("Tty"), false},
        {QStringLiteral("OpenStdin"), spec.openStdin},
        {QStringLiteral("StdinOnce"), false},
        {QStringLiteral("AttachStdin"), spec.openStdin},
        {QStringLiteral("HostConfig"), hostConfig},
    };
    if (!spec.workingDir.isEmpty())
        body.insert(QStringLiteral("WorkingDir"), spec.workingDir);
    if (!spec.user.isEmpty())
        body.insert(QStringLiteral("User"), spec.user);
    const QString query = spec.name.isEmpty() ? QString() : QStringLiteral("?name=") + encoded(spec.name);
    const Result<HttpResponse> response =
        call("POST", QStringLiteral("/containers/create") + query, QJsonDocument(body).toJson(QJsonDocument::Compact),
             tr("creating a container from %1").arg(spec.image), {201});
    if (!response)
        return response.error();
    const QString id = QJsonDocument::fromJson(response->body).object().value(QStringLiteral("Id")).toString();
    if (id.isEmpty())
        return makeError(ErrorCode::Protocol,
                         tr("%1 created a container but did not say its id").arg(m_http.endpoint().url()));
    return id;
}

Result<void> DockerEngineRuntime::startContainer(const QString &id)
{
    const Result<HttpResponse> response = call("POST", QStringLiteral("/containers/%1/start").arg(encoded(id)), {},
                                               tr("starting container %1").arg(id.left(12)), {204, 304});
    if (!response)
        return response.error();
    return {};
}

Result<void> DockerEngineRuntime::killContainer(const QString &id, const QString &signal)
{
    const Result<HttpResponse> response =
        call("POST", QStringLiteral("/containers/%1/kill?signal=%2").arg(encoded(id), encoded(signal)), {},
             tr("stopping container %1").arg(id.left(12)), {204, 409});
    if (!response)
        return response.error();
    return {};
}

Result<void> DockerEngineRuntime::removeContainer(const QString &id)
{
    const Result<HttpResponse> response = call("DELETE", QStringLiteral("/containers/%1?force=1&v=1").arg(encoded(id)),
                                               {}, tr("removing container %1").arg(id.left(12)), {204, 404});
    if (!response)
        return response.error();
    return {};
}

Result<QList<ImageInfo>> DockerEngineRuntime::listImages()
{
    const Result<HttpResponse> response = call("GET", QStringLiteral("/images/json"), {}, tr("listing images"), {200});
    if (!response)
        return response.error();
    QList<ImageInfo> images;
    const QJsonArray entries = QJsonDocument::fromJson(response->body).array();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        ImageInfo image;
        image.id = entry.value(QStringLiteral("Id")).toString();
        for (const QJsonValue &tag : entry.value(QStringLiteral("RepoTags")).toArray()) {
            // Untagged images are listed with the tag "<none>:<none>" by Docker, without tags by Podman.
            if (tag.toString() != QStringLiteral("<none>:<none>"))
                image.repoTags.append(tag.toString());
        }
        image.created =
            QDateTime::fromSecsSinceEpoch(entry.value(QStringLiteral("Created")).toInteger(), QTimeZone::utc())
                .toString(Qt::ISODate);
        image.size = entry.value(QStringLiteral("Size")).toInteger();
        images.append(image);
    }
    std::sort(images.begin(), images.end(),
              [](const ImageInfo &a, const ImageInfo &b) { return a.created > b.created; });
    return images;
}

Result<QList<ContainerSummary>> DockerEngineRuntime::listContainers(const QString &label)
{
    const QJsonObject filters{{QStringLiteral("label"), QJsonArray{label}}};
    const QString path = QStringLiteral("/containers/json?all=1&filters=") +
                         encoded(QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    const Result<HttpResponse> response = call("GET", path, {}, tr("listing containers"), {200});
    if (!response)
        return response.error();
    QList<ContainerSummary> containers;
    const QJsonArray entries = QJsonDocument::fromJson(response->body).array();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        ContainerSummary summary;
        summary.id = entry.value(QStringLiteral("Id")).toString();
        summary.name = entry.value(QStringLiteral("Names")).toArray().first().toString().mid(1);
        summary.image = entry.value(QStringLiteral("Image")).toString();
        summary.state = entry.value(QStringLiteral("State")).toString();
        const QJsonObject labels = entry.value(QStringLiteral("Labels")).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            summary.labels.insert(it.key(), it.value().toString());
        containers.append(summary);
    }
    return containers;
}

Result<void> DockerEngineRuntime::createVolume(const QString &name, const QMap<QString, QString> &labels)
{
    QJsonObject labelObject;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        labelObject.insert(it.key(), it.value());
    const QJsonObject body{{QStringLiteral("Name"), name}, {QStringLiteral("Labels"), labelObject}};
    const Result<HttpResponse> response =
        call("POST", QStringLiteral("/volumes/create"), QJsonDocument(body).toJson(QJsonDocument::Compact),
             tr("making volume %1").arg(name), {200, 201});
    if (!response)
        return response.error();
    return {};
}

Result<QList<VolumeSummary>> DockerEngineRuntime::listVolumes(const QString &label, bool withSizes)
{
    const QJsonObject filters{{QStringLiteral("label"), QJsonArray{label}}};
    const QString path = QStringLiteral("/volumes?filters=") +
                         encoded(QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    const Result<HttpResponse> response = call("GET", path, {}, tr("listing volumes"), {200});
    if (!response)
        return response.error();
    QList<VolumeSummary> volumes;
    const QJsonArray entries =
        QJsonDocument::fromJson(response->body).object().value(QStringLiteral("Volumes")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        VolumeSummary summary;
        summary.name = entry.value(QStringLiteral("Name")).toString();
        const QJsonObject labels = entry.value(QStringLiteral("Labels")).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            summary.labels.insert(it.key(), it.value().toString());
        volumes.append(summary);
    }
    if (!withSizes || volumes.isEmpty())
        return volumes;
    // Only the disk usage report measures volumes.
    const Result<HttpResponse> usage =
        call("GET", QStringLiteral("/system/df?type=volume"), {}, tr("measuring volumes"), {200});
    if (!usage)
        return usage.error();
    const QJsonArray measured =
        QJsonDocument::fromJson(usage->body).object().value(QStringLiteral("Volumes")).toArray();
    for (const QJsonValue &value : measured) {
        const QJsonObject entry = value.toObject();
        for (VolumeSummary &summary : volumes) {
            if (summary.name == entry.value(QStringLiteral("Name")).toString())
                summary.sizeBytes = qint64(
                    entry.value(QStringLiteral("UsageData")).toObject().value(QStringLiteral("Size")).toDouble(-1));
        }
    }
    return volumes;
}

Result<void> DockerEngineRuntime::removeVolume(const QString &name)
{
    const Result<HttpResponse> response = call("DELETE", QStringLiteral("/volumes/%1").arg(encoded(name)), {},
                                               tr("removing volume %1").arg(name), {204, 404});
    if (!response)
        return response.error();
    return {};
}

Result<int> DockerEngineRuntime::exec(const QString &id, const ExecSpec &spec, const OutputSink &output,
                                      const std::atomic_bool *cancel)
{
    QJsonObject create{
        {QStringLiteral("Cmd"), QJsonArray::fromStringList(spec.command)},
        {QStringLiteral("Env"), QJsonArray::fromStringList(spec.environment)},
        {QStringLiteral("AttachStdin"), false},
        {QStringLiteral("AttachStdout"), true},
        {QStringLiteral("AttachStderr"), true},
        {QStringLiteral("Tty"), false},
    };
    if (!spec.workingDir.isEmpty())
        create.insert(QStringLiteral("WorkingDir"), spec.workingDir);
    if (!spec.user.isEmpty())
        create.insert(QStringLiteral("User"), spec.user);
    const Result<HttpResponse> created = call("POST", QStringLiteral("/containers/%1/exec").arg(encoded(id)),
                                              QJsonDocument(create).toJson(QJsonDocument::Compact),
                                              tr("running a command in container %1").arg(id.left(12)), {201});
    if (!created)
        return created.error();
    const QString execId = QJsonDocument::fromJson(created->body).object().value(QStringLiteral("Id")).toString();

    const Result<QString> prefix = apiPrefix();
    if (!prefix)
        return prefix.error();
    StreamDemuxer demuxer(output);
    HttpStreaming streaming;
    streaming.cancel = cancel;
    streaming.onData = [&demuxer](const char *data, qint64 size) {
        demuxer.feed(data, size);
        return true;
    };
    const Result<HttpResponse> started = m_http.request("POST", *prefix + QStringLiteral("/exec/%1/start").arg(execId),
                                                        QByteArrayLiteral(R"({"Detach":false,"Tty":false})"),
                                                        "application/json", std::chrono::milliseconds(0), streaming);
    if (!started)
        return started.error();
    if (started->status != 200)
        return errorFromResponse(*started, tr("starting a command in container %1").arg(id.left(12)));

    // The stream ends when the command's output closes; its exit status follows shortly after.
    for (int attempt = 0; attempt < 200; ++attempt) {
        const Result<HttpResponse> inspected =
            call("GET", QStringLiteral("/exec/%1/json").arg(execId), {}, tr("reading a command's exit status"), {200});
        if (!inspected)
            return inspected.error();
        const QJsonObject state = QJsonDocument::fromJson(inspected->body).object();
        if (!state.value(QStringLiteral("Running")).toBool() && state.value(QStringLiteral("ExitCode")).isDouble())
            return state.value(QStringLiteral("ExitCode")).toInt();
        QThread::msleep(attempt < 10 ? 5 : 25);
    }
    return makeError(ErrorCode::Timeout,
                     tr("%1 did not report the exit status of a finished command").arg(m_http.endpoint().url()));
}

namespace {

// An attach connection: writes go to the container's stdin, reads demultiplex its output.
class DockerAttachment final : public ContainerAttachment
{
public:
    explicit DockerAttachment(std::unique_ptr<UpgradedConnection> connection)
        : m_connection(std::move(connection))
        , m_demuxer([this](OutputStream stream, const char *data, qint64 size) {
            m_backlog.append({stream, QByteArray(data, size)});
        })
    {
    }

    Result<void> write(const QByteArray &input) override { return m_connection->send(input); }

    Result<void> read(const Sink &sink, const std::atomic_bool *cancel) override
    {
        char buffer[64 * 1024];
        while (true) {
            while (!m_backlog.isEmpty()) {
                const auto [stream, data] = m_backlog.takeFirst();
                if (!sink(stream, data.constData(), data.size()))
                    return {};
            }
            const Result<qint64> count = m_connection->receive(buffer, sizeof buffer, cancel);
            if (!count)
                return count.error();
            if (*count == 0)
                return makeError(ErrorCode::Unavailable, DockerEngineRuntime::tr("The container's output ended: the "
                                                                                 "container stopped or the engine went "
                                                                                 "away"));
            m_demuxer.feed(buffer, *count);
        }
    }

private:
    std::unique_ptr<UpgradedConnection> m_connection;
    StreamDemuxer m_demuxer;
    QList<QPair<OutputStream, QByteArray>> m_backlog; // demultiplexed, not yet passed on
};

} // namespace

Result<std::unique_ptr<ContainerAttachment>> DockerEngineRuntime::attach(const QString &id)
{
    const Result<QString> prefix = apiPrefix();
    if (!prefix)
        return prefix.error();
    Result<std::unique_ptr<UpgradedConnection>> connection = m_http.upgrade(
        *prefix + QStringLiteral("/containers/%1/attach?stream=1&stdin=1&stdout=1&stderr=1").arg(encoded(id)));
    if (!connection)
        return connection.error();
    return std::unique_ptr<ContainerAttachment>(std::make_unique<DockerAttachment>(std::move(connection).value()));
}

Result<void> DockerEngineRuntime::uploadArchive(const QString &id, const QString &containerPath,
                                                const std::function<qint64(char *buffer, qint64 capacity)> &read)
{
    const Result<QString> prefix = apiPrefix();
    if (!prefix)
        return prefix.error();
    HttpStreaming streaming;
    streaming.readBody = read;
    const Result<HttpResponse> response =
        m_http.request("PUT",
                       *prefix + QStringLiteral("/containers/%1/archive?path=%2&noOverwriteDirNonDir=1")
                                     .arg(encoded(id), encoded(containerPath)),
                       {}, "application/x-tar", std::chrono::milliseconds(0), streaming);
    if (!response)
        return response.error();
    if (response->status != 200)
        return errorFromResponse(*response, tr("copying files into %1").arg(containerPath));
    return {};
}

Result<void> DockerEngineRuntime::downloadArchive(const QString &id, const QString &containerPath,
                                                  const std::function<bool(const char *data, qint64 size)> &write)
{
    const Result<QString> prefix = apiPrefix();
    if (!prefix)
        return prefix.error();
    HttpStreaming streaming;
    streaming.onData = write;
    const Result<HttpResponse> response = m_http.request(
        "GET", *prefix + QStringLiteral("/containers/%1/archive?path=%2").arg(encoded(id), encoded(containerPath)), {},
        {}, std::chrono::milliseconds(0), streaming);
    if (!response)
        return response.error();
    if (response->status != 200)
        return errorFromResponse(*response, tr("copying %1 out of the container").arg(containerPath));
    return {};
}

} // namespace BuildDeck::Runtime
