#include "artifactcollector.h"

#include "artifacts/artifactdestination.h"
#include "artifacts/artifactpackager.h"
#include "artifacts/artifactselection.h"

#include <QDir>

namespace BuildDeck::Engine {

namespace {

Error clientError(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

bool overridesName(const ArtifactCollector::Target &target)
{
    return target.settings.overrideArtifactName.value_or(false) && !target.set.name.isEmpty();
}

} // namespace

Result<QList<ArtifactCollector::Target>> ArtifactCollector::plan(const Projects::Project &project,
                                                                 const Spec::BuildSpec &spec, QStringList &log)
{
    QList<Target> targets;
    const QString s3 = QStringLiteral("S3");
    const bool wanted = project.artifacts.type == s3 ||
                        std::any_of(project.secondaryArtifacts.cbegin(), project.secondaryArtifacts.cend(),
                                    [&](const Projects::ProjectArtifacts &a) { return a.type == s3; });
    if (!wanted)
        return targets;
    if (!spec.artifacts || spec.artifacts->primary.files.isEmpty())
        return clientError(QStringLiteral("no definition for primary artifacts in buildspec"));
    if (project.artifacts.type == s3)
        targets.append({QStringLiteral("artifacts"), project.artifacts, spec.artifacts->primary});
    else if (project.artifacts.type == QStringLiteral("CODEPIPELINE"))
        log << QStringLiteral("Skipping the primary artifact: CODEPIPELINE artifacts are not kept locally");

    QStringList identifiers;
    for (qsizetype i = 0; i < project.secondaryArtifacts.size(); ++i) {
        const Projects::ProjectArtifacts &settings = project.secondaryArtifacts.at(i);
        identifiers.append(settings.artifactIdentifier);
        if (settings.type != s3)
            continue;
        const auto set = std::find_if(spec.artifacts->secondary.cbegin(), spec.artifacts->secondary.cend(),
                                      [&](const auto &entry) { return entry.first == settings.artifactIdentifier; });
        if (set == spec.artifacts->secondary.cend())
            return clientError(QStringLiteral("no definition for secondary artifact %1 in buildspec")
                                   .arg(settings.artifactIdentifier));
        targets.append({QStringLiteral("secondaryArtifacts[%1]").arg(i), settings, set->second});
    }
    for (const auto &[identifier, set] : spec.artifacts->secondary) {
        if (!identifiers.contains(identifier))
            log << QStringLiteral("Skipping secondary artifact %1: the project has no secondary artifact with that "
                                  "artifactIdentifier")
                       .arg(identifier);
    }
    return targets;
}

Result<ArtifactCollector::Tree> ArtifactCollector::treeFor(const Spec::ArtifactSet &set, const Files &files)
{
    Tree tree{{}, files.sourceDirectory, set};
    if (set.baseDirectory.startsWith(QLatin1Char('/'))) {
        const QString absolute = QDir::cleanPath(set.baseDirectory);
        if (!absolute.startsWith(files.containerRoot + QLatin1Char('/')))
            return clientError(
                QStringLiteral("base-directory %1 is outside the build's source directories").arg(set.baseDirectory));
        tree.containerDirectory = absolute;
        tree.set.baseDirectory.clear();
    }
    tree.directory = QDir(files.hostRoot).filePath(QDir(files.containerRoot).relativeFilePath(tree.containerDirectory));
    return tree;
}

QStringList ArtifactCollector::textsToExpand(const Target &target)
{
    return {target.set.baseDirectory, overridesName(target) ? target.set.name : QString()};
}

Result<BuildArtifacts> ArtifactCollector::make(const Target &target, const QStringList &expanded, const Files &files,
                                               QStringList &log)
{
    const QString identifier = target.settings.artifactIdentifier;
    const QString label = target.field == QStringLiteral("artifacts")
                              ? QStringLiteral("primary artifact")
                              : QStringLiteral("secondary artifact ") + identifier;
    Spec::ArtifactSet set = target.set;
    set.baseDirectory = expanded.value(0);
    const Result<Tree> tree = treeFor(set, files);
    if (!tree)
        return clientError(QStringLiteral("%1: %2").arg(label, tree.error().message));
    const Result<Artifacts::Selection> selection = Artifacts::ArtifactSelection::select(tree->directory, tree->set);
    if (!selection)
        return clientError(selection.error().message);
    log << selection->log;
    if (selection->files.isEmpty())
        return clientError(QStringLiteral("no matching artifact paths found"));

    const QString name = overridesName(target)            ? expanded.value(1)
                         : target.settings.name.isEmpty() ? files.projectName
                                                          : target.settings.name;
    const Result<QString> destination = Artifacts::ArtifactDestination::resolve(files.dataDirectory, target.settings,
                                                                                name, files.buildUuid, target.field);
    if (!destination)
        return clientError(destination.error().message);
    const bool zip = target.settings.packaging == QStringLiteral("ZIP");
    const Result<Artifacts::PackagedArtifact> made = Artifacts::ArtifactPackager::package(
        tree->directory, *selection,
        zip ? Artifacts::ArtifactPackager::Packaging::Zip : Artifacts::ArtifactPackager::Packaging::None,
        target.set.enableSymlinks.value_or(false), *destination);
    if (!made)
        return clientError(made.error().message);
    log << QStringLiteral("Uploading %1: %2 file(s), %3 byte(s) to %4")
               .arg(label)
               .arg(made->files)
               .arg(made->bytes)
               .arg(made->location);
    return BuildArtifacts{identifier, made->location, made->sha256sum, made->md5sum};
}

} // namespace BuildDeck::Engine
