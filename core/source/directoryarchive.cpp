#include "directoryarchive.h"

#include "artifacts/globpattern.h"
#include "support/bytechannel.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <memory>
#include <thread>

namespace BuildDeck::Source {

namespace {

struct WriteContext
{
    const std::function<bool(const char *, qsizetype)> *sink;
    bool stopped = false;
};

// The tar every upload uses: pax headers, and nothing after the end-of-archive blocks, since
// Podman's extractor stops reading there.
void configure(struct archive *a)
{
    archive_write_set_format_pax_restricted(a);
    archive_write_set_bytes_per_block(a, 512);
    archive_write_set_bytes_in_last_block(a, 1);
}

la_ssize_t writeBlock(struct archive *, void *userData, const void *buffer, size_t length)
{
    auto *context = static_cast<WriteContext *>(userData);
    if (!(*context->sink)(static_cast<const char *>(buffer), qsizetype(length))) {
        context->stopped = true;
        return -1;
    }
    return la_ssize_t(length);
}

class TarWriter
{
public:
    TarWriter(const QString &root, const QStringList &excludes, const QString &prefix, WriteContext &context,
              const std::atomic_bool *cancel)
        : m_root(QDir(root).absolutePath())
        , m_prefix(prefix)
        , m_context(context)
        , m_cancel(cancel)
        , m_archive(archive_write_new(), archive_write_free)
    {
        for (const QString &exclude : excludes)
            m_excludes.emplace_back(exclude);
    }

    Result<DirectoryArchive::Summary> run()
    {
        struct archive *a = m_archive.get();
        configure(a);
        if (archive_write_open2(a, &m_context, nullptr, writeBlock, nullptr, nullptr) != ARCHIVE_OK)
            return failure();
        if (!m_prefix.isEmpty()) {
            if (Result<void> added = addEntry(QFileInfo(m_root), m_prefix); !added)
                return added.error();
        }
        if (Result<void> walked = walk(QString()); !walked)
            return walked.error();
        if (archive_write_close(a) != ARCHIVE_OK)
            return failure();
        return m_summary;
    }

private:
    Error failure() const
    {
        if (m_cancel && m_cancel->load())
            return makeError(ErrorCode::Cancelled, DirectoryArchive::tr("Copying %1 was stopped.").arg(m_root));
        if (m_context.stopped)
            return makeError(ErrorCode::Io,
                             DirectoryArchive::tr("The container engine stopped reading the files of %1.").arg(m_root));
        return makeError(ErrorCode::Io,
                         DirectoryArchive::tr("Packing %1 failed: %2")
                             .arg(m_root, QString::fromLocal8Bit(archive_error_string(m_archive.get()))));
    }

    bool excluded(const QString &relative, bool directory) const
    {
        for (const Artifacts::GlobPattern &pattern : m_excludes) {
            if (directory ? pattern.matchesAllUnder(relative) : pattern.matches(relative))
                return true;
        }
        return false;
    }

    QString entryName(const QString &relative) const
    {
        return m_prefix.isEmpty() ? relative : m_prefix + QLatin1Char('/') + relative;
    }

    Result<void> walk(const QString &relativeDir)
    {
        const QDir dir(relativeDir.isEmpty() ? m_root : m_root + QLatin1Char('/') + relativeDir);
        const QFileInfoList entries =
            dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
        for (const QFileInfo &info : entries) {
            if (m_cancel && m_cancel->load())
                return failure();
            const QString relative =
                relativeDir.isEmpty() ? info.fileName() : relativeDir + QLatin1Char('/') + info.fileName();
            const bool isDirectory = info.isDir() && !info.isSymLink();
            if (excluded(relative, isDirectory)) {
                ++m_summary.excluded;
                continue;
            }
            if (Result<void> added = addEntry(info, entryName(relative)); !added)
                return added;
            if (isDirectory) {
                if (Result<void> walked = walk(relative); !walked)
                    return walked;
            }
        }
        return {};
    }

