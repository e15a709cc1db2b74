#pragma once

#include "buildrecord.h"

#include "buildspec/buildspec.h"
#include "project/project.h"
#include "support/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace BuildDeck::Engine {

// UPLOAD_ARTIFACTS' artifacts (reference §1.9, §1.11, §4.3; ARCHITECTURE §4-§6): which artifacts
// a build makes, from the project's settings and the buildspec's `artifacts`, and each one made
// from the build's files into the data directory's s3/ folder. Failures are the phase's
// CLIENT_ERROR messages; log lines are the agent's, in English as the rest of the build log.
class ArtifactCollector final
{
public:
    struct Target
    {
        QString field; // "artifacts" or "secondaryArtifacts[<i>]"
        Projects::ProjectArtifacts settings;
        Spec::ArtifactSet set;
    };

    // The host copy of the build's files and where they were in the container.
    struct Files
    {
        QString dataDirectory;
        QString buildUuid;
        QString projectName;
        QString containerRoot;   // the container's source root, the parent of every source directory
        QString hostRoot;        // its copy on the host
        QString sourceDirectory; // CODEBUILD_SRC_DIR, in the container
    };

    // Where a set's files are: the copy of CODEBUILD_SRC_DIR, or of the source directory that an
    // absolute base-directory (expanded already, such as $CODEBUILD_SRC_DIR_<id>) names, which the
    // set then no longer has.
    struct Tree
    {
        QString directory;          // on the host
        QString containerDirectory; // where it was in the container
        Spec::ArtifactSet set;
    };
    static Result<Tree> treeFor(const Spec::ArtifactSet &set, const Files &files);

    // The artifacts of type S3 the project asks for, each with the buildspec's set for it.
    static Result<QList<Target>> plan(const Projects::Project &project, const Spec::BuildSpec &spec, QStringList &log);

    // The texts of `target` the build's shell expands: its base-directory, and its name when
    // overrideArtifactName is set.
    static QStringList textsToExpand(const Target &target);

    // Makes `target`'s artifact from `files`, with `expanded` the shell's values of
    // textsToExpand().
    static Result<BuildArtifacts> make(const Target &target, const QStringList &expanded, const Files &files,
                                       QStringList &log);
};

} // namespace BuildDeck::Engine
