#include "stringmakers.h"

#include "artifacts/artifactselection.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace BuildDeck;
using Artifacts::ArtifactSelection;
using Artifacts::SelectedFile;

namespace {

// The tree of reference §1.11's example, plus a few more files.
class Tree
{
public:
    Tree()
    {
        for (const char *path :
             {"my-build-1/my-file-1.txt", "my-build-2/my-file-2.txt", "my-build-2/my-subdirectory/my-file-3.txt",
              "README.md", ".hidden/config", "dist/app.js", "dist/app.js.map", "dist/lib/util.js"}) {
            const QString file = dir.filePath(QString::fromLatin1(path));
            QDir().mkpath(QFileInfo(file).absolutePath());
            QFile out(file);
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(path);
        }
    }
    QTemporaryDir dir;
};

Spec::ArtifactSet set(const QStringList &files, const QString &base = {}, bool discard = false,
                      const QStringList &excludes = {})
{
    Spec::ArtifactSet made;
    made.files = files;
    made.baseDirectory = base;
    made.discardPaths = discard;
    made.excludePaths = excludes;
    return made;
}

QStringList targets(const Result<Artifacts::Selection> &selection)
{
    REQUIRE(selection);
    QStringList names;
    for (const SelectedFile &file : selection->files)
        names.append(file.target);
    return names;
}

} // namespace

TEST_CASE("Artifact files follow CodeBuild's examples: base directories, globs, discard-paths", "[artifacts]")
{
    Tree tree;
    const Result<Artifacts::Selection> one = ArtifactSelection::select(
        tree.dir.path(), set({QStringLiteral("*/my-file-3.txt")}, QStringLiteral("my-build-2")));
    CHECK(targets(one) == QStringList{QStringLiteral("my-subdirectory/my-file-3.txt")});
    CHECK(one->files.first().source == QStringLiteral("my-build-2/my-subdirectory/my-file-3.txt"));

    const Result<Artifacts::Selection> flat =
        ArtifactSelection::select(tree.dir.path(), set({QStringLiteral("**/*")}, QStringLiteral("my-build*"), true));
    CHECK(targets(flat) == QStringList{QStringLiteral("my-file-1.txt"), QStringLiteral("my-file-2.txt"),
                                       QStringLiteral("my-file-3.txt")});
    CHECK(flat->log.contains(QStringLiteral("Expanding base directory path: my-build-1")));
    CHECK(flat->log.last() == QStringLiteral("Found 3 file(s)"));

    // dir/* takes the files directly in dir; dir/**/* everything below; hidden files count.
    CHECK(targets(ArtifactSelection::select(tree.dir.path(), set({QStringLiteral("dist/*")}))) ==
          QStringList{QStringLiteral("dist/app.js"), QStringLiteral("dist/app.js.map")});
    CHECK(targets(ArtifactSelection::select(tree.dir.path(), set({QStringLiteral("dist/**/*")}))).size() == 3);
    CHECK(targets(ArtifactSelection::select(tree.dir.path(), set({QStringLiteral("**/*")})))
              .contains(QStringLiteral(".hidden/config")));
    CHECK(targets(ArtifactSelection::select(
              tree.dir.path(), set({QStringLiteral("dist/**/*")}, {}, false, {QStringLiteral("**/*.map")}))) ==
          QStringList{QStringLiteral("dist/app.js"), QStringLiteral("dist/lib/util.js")});

    // A pattern that matches nothing is logged; nothing matching at all is the caller's to judge.
    const Result<Artifacts::Selection> partial =
        ArtifactSelection::select(tree.dir.path(), set({QStringLiteral("README.md"), QStringLiteral("missing/*.txt")}));
    CHECK(targets(partial) == QStringList{QStringLiteral("README.md")});
    CHECK(partial->log.contains(QStringLiteral("Skipping invalid file path missing/*.txt")));
    const Result<Artifacts::Selection> none =
        ArtifactSelection::select(tree.dir.path(), set({QStringLiteral("*.exe")}));
    REQUIRE(none);
    CHECK(none->files.isEmpty());
    CHECK(none->log.constLast() == QStringLiteral("Found 0 file(s)"));
}

TEST_CASE("Artifact paths that leave the source directory are refused, links that lead out too", "[artifacts]")
{
    Tree tree;
    QTemporaryDir outside;
    QFile secret(outside.filePath(QStringLiteral("secret.txt")));
    REQUIRE(secret.open(QIODevice::WriteOnly));
    secret.write("outside");
    secret.close();
    REQUIRE(QFile::link(secret.fileName(), tree.dir.filePath(QStringLiteral("dist/leak.txt"))));

    for (const Spec::ArtifactSet &bad :
         {set({QStringLiteral("../*")}), set({QStringLiteral("/etc/passwd")}),
          set({QStringLiteral("**/*")}, QStringLiteral("..")), set({QStringLiteral("a/../../b")})}) {
        const Result<Artifacts::Selection> refused = ArtifactSelection::select(tree.dir.path(), bad);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::InvalidArgument);
        CHECK(refused.error().message.contains(QStringLiteral("leaves the source directory")));
    }
    const Result<Artifacts::Selection> linked =
        ArtifactSelection::select(tree.dir.path(), set({QStringLiteral("dist/*")}));
    CHECK_FALSE(targets(linked).contains(QStringLiteral("dist/leak.txt")));
    CHECK(linked->log.contains(
        QStringLiteral("Skipping dist/leak.txt: a symbolic link that leads outside the source directory")));
}

TEST_CASE("Two files that discard-paths would put in one place fail the selection, naming both", "[artifacts]")
{
    Tree tree;
    QFile clash(tree.dir.filePath(QStringLiteral("dist/lib/app.js")));
    REQUIRE(clash.open(QIODevice::WriteOnly));
    clash.write("clash");
    clash.close();

    const Result<Artifacts::Selection> flattened =
        ArtifactSelection::select(tree.dir.path(), set({QStringLiteral("dist/**/*")}, {}, true));
    REQUIRE_FALSE(flattened);
    CHECK(flattened.error().code == ErrorCode::InvalidArgument);
    CHECK(
        flattened.error().message ==
        QStringLiteral("duplicate artifact path app.js: both dist/app.js and dist/lib/app.js would be written there"));

    // The same file matched by two patterns is taken once.
    CHECK(targets(ArtifactSelection::select(tree.dir.path(),
                                            set({QStringLiteral("dist/app.js"), QStringLiteral("dist/*.js")}))) ==
          QStringList{QStringLiteral("dist/app.js")});
}
