#include "artifactselection.h"

#include "globpattern.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace BuildDeck::Artifacts {

namespace {

// A pattern that names something outside the tree: absolute, or with a ".." component.
bool leavesTree(const QString &pattern)
{
    if (pattern.startsWith(QLatin1Char('/')) || pattern.startsWith(QLatin1Char('\\')))
        return true;
    const QStringList parts = pattern.split(QLatin1Char('/'));
    return parts.contains(QStringLiteral(".."));
}

QString cleaned(QString pattern)
{
    while (pattern.startsWith(QStringLiteral("./")))
        pattern.remove(0, 2);
    return pattern;
}

// Every file below `directory` (hidden ones too), relative to it, sorted.
QStringList filesBelow(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir base(directory);
    while (it.hasNext())
        files.append(base.relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

Result<Selection> ArtifactSelection::select(const QString &tree, const Spec::ArtifactSet &set)
{
    QStringList patterns = set.files;
    patterns.append(set.excludePaths);
    if (!set.baseDirectory.isEmpty())
        patterns.append(set.baseDirectory);
    for (const QString &pattern : std::as_const(patterns)) {
        if (leavesTree(pattern.trimmed()))
            return makeError(
                ErrorCode::InvalidArgument,
                tr("The artifact path %1 leaves the source directory; give a path inside it.").arg(pattern));
    }
    const QString root = QFileInfo(tree).canonicalFilePath();
    if (root.isEmpty())
        return makeError(ErrorCode::NotFound, tr("The source directory %1 is not there.").arg(tree));

    // The base directories: ".", or every directory the base-directory glob matches.
    QStringList bases;
    const QString basePattern = cleaned(set.baseDirectory.trimmed());
    if (basePattern.isEmpty() || basePattern == QStringLiteral(".")) {
        bases.append(QStringLiteral("."));
    } else {
        const GlobPattern glob(basePattern.endsWith(QLatin1Char('/')) ? basePattern.chopped(1) : basePattern);
        QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        const QDir rootDir(root);
        while (it.hasNext()) {
            const QString relative = rootDir.relativeFilePath(it.next());
            if (glob.matches(relative))
                bases.append(relative);
        }
        bases.sort();
    }

    // The log lines are the agent's, in CodeBuild's words (English, as the rest of the build log).
    Selection selection;
    QList<GlobPattern> excludes;
    for (const QString &exclude : set.excludePaths)
        excludes.append(GlobPattern(cleaned(exclude.trimmed())));
    QHash<QString, QString> targets; // artifact path -> source path
    const bool discard = set.discardPaths.value_or(false);
    for (const QString &base : std::as_const(bases)) {
        selection.log << QStringLiteral("Expanding base directory path: %1").arg(base)
                      << QStringLiteral("Assembling file list") << QStringLiteral("Expanding %1").arg(base)
                      << QStringLiteral("Expanding file paths for base directory %1").arg(base)
                      << QStringLiteral("Assembling file list");
        const QString baseDirectory = QDir(root).filePath(base);
        const QStringList files = filesBelow(baseDirectory);
        for (const QString &pattern : set.files) {
            selection.log << QStringLiteral("Expanding %1").arg(pattern);
            const GlobPattern glob(cleaned(pattern.trimmed()));
            bool matched = false;
            for (const QString &file : files) {
                if (!glob.matches(file))
                    continue;
                if (std::any_of(excludes.cbegin(), excludes.cend(),
                                [&](const GlobPattern &exclude) { return exclude.matches(file); }))
                    continue;
                matched = true;
                const QString source =
                    QDir::cleanPath(base == QStringLiteral(".") ? file : base + QLatin1Char('/') + file);
                // A link may only point inside the tree.
                const QString resolved = QFileInfo(QDir(root).filePath(source)).canonicalFilePath();
                if (resolved.isEmpty() ||
                    !QString(resolved + QLatin1Char('/')).startsWith(QString(root + QLatin1Char('/')))) {
                    selection.log << QStringLiteral(
                                         "Skipping %1: a symbolic link that leads outside the source directory")
                                         .arg(source);
                    continue;
                }
                const QString target = discard ? QFileInfo(file).fileName() : file;
                if (const auto taken = targets.constFind(target); taken != targets.cend()) {
                    if (*taken == source)
                        continue; // matched by another pattern already
                    return makeError(ErrorCode::InvalidArgument,
                                     QStringLiteral("duplicate artifact path %1: both %2 and %3 would be written there")
                                         .arg(target, *taken, source));
                }
                targets.insert(target, source);
                selection.files.append({source, target});
            }
            if (!matched)
                selection.log << QStringLiteral("Skipping invalid file path %1").arg(pattern);
        }
    }
    selection.log << QStringLiteral("Found %1 file(s)").arg(selection.files.size());
    return selection;
}

} // namespace BuildDeck::Artifacts
