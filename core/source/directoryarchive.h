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

    // Unpacks a tar stream (`read` fills the buffer it is given and returns the byte count, 0 at
    // the end, -1 on failure) into `directory`, made when missing, leaving out the first
    // `stripComponents` components of every name. Entries that would land outside `directory`
    // (`..`, a path through a symbolic link) are refused with the entry's name, as are sparse
    // files (an archive bomb); absolute names are taken as relative; devices, pipes and sockets
    // are skipped.
    static Result<Summary> extract(const std::function<qint64(char *buffer, qint64 capacity)> &read,
                                   const QString &directory, int stripComponents = 0,
                                   const std::atomic_bool *cancel = nullptr);

    // Streams the container's directory `containerPath` into `directory` on the host, its contents
    // directly in it, as extract() does.
    static Result<Summary> download(Runtime::ContainerRuntime &runtime, const QString &containerId,
                                    const QString &containerPath, const QString &directory,
                                    const std::atomic_bool *cancel = nullptr);
};

} // namespace BuildDeck::Source
