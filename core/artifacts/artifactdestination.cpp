#include "artifactdestination.h"

#include <QDir>
#include <QStringList>

namespace BuildDeck::Artifacts {

namespace {

// The '/'-separated parts of `text`, or nothing when one of them would step out ("..") or the
// text is absolute where it may not be.
std::optional<QStringList> parts(const QString &text)
{
    const QStringList split = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString &part : split) {
        if (part == QStringLiteral(".."))
            return std::nullopt;
        if (part != QStringLiteral("."))
            kept.append(part);
    }
    return kept;
}

} // namespace

QString ArtifactDestination::bucketDirectory(const QString &dataDirectory, const QString &location)
{
    return QDir(dataDirectory).filePath(QStringLiteral("s3/") + parts(location).value_or(QStringList{}).join(u'/'));
}

Result<QString> ArtifactDestination::resolve(const QString &dataDirectory, const Projects::ProjectArtifacts &artifacts,
                                             const QString &name, const QString &buildUuid, const QString &field)
{
    const auto refused = [&](const QString &member, const QString &value) {
        return makeError(
            ErrorCode::InvalidArgument,
            tr("%1.%2: '%3' would leave the artifact folder; use a path without '..'.").arg(field, member, value));
    };
    const std::optional<QStringList> bucket = parts(artifacts.location);
    if (!bucket)
        return refused(QStringLiteral("location"), artifacts.location);
    if (bucket->isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1.location: an S3 artifact needs a location (the bucket, a folder under the data "
                            "directory's s3/).")
                             .arg(field));
    const std::optional<QStringList> path = parts(artifacts.path);
    if (!path)
        return refused(QStringLiteral("path"), artifacts.path);
    const std::optional<QStringList> named = parts(name);
    if (!named)
        return refused(QStringLiteral("name"), name);

    QStringList key = *path;
    if (artifacts.namespaceType == QStringLiteral("BUILD_ID"))
        key.append(buildUuid);
    key.append(*named);
    const bool zip = artifacts.packaging == QStringLiteral("ZIP");
    if (zip) {
        if (named->isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1.name: a ZIP artifact needs a file name; give the artifact a name.").arg(field));
        if (!key.last().endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive))
            key.last() += QStringLiteral(".zip");
    }
    if (key.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1: with no path and the name '/', the artifact would replace the whole bucket; give "
                            "it a name or a path.")
                             .arg(field));
    return QDir::cleanPath(bucketDirectory(dataDirectory, artifacts.location) + QLatin1Char('/') + key.join(u'/'));
}

} // namespace BuildDeck::Artifacts
