#pragma once

#include "containerruntime.h"
#include "support/result.h"

#include <QStringList>

namespace BuildDeck::Runtime {

// The images an engine has, by name, for the user to pick from.
class ImageCatalog final
{
public:
    // Every tag of every image `runtime` has, sorted, each once. Blocks: call off the GUI thread.
    static Result<QStringList> names(ContainerRuntime &runtime);
    // names() of the engine at `endpoint` ("unix:///var/run/docker.sock").
    static Result<QStringList> names(const QString &endpoint);
};

} // namespace BuildDeck::Runtime