    Result<void> addEntry(const QFileInfo &info, const QString &name)
    {
        struct stat status
        {
        };
        const QByteArray nativePath = QFile::encodeName(info.absoluteFilePath());
        if (::lstat(nativePath.constData(), &status) != 0)
            return makeError(ErrorCode::Io, DirectoryArchive::tr("%1 cannot be read.").arg(info.absoluteFilePath()));
        const bool link = S_ISLNK(status.st_mode);
        const bool regular = S_ISREG(status.st_mode);
        if (!link && !regular && !S_ISDIR(status.st_mode)) {
            ++m_summary.excluded; // sockets, pipes and devices have no place in a source tree
            return {};
        }
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), archive_entry_free);
        archive_entry_copy_stat(entry.get(), &status);
        archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
        if (link) {
            QByteArray target(4096, Qt::Uninitialized);
            const ssize_t length = ::readlink(nativePath.constData(), target.data(), size_t(target.size()));
            if (length < 0)
                return makeError(ErrorCode::Io,
                                 DirectoryArchive::tr("The link %1 cannot be read.").arg(info.absoluteFilePath()));
            target.truncate(length);
            archive_entry_set_symlink(entry.get(), target.constData());
        }
        QFile file(info.absoluteFilePath());
        if (regular && !file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             DirectoryArchive::tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
        if (archive_write_header(m_archive.get(), entry.get()) != ARCHIVE_OK)
            return failure();
        if (regular) {
            QByteArray buffer(256 * 1024, Qt::Uninitialized);
            qint64 count;
            while ((count = file.read(buffer.data(), buffer.size())) > 0) {
                if (archive_write_data(m_archive.get(), buffer.constData(), size_t(count)) < 0)
                    return failure();
                m_summary.bytes += count;
            }
            ++m_summary.files;
        } else if (link) {
            ++m_summary.links;
        } else {
            ++m_summary.directories;
        }
        return {};
    }

    QString m_root;
    QString m_prefix;
    WriteContext &m_context;
    const std::atomic_bool *m_cancel;
    std::unique_ptr<struct archive, decltype(&archive_write_free)> m_archive;
    std::vector<Artifacts::GlobPattern> m_excludes;
    DirectoryArchive::Summary m_summary;
};

} // namespace

Result<DirectoryArchive::Summary> DirectoryArchive::write(const QString &directory, const QStringList &excludes,
                                                          const QString &prefix,
                                                          const std::function<bool(const char *, qsizetype)> &sink,
                                                          const std::atomic_bool *cancel)
{
    if (!QFileInfo(directory).isDir())
        return makeError(ErrorCode::NotFound, tr("%1 is not a directory.").arg(directory));
    WriteContext context{&sink};
    TarWriter writer(directory, excludes, prefix, context, cancel);
    return writer.run();
}

Result<DirectoryArchive::Summary> DirectoryArchive::upload(Runtime::ContainerRuntime &runtime,
                                                           const QString &containerId, const QString &directory,
                                                           const QString &containerPath, const QStringList &excludes,
                                                           const std::atomic_bool *cancel, const QString &prefix)
{
    ByteChannel channel;
    Result<Summary> packed = makeError(ErrorCode::Internal, QString());
    std::thread producer([&] {
        packed = write(
            directory, excludes, prefix,
            [&channel](const char *data, qsizetype size) { return channel.push(data, size); }, cancel);
        channel.close(!packed);
    });
    const Result<void> sent =
        runtime.uploadArchive(containerId, containerPath,
                              [&channel](char *buffer, qint64 capacity) { return channel.pull(buffer, capacity); });
    channel.abort();
    producer.join();
    if (!packed)
        return packed.error();
    if (!sent)
        return sent.error();
    return packed;
}

namespace {

struct ReadContext
{
    const std::function<qint64(char *, qint64)> *read;
    QByteArray buffer = QByteArray(256 * 1024, Qt::Uninitialized);
    bool failed = false;
};

la_ssize_t readBlock(struct archive *, void *userData, const void **block)
{
    auto *context = static_cast<ReadContext *>(userData);
    const qint64 count = (*context->read)(context->buffer.data(), context->buffer.size());
    if (count < 0) {
        context->failed = true;
        return -1;
    }
    *block = context->buffer.constData();
    return la_ssize_t(count);
}

// `name` without its first `count` components; empty when nothing is left.
QString stripped(const QString &name, int count)
{
    QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() <= count)
        return {};
    return parts.mid(count).join(QLatin1Char('/'));
}

} // namespace

