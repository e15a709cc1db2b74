#pragma once

#include "buildspec/buildspec.h"
#include "support/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace BuildDeck::Artifacts {

// A file an artifact takes: where it is in the source tree, and its path in the artifact.
struct SelectedFile
{
    QString source; // relative to the tree, '/' separators
    QString target; // relative to the artifact's root
    friend bool operator==(const SelectedFile &, const SelectedFile &) = default;
};

struct Selection
{
    QList<SelectedFile> files; // in the order found, each target once
    QStringList log;           // the agent's lines, in CodeBuild's words
};

// Which files of a built source tree an artifact set takes, by CodeBuild's rules (reference §1.9,
// §1.11): `files` globs relative to each `base-directory` (itself a glob of directories, "."
// without one), `exclude-paths`, `discard-paths`. A pattern that would leave the tree ("..", an
// absolute path) and a symbolic link that points outside it are refused, so nothing outside the
// tree is ever read.
class ArtifactSelection final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Artifacts::ArtifactSelection)

public:
    // `set`'s variables are expanded already. Fails with InvalidArgument for a pattern that leaves
    // the tree or two files that would have one path in the artifact (ARCHITECTURE §6). No file
    // matching is not a failure here: an artifact fails for it, a report does not.
    static Result<Selection> select(const QString &tree, const Spec::ArtifactSet &set);
};

} // namespace BuildDeck::Artifacts
