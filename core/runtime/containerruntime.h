#pragma once

#include "containerattachment.h"
#include "containerspec.h"
#include "engineendpoint.h"
#include "engineinfo.h"
#include "imageinfo.h"
#include "support/result.h"

#include <QList>

#include <atomic>
#include <functional>
#include <memory>

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
    // Every image the engine has, tagged or not, newest first.
    virtual Result<QList<ImageInfo>> listImages() = 0;
    // Pulls an image (a tag defaults to latest), reporting progress as the engine does.
    virtual Result<void> pullImage(const QString &reference, const std::function<void(const PullProgress &)> &progress,
                                   const std::atomic_bool *cancel = nullptr) = 0;
    // Makes an image from a root file system tar that `read` streams (as uploadArchive's does),
    // named and configured as `import` says.
    virtual Result<void> importImage(const ImageImport &import,
                                     const std::function<qint64(char *buffer, qint64 capacity)> &read,
                                     const std::atomic_bool *cancel = nullptr) = 0;

    // Creates a container (not started); returns its id.
    virtual Result<QString> createContainer(const ContainerSpec &spec) = 0;
    virtual Result<void> startContainer(const QString &id) = 0;
    virtual Result<void> killContainer(const QString &id, const QString &signal = QStringLiteral("SIGKILL")) = 0;
    // Removes a container, running or not, with its anonymous volumes.
    virtual Result<void> removeContainer(const QString &id) = 0;
    // Every container, running or not, with the label `key=value` (or just `key`).
    virtual Result<QList<ContainerSummary>> listContainers(const QString &label) = 0;

    // Runs a command in a running container, passing its output as it comes; returns its exit
    // status. Cancelling ends the wait, not the command: kill the container to end that.
    using OutputSink = std::function<void(OutputStream stream, const char *data, qint64 size)>;
    virtual Result<int> exec(const QString &id, const ExecSpec &spec, const OutputSink &output,
                             const std::atomic_bool *cancel = nullptr) = 0;

    // Connects to a running container's main process (created with openStdin): its standard
    // input, output and error.
    virtual Result<std::unique_ptr<ContainerAttachment>> attach(const QString &id) = 0;

    // Makes the named volume with `labels` when there is none of that name.
    virtual Result<void> createVolume(const QString &name, const QMap<QString, QString> &labels) = 0;
    // Every volume with the label `key=value` (or just `key`), with its size when `withSizes`
    // (which makes the engine measure them).
    virtual Result<QList<VolumeSummary>> listVolumes(const QString &label, bool withSizes) = 0;
    // Removes a volume; a volume that is not there is no error.
    virtual Result<void> removeVolume(const QString &name) = 0;

    // Streams a tar archive into the directory `containerPath` (which must exist); `read` fills the
    // buffer it is given and returns the byte count, 0 at the end, -1 to abort.
    virtual Result<void> uploadArchive(const QString &id, const QString &containerPath,
                                       const std::function<qint64(char *buffer, qint64 capacity)> &read) = 0;
    // Streams `containerPath` out of the container as a tar archive; `write` returning false aborts.
    virtual Result<void> downloadArchive(const QString &id, const QString &containerPath,
                                         const std::function<bool(const char *data, qint64 size)> &write) = 0;
};

} // namespace BuildDeck::Runtime
