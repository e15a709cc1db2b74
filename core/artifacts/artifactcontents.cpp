#include "artifactcontents.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

namespace BuildDeck::Artifacts {

namespace {

using ReadArchive = std::unique_ptr<struct archive, decltype(&archive_read_free)>;

Result<ReadArchive> openZip(const QString &location)
{
    ReadArchive zip(archive_read_new(), archive_read_free);
    archive_read_support_format_zip(zip.get());
    if (archive_read_open_filename(zip.get(), QFile::encodeName(location).constData(), 64 * 1024) != ARCHIVE_OK)
        return makeError(ErrorCode::Io, ArtifactContents::tr("%1 cannot be read as a zip: %2")
                                            .arg(location, QString::fromLocal8Bit(archive_error_string(zip.get()))));
    return zip;
}

} // namespace

bool ArtifactContents::isZip(const QString &location)
{
    return QFileInfo(location).isFile();
}

Result<QList<ArtifactEntry>> ArtifactContents::list(const QString &location)
{
    QList<ArtifactEntry> entries;
    if (!QFileInfo::exists(location))
        return makeError(ErrorCode::NotFound,
                         tr("The artifact %1 is not there any more; run the build again to make it.").arg(location));
    if (!isZip(location)) {
        QDirIterator it(location, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        const QDir root(location);
        while (it.hasNext()) {
            it.next();
            entries.append({root.relativeFilePath(it.filePath()), it.fileInfo().size()});
        }
    } else {
        Result<ReadArchive> zip = openZip(location);
        if (!zip)
            return zip.error();
        struct archive_entry *entry = nullptr;
        int status;
        while ((status = archive_read_next_header(zip->get(), &entry)) == ARCHIVE_OK) {
            if (archive_entry_filetype(entry) != AE_IFDIR)
                entries.append({QString::fromUtf8(archive_entry_pathname_utf8(entry)), archive_entry_size(entry)});
        }
        if (status != ARCHIVE_EOF)
            return makeError(ErrorCode::Io,
                             tr("%1 cannot be read as a zip: %2")
                                 .arg(location, QString::fromLocal8Bit(archive_error_string(zip->get()))));
    }
    std::sort(entries.begin(), entries.end(),
              [](const ArtifactEntry &a, const ArtifactEntry &b) { return a.path < b.path; });
    return entries;
}

Result<void> ArtifactContents::extract(const QString &location, const QString &path, const QString &destination)
{
    if (path.startsWith(QLatin1Char('/')) || path.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return makeError(ErrorCode::InvalidArgument, tr("%1 is not a path inside the artifact.").arg(path));
    QFile::remove(destination);
    if (!isZip(location)) {
        QFile source(QDir(location).filePath(path));
        if (!source.copy(destination))
            return makeError(ErrorCode::Io,
                             tr("%1 cannot be copied to %2: %3").arg(path, destination, source.errorString()));
        return {};
    }
    Result<ReadArchive> zip = openZip(location);
    if (!zip)
        return zip.error();
    struct archive_entry *entry = nullptr;
    while (archive_read_next_header(zip->get(), &entry) == ARCHIVE_OK) {
        if (QString::fromUtf8(archive_entry_pathname_utf8(entry)) != path)
            continue;
        QFile out(destination);
        if (!out.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, tr("%1 cannot be written: %2").arg(destination, out.errorString()));
        QByteArray buffer(256 * 1024, Qt::Uninitialized);
        la_ssize_t count;
        while ((count = archive_read_data(zip->get(), buffer.data(), size_t(buffer.size()))) > 0) {
            if (out.write(buffer.constData(), count) != count)
                return makeError(ErrorCode::Io, tr("%1 cannot be written: %2").arg(destination, out.errorString()));
        }
        if (count < 0)
            return makeError(ErrorCode::Io,
                             tr("%1 cannot be read from %2: %3")
                                 .arg(path, location, QString::fromLocal8Bit(archive_error_string(zip->get()))));
        return {};
    }
    return makeError(ErrorCode::NotFound, tr("%1 has no file %2.").arg(location, path));
}

} // namespace BuildDeck::Artifacts
