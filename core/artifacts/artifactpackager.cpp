#include "artifactpackager.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <archive.h>
#include <archive_entry.h>

#include <sys/stat.h>
#include <unistd.h>

#include <memory>

namespace BuildDeck::Artifacts {

namespace {

Error ioError(const QString &message)
{
    return makeError(ErrorCode::Io, message);
}

Result<PackagedArtifact> copyFolder(const QString &tree, const Selection &selection, const QString &folder)
{
    PackagedArtifact made;
    for (const SelectedFile &file : selection.files) {
        const QString target = QDir(folder).filePath(file.target);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return ioError(ArtifactPackager::tr("The folder for %1 cannot be made.").arg(target));
        QFile source(QDir(tree).filePath(file.source)); // a link is followed: its file is copied
        if (!source.copy(target))
            return ioError(
                ArtifactPackager::tr("%1 cannot be copied to %2: %3").arg(file.source, target, source.errorString()));
        ++made.files;
        made.bytes += QFileInfo(target).size();
    }
    return made;
}

Result<PackagedArtifact> writeZip(const QString &tree, const Selection &selection, bool enableSymlinks,
                                  const QString &zipFile)
{
    std::unique_ptr<struct archive, decltype(&archive_write_free)> zip(archive_write_new(), archive_write_free);
    archive_write_set_format_zip(zip.get());
    const auto failure = [&] {
        return ioError(ArtifactPackager::tr("Writing %1 failed: %2")
                           .arg(zipFile, QString::fromLocal8Bit(archive_error_string(zip.get()))));
    };
    if (archive_write_open_filename(zip.get(), QFile::encodeName(zipFile).constData()) != ARCHIVE_OK)
        return failure();
    PackagedArtifact made;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (const SelectedFile &file : selection.files) {
        const QByteArray path = QFile::encodeName(QDir(tree).filePath(file.source));
        struct stat status
        {
        };
        if (::lstat(path.constData(), &status) != 0)
            return ioError(ArtifactPackager::tr("%1 cannot be read.").arg(file.source));
        const bool keepLink = enableSymlinks && S_ISLNK(status.st_mode);
        if (!keepLink && ::stat(path.constData(), &status) != 0)
            return ioError(ArtifactPackager::tr("%1 cannot be read.").arg(file.source));
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), archive_entry_free);
        archive_entry_copy_stat(entry.get(), &status);
        archive_entry_set_pathname_utf8(entry.get(), file.target.toUtf8().constData());
        if (keepLink) {
            QByteArray target(4096, Qt::Uninitialized);
            const ssize_t length = ::readlink(path.constData(), target.data(), size_t(target.size()));
            if (length < 0)
                return ioError(ArtifactPackager::tr("The link %1 cannot be read.").arg(file.source));
            target.truncate(length);
            archive_entry_set_symlink(entry.get(), target.constData());
            archive_entry_set_size(entry.get(), 0);
        }
        if (archive_write_header(zip.get(), entry.get()) != ARCHIVE_OK)
            return failure();
        if (!keepLink) {
            QFile in(QString::fromLocal8Bit(path));
            if (!in.open(QIODevice::ReadOnly))
                return ioError(ArtifactPackager::tr("%1 cannot be read: %2").arg(file.source, in.errorString()));
            qint64 count;
            while ((count = in.read(buffer.data(), buffer.size())) > 0) {
                if (archive_write_data(zip.get(), buffer.constData(), size_t(count)) < 0)
                    return failure();
                made.bytes += count;
            }
        }
        ++made.files;
    }
    if (archive_write_close(zip.get()) != ARCHIVE_OK)
        return failure();

    QFile written(zipFile);
    if (!written.open(QIODevice::ReadOnly))
        return ioError(ArtifactPackager::tr("%1 cannot be read: %2").arg(zipFile, written.errorString()));
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    QCryptographicHash md5(QCryptographicHash::Md5);
    qint64 count;
    while ((count = written.read(buffer.data(), buffer.size())) > 0) {
        sha256.addData(QByteArrayView(buffer.constData(), count));
        md5.addData(QByteArrayView(buffer.constData(), count));
    }
    made.sha256sum = QString::fromLatin1(sha256.result().toHex());
    made.md5sum = QString::fromLatin1(md5.result().toHex());
    return made;
}

// Moves `made` to `destination`, replacing what was there.
Result<void> moveIntoPlace(const QString &made, const QString &destination)
{
    const QFileInfo existing(destination);
    const QString previous = destination + QStringLiteral(".previous");
    if (existing.exists() || existing.isSymLink()) {
        QDir(previous).removeRecursively();
        QFile::remove(previous);
        if (!QFile::rename(destination, previous))
            return ioError(ArtifactPackager::tr("%1 cannot be replaced.").arg(destination));
    }
    if (!QFile::rename(made, destination)) {
        QFile::rename(previous, destination);
        return ioError(ArtifactPackager::tr("%1 cannot be moved to %2.").arg(made, destination));
    }
    QDir(previous).removeRecursively();
    QFile::remove(previous);
    return {};
}

} // namespace

Result<PackagedArtifact> ArtifactPackager::package(const QString &tree, const Selection &selection, Packaging packaging,
                                                   bool enableSymlinks, const QString &destination)
{
    const QString parent = QFileInfo(destination).absolutePath();
    if (!QDir().mkpath(parent))
        return ioError(tr("The folder %1 cannot be made.").arg(parent));
    const QString staging = destination + QStringLiteral(".partial");
    QDir(staging).removeRecursively();
    QFile::remove(staging);
    auto cleanup = qScopeGuard([&] {
        QDir(staging).removeRecursively();
        QFile::remove(staging);
    });
    Result<PackagedArtifact> made = packaging == Packaging::Zip ? writeZip(tree, selection, enableSymlinks, staging)
                                                                : copyFolder(tree, selection, staging);
    if (!made)
        return made;
    if (packaging == Packaging::None && !QDir().mkpath(staging))
        return ioError(tr("The folder %1 cannot be made.").arg(staging));
    if (Result<void> moved = moveIntoPlace(staging, destination); !moved)
        return moved.error();
    made->location = QFileInfo(destination).absoluteFilePath();
    return made;
}

} // namespace BuildDeck::Artifacts
