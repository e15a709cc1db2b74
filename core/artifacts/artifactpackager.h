#pragma once

#include "artifactselection.h"
#include "support/result.h"

#include <QCoreApplication>
#include <QString>

namespace BuildDeck::Artifacts {

// What an artifact became: where it is, and for a zip its checksums (reference §5).
struct PackagedArtifact
{
    QString location; // absolute path of the folder or zip
    QString sha256sum;
    QString md5sum;
    qint64 files = 0;
    qint64 bytes = 0; // of the files put in

    friend bool operator==(const PackagedArtifact &, const PackagedArtifact &) = default;
};

// Writes the files an artifact set selected: as a folder (packaging NONE) or one zip file (ZIP,
// with libarchive). The artifact is made beside its destination and moved into place at the end,
// so a failure leaves an earlier artifact of that name as it was.
class ArtifactPackager final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Artifacts::ArtifactPackager)

public:
    enum class Packaging
    {
        None,
        Zip
    };

    // `tree` is the directory the selection was made in. Symbolic links are followed, except in a
    // zip with `enableSymlinks`, which keeps them as links.
    static Result<PackagedArtifact> package(const QString &tree, const Selection &selection, Packaging packaging,
                                            bool enableSymlinks, const QString &destination);
};

} // namespace BuildDeck::Artifacts