Result<DirectoryArchive::Summary> DirectoryArchive::extract(const std::function<qint64(char *, qint64)> &read,
                                                            const QString &directory, int stripComponents,
                                                            const std::atomic_bool *cancel)
{
    if (!QDir().mkpath(directory))
        return makeError(ErrorCode::Io, tr("The folder %1 cannot be made.").arg(directory));
    // Entries are written by absolute name under the directory's real path, so that the check for
    // links on the way (SECURE_SYMLINKS) only ever meets links the archive made.
    const QString root = QFileInfo(directory).canonicalFilePath();
    std::unique_ptr<struct archive, decltype(&archive_read_free)> in(archive_read_new(), archive_read_free);
    std::unique_ptr<struct archive, decltype(&archive_write_free)> out(archive_write_disk_new(), archive_write_free);
    archive_read_support_format_tar(in.get());
    archive_write_disk_set_options(out.get(), ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_PERM |
                                                  ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NODOTDOT);
    ReadContext context{&read};
    const auto failure = [&](struct archive *a) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Cancelled, tr("Copying into %1 was stopped.").arg(root));
        if (context.failed)
            return makeError(ErrorCode::Unavailable,
                             tr("The container engine stopped sending the files for %1.").arg(root));
        return makeError(ErrorCode::Io,
                         tr("Unpacking into %1 failed: %2").arg(root, QString::fromLocal8Bit(archive_error_string(a))));
    };
    if (archive_read_open(in.get(), &context, nullptr, readBlock, nullptr) != ARCHIVE_OK)
        return failure(in.get());

    Summary summary;
    struct archive_entry *entry = nullptr;
    for (;;) {
        if (cancel && cancel->load())
            return failure(in.get());
        const int next = archive_read_next_header(in.get(), &entry);
        if (next == ARCHIVE_EOF)
            break;
        if (next < ARCHIVE_WARN)
            return failure(in.get());
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(entry));
        const QString relative = stripped(name, stripComponents);
        const mode_t type = archive_entry_filetype(entry);
        if (relative.isEmpty() || (type != AE_IFREG && type != AE_IFDIR && type != AE_IFLNK)) {
            ++summary.excluded;
            continue;
        }
        if (relative.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 would be written outside %2; refused.").arg(name, root));
        // A sparse entry holds a little and unpacks to as much as it says (gigabytes of zeros, to
        // fill the disk of whatever it is copied into next). BuildDeck's tars and the engine's
        // have none.
        if (archive_entry_sparse_count(entry) > 0)
            return makeError(ErrorCode::InvalidArgument, tr("%1 is a sparse file of %2 bytes in the archive; refused.")
                                                             .arg(name)
                                                             .arg(archive_entry_size(entry)));
        archive_entry_set_pathname_utf8(entry, QString(root + QLatin1Char('/') + relative).toUtf8().constData());
        if (const char *hardlink = archive_entry_hardlink_utf8(entry)) {
            const QString target = stripped(QString::fromUtf8(hardlink), stripComponents);
            if (target.isEmpty() || target.split(QLatin1Char('/')).contains(QStringLiteral("..")))
                return makeError(
                    ErrorCode::InvalidArgument,
                    tr("%1 links to %2, outside %3; refused.").arg(name, QString::fromUtf8(hardlink), root));
            archive_entry_set_hardlink_utf8(entry, QString(root + QLatin1Char('/') + target).toUtf8().constData());
        }
        if (archive_write_header(out.get(), entry) < ARCHIVE_WARN) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 cannot be written into %2: %3")
                                 .arg(name, root, QString::fromLocal8Bit(archive_error_string(out.get()))));
        }
        if (type == AE_IFREG && archive_entry_size(entry) > 0) {
            const void *block = nullptr;
            size_t size = 0;
            la_int64_t offset = 0;
            int status;
            while ((status = archive_read_data_block(in.get(), &block, &size, &offset)) == ARCHIVE_OK) {
                if (archive_write_data_block(out.get(), block, size, offset) < ARCHIVE_WARN)
                    return failure(out.get());
                summary.bytes += qint64(size);
            }
            if (status != ARCHIVE_EOF)
                return failure(in.get());
        }
        if (archive_write_finish_entry(out.get()) < ARCHIVE_WARN)
            return failure(out.get());
        if (type == AE_IFREG)
            ++summary.files;
        else if (type == AE_IFDIR)
            ++summary.directories;
        else
            ++summary.links;
    }
    if (archive_write_close(out.get()) != ARCHIVE_OK)
        return failure(out.get());
    return summary;
}

Result<DirectoryArchive::Summary> DirectoryArchive::download(Runtime::ContainerRuntime &runtime,
                                                             const QString &containerId, const QString &containerPath,
                                                             const QString &directory, const std::atomic_bool *cancel)
{
    ByteChannel channel;
    Result<Summary> unpacked = makeError(ErrorCode::Internal, QString());
    std::thread consumer([&] {
        unpacked = extract([&channel](char *buffer, qint64 capacity) { return channel.pull(buffer, capacity); },
                           directory, 1, cancel);
        channel.abort(); // a failed extraction stops the download
    });
    const Result<void> received =
        runtime.downloadArchive(containerId, containerPath, [&](const char *data, qint64 size) {
            return !(cancel && cancel->load()) && channel.push(data, qsizetype(size));
        });
    channel.close(!received);
    consumer.join();
    // A complete tar is complete even when the extractor stopped reading before the engine's
    // padding; a broken download shows in the engine's words.
    if (!unpacked && unpacked.error().code == ErrorCode::Unavailable && !received)
        return received.error();
    return unpacked;
}

} // namespace BuildDeck::Source
