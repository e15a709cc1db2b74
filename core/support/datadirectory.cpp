#include "datadirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace BuildDeck {

DataDirectory::DataDirectory(QString path, QString source)
    : m_path(std::move(path))
    , m_source(std::move(source))
{
}

Result<DataDirectory> DataDirectory::open(const QString &requested)
{
    QString path = requested;
    QString source = QStringLiteral("--data-dir");
    if (path.isEmpty()) {
        path = qEnvironmentVariable("BUILDDECK_DATA_DIR");
        source = QStringLiteral("BUILDDECK_DATA_DIR");
    }
    if (path.isEmpty()) {
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        source = QStringLiteral("default");
    }
    if (path.isEmpty()) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("DataDirectory", "No data directory could be determined: set "
                                                                      "BUILDDECK_DATA_DIR or pass --data-dir DIR."));
    }

    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    if (info.exists() && !info.isDir()) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("DataDirectory",
                                                     "The data directory %1 (from %2) is a file, not a directory: "
                                                     "choose another path.")
                             .arg(absolute, source));
    }
    // A new data directory is its owner's alone: it holds logs, sources and the names of secrets.
    const bool created = !info.exists();
    if (!QDir().mkpath(absolute) ||
        (created && !QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("DataDirectory", "The data directory %1 (from %2) could not be "
                                                                      "created: check its parent's permissions.")
                             .arg(absolute, source));
    }
    QTemporaryFile probe(absolute + QStringLiteral("/.write-test-XXXXXX"));
    if (!probe.open()) {
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "DataDirectory", "The data directory %1 (from %2) is not writable: fix its "
                                                             "permissions or choose another path.")
                                            .arg(absolute, source));
    }
    return DataDirectory(QDir::cleanPath(absolute), source);
}

} // namespace BuildDeck
