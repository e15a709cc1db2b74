#pragma once

#include "project/project.h"
#include "support/result.h"

#include <QCoreApplication>
#include <QString>

namespace BuildDeck::Artifacts {

// Where an artifact of type S3 lands under the data directory (ARCHITECTURE §4):
// `s3/<location>/<path>/[<build uuid>/]<name>[.zip]`, the bucket being a folder. Every part is
// checked, so that no artifact is ever written outside `<data>/s3/<location>`.
class ArtifactDestination final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Artifacts::ArtifactDestination)

public:
    // `field` names the artifact in messages ("artifacts", "secondaryArtifacts[0]"); `name` is the
    // artifact's name as the build decided it (the project's, or the buildspec's when
    // overrideArtifactName is set). A name of "/" puts the files at the path itself.
    static Result<QString> resolve(const QString &dataDirectory, const Projects::ProjectArtifacts &artifacts,
                                   const QString &name, const QString &buildUuid, const QString &field);

    // The folder that holds every artifact of a location (a bucket).
    static QString bucketDirectory(const QString &dataDirectory, const QString &location);
};

} // namespace BuildDeck::Artifacts
