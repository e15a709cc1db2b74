#pragma once

#include "support/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace BuildDeck::Artifacts {

// A file in an artifact.
struct ArtifactEntry
{
    QString path; // '/'-separated, relative to the artifact's root
    qint64 size = 0;
    friend bool operator==(const ArtifactEntry &, const ArtifactEntry &) = default;
};

// What a made artifact holds (a folder's files or a zip's entries), and one of its files taken
// out. Reads only: blocking, so front ends call it off their GUI thread.
class ArtifactContents final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Artifacts::ArtifactContents)

public:
    static bool isZip(const QString &location);
    // The files, sorted by path.
    static Result<QList<ArtifactEntry>> list(const QString &location);
    // Writes the file `path` of the artifact to `destination` (replacing it): copied out of a
    // folder, or extracted from a zip. A path that leaves the artifact is refused.
    static Result<void> extract(const QString &location, const QString &path, const QString &destination);
};

} // namespace BuildDeck::Artifacts
