#pragma once

#include "containerruntime.h"
#include "enginehttpclient.h"

#include <QCoreApplication>

namespace BuildDeck::Runtime {

// ContainerRuntime over the Docker Engine REST API (Docker 20.10+, and Podman 4's compatible API).
class DockerEngineRuntime final : public ContainerRuntime
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Runtime::DockerEngineRuntime)

public:
    // The newest API version BuildDeck is written against; older engines are spoken to in theirs.
    static constexpr const char *preferredApiVersion = "1.41";

    explicit DockerEngineRuntime(EngineEndpoint endpoint);

    const EngineEndpoint &endpoint() const override { return m_http.endpoint(); }
    Result<void> ping() override;
    Result<EngineInfo> version() override;
    Result<ImageInfo> inspectImage(const QString &reference) override;
    Result<QList<ImageInfo>> listImages() override;
    Result<void> pullImage(const QString &reference, const std::function<void(const PullProgress &)> &progress,
                           const std::atomic_bool *cancel = nullptr) override;
    Result<void> importImage(const ImageImport &import,
                             const std::function<qint64(char *buffer, qint64 capacity)> &read,
                             const std::atomic_bool *cancel = nullptr) override;
    Result<QString> createContainer(const ContainerSpec &spec) override;
    Result<void> startContainer(const QString &id) override;
    Result<void> killContainer(const QString &id, const QString &signal = QStringLiteral("SIGKILL")) override;
    Result<void> removeContainer(const QString &id) override;
    Result<QList<ContainerSummary>> listContainers(const QString &label) override;
    Result<void> createVolume(const QString &name, const QMap<QString, QString> &labels) override;
    Result<QList<VolumeSummary>> listVolumes(const QString &label, bool withSizes) override;
    Result<void> removeVolume(const QString &name) override;
    Result<int> exec(const QString &id, const ExecSpec &spec, const OutputSink &output,
                     const std::atomic_bool *cancel = nullptr) override;
    Result<std::unique_ptr<ContainerAttachment>> attach(const QString &id) override;
    Result<void> uploadArchive(const QString &id, const QString &containerPath,
                               const std::function<qint64(char *buffer, qint64 capacity)> &read) override;
    Result<void> downloadArchive(const QString &id, const QString &containerPath,
                                 const std::function<bool(const char *data, qint64 size)> &write) override;

    // Applies to every later call; the engine's /version answer can only shorten it.
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    // "/v1.41" once the API version is settled (settling it first when needed).
    Result<QString> apiPrefix();
    Error errorFromResponse(const HttpResponse &response, const QString &what) const;
    // A versioned API call with a JSON (or empty) body that expects one of `okStatuses`.
    Result<HttpResponse> call(const QByteArray &method, const QString &path, const QByteArray &jsonBody,
                              const QString &what, std::initializer_list<long> okStatuses = {200, 201, 204});

    EngineHttpClient m_http;
    QString m_apiVersion;
    std::chrono::milliseconds m_timeout = std::chrono::seconds(30);
};

} // namespace BuildDeck::Runtime
