#pragma once

#include "buildstore.h"

#include "runtime/containerruntime.h"
#include "support/result.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace BuildDeck::Engine {

// ARCHITECTURE §2: when a front end starts, builds still IN_PROGRESS whose worker process is gone
// are finalised as FAULT with a context that says so, and their containers are removed. What was
// already written (the record's phases, the log) stays as it was.
class OrphanFinalizer final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Engine::OrphanFinalizer)

public:
    // `connect` gives a runtime to remove containers with (null when no engine answers); it is only
    // called when there is an orphan. Returns how many builds were finalised.
    static Result<int> finalize(BuildStore &builds,
                                const std::function<std::unique_ptr<Runtime::ContainerRuntime>()> &connect);
    // The same for the builds of a data directory, with the first of `engines` that answers. For a
    // front end's start; it blocks, so a GUI runs it on a worker thread.
    static Result<int> finalize(const QString &dataDirectory, const QList<Runtime::EngineEndpoint> &engines);
};

} // namespace BuildDeck::Engine
