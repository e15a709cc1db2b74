#pragma once

#include "runtime/containerruntime.h"
#include "support/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace BuildDeck::Source {

// A host directory as a tar stream (libarchive), for sending a LOCAL source into a container
// through the Engine API. Files are read as the stream is consumed, never all at once; the
// directory is only read. Symbolic links are stored as links; sockets, pipes and devices are
// skipped. Excluded paths (globs relative to the directory) are left out.
class DirectoryArchive final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Source::DirectoryArchive)

public:
    struct Summary
    {
        qint64 files = 0;
        qint64 directories = 0;
        qint64 links = 0;
        qint64 bytes = 0; // file contents
        qint64 excluded = 0;
    };

    // Writes the tar to `sink` (returning false stops), entries named `prefix/...` (or bare
    // names when the prefix is empty).
    static Result<Summary> write(const QString &directory, const QStringList &excludes, const QString &prefix,
                                 const std::function<bool(const char *data, qsizetype size)> &sink,
                                 const std::atomic_bool *cancel = nullptr);

    // Streams the directory into `containerPath` (an existing directory in the container), as
    // `containerPath/prefix` when a prefix is given (made by the engine).
    static Result<Summary> upload(Runtime::ContainerRuntime &runtime, const QString &containerId,
                                  const QString &directory, const QString &containerPath,
                                  const QStringList &excludes = {}, const std::atomic_bool *cancel = nullptr,
                                  const QString &prefix = {});
};

} // namespace BuildDeck::Source
