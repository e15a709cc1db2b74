#include "imagecatalog.h"

#include "dockerengineruntime.h"

#include <QCoreApplication>

namespace BuildDeck::Runtime {

Result<QStringList> ImageCatalog::names(ContainerRuntime &runtime)
{
    const Result<QList<ImageInfo>> images = runtime.listImages();
    if (!images)
        return images.error();
    QStringList names;
    for (const ImageInfo &image : *images)
        names.append(image.repoTags);
    names.sort();
    names.removeDuplicates();
    return names;
}

Result<QStringList> ImageCatalog::names(const QString &endpoint)
{
    const Result<EngineEndpoint> parsed =
        EngineEndpoint::parse(endpoint, QCoreApplication::translate("BuildDeck::Runtime::ImageCatalog", "the engine"));
    if (!parsed)
        return parsed.error();
    DockerEngineRuntime runtime(*parsed);
    runtime.setRequestTimeout(std::chrono::seconds(5));
    return names(runtime);
}

} // namespace BuildDeck::Runtime
