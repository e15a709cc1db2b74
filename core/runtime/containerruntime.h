#pragma once

#include "engineendpoint.h"
#include "engineinfo.h"
#include "imageinfo.h"
#include "support/result.h"

namespace BuildDeck::Runtime {

// The container engine as the build engine uses it. DockerEngineRuntime speaks the Docker Engine
// API (Docker and Podman); unit tests put a scripted fake behind the same interface. Calls block,
// so they run on worker threads, never on the GUI thread; one instance serves one thread.
class ContainerRuntime
{
public:
    virtual ~ContainerRuntime() = default;

    virtual const EngineEndpoint &endpoint() const = 0;

    // Cheap liveness check (/_ping).
    virtual Result<void> ping() = 0;
    // The engine's identity and API versions (/version); also settles the API version used.
    virtual Result<EngineInfo> version() = 0;
    // An image the engine has; ErrorCode::NotFound when it has none by that name.
    virtual Result<ImageInfo> inspectImage(const QString &reference) = 0;
};

} // namespace BuildDeck::Runtime
