#pragma once

#include "containerruntime.h"
#include "engineendpoint.h"
#include "engineinfo.h"
#include "support/result.h"

#include <QCoreApplication>
#include <QList>

#include <chrono>
#include <memory>

namespace BuildDeck::Runtime {

// A runtime that answered, and what it said about itself.
struct EngineConnection
{
    std::unique_ptr<ContainerRuntime> runtime;
    EngineInfo info;
};

// Finds the engine to talk to, in the order of ARCHITECTURE §7.
class EngineLocator final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Runtime::EngineLocator)

public:
    // The endpoints to try. A named engine (--engine, then BUILDDECK_ENGINE, then DOCKER_HOST) is
    // the only candidate; otherwise the default Docker socket and the Podman sockets, in order.
    // Fails when the named engine is not a valid address, naming the setting to fix.
    static Result<QList<EngineEndpoint>> candidates(const QString &engineOption);

    // Connects to the first candidate that answers /version. Never takes longer than `budget`:
    // when none answers, the error names every endpoint tried, why each failed, and how to start
    // an engine.
    static Result<EngineConnection> connect(const QList<EngineEndpoint> &candidates,
                                            std::chrono::milliseconds budget = std::chrono::milliseconds(2500));

    // connect() for callers that only need to know whether, and which, engine answers.
    static Result<EngineInfo> probe(const QList<EngineEndpoint> &candidates,
                                    std::chrono::milliseconds budget = std::chrono::milliseconds(2500));
};

} // namespace BuildDeck::Runtime
