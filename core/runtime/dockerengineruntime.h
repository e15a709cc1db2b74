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

    // Applies to every later call; the engine's /version answer can only shorten it.
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    // "/v1.41" once the API version is settled (settling it first when needed).
    Result<QString> apiPrefix();
    Error errorFromResponse(const HttpResponse &response, const QString &what) const;

    EngineHttpClient m_http;
    QString m_apiVersion;
    std::chrono::milliseconds m_timeout = std::chrono::seconds(30);
};

} // namespace BuildDeck::Runtime
