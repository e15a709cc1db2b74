#include "gitrepositories.h"
#include "stringmakers.h"

#include "source/gitsource.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace BuildDeck;
using Source::GitSource;

namespace {

struct Fetched
{
    QStringList log;
    Source::GitCallbacks callbacks{[this](const QString &line) { log.append(line); }, {}, nullptr};
};

QString read(const QString &directory, const QString &name)
{
    QFile file(QDir(directory).filePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST_CASE("Git versions resolve in a mirror: default branch, branch, tag, commit, short commit, ref, pull request",
          "[git]")
{
    GitRepositories repositories;
    QTemporaryDir data;
    GitSource git(data.path());
    Fetched fetched;
    const QString url = repositories.project();

    const Result<QString> head = git.fetch(url, {}, fetched.callbacks);
    REQUIRE(head);
    CHECK(*head == repositories.revision(QStringLiteral("main")));
    CHECK(fetched.log.first().startsWith(QStringLiteral("Cloning ")));
    CHECK(QFileInfo(git.mirrorPath(url)).isDir());

    CHECK(git.fetch(url, QStringLiteral("feature"), fetched.callbacks).value() ==
          repositories.revision(QStringLiteral("feature")));
    CHECK(git.fetch(url, QStringLiteral("v1"), fetched.callbacks).value() ==
          repositories.revision(QStringLiteral("v1^{commit}")));
    const QString second = repositories.revision(QStringLiteral("main~1"));
    CHECK(git.fetch(url, second, fetched.callbacks).value() == second);
    CHECK(git.fetch(url, second.left(8), fetched.callbacks).value() == second);
    CHECK(git.fetch(url, QStringLiteral("refs/heads/feature"), fetched.callbacks).value() ==
          repositories.revision(QStringLiteral("feature")));
    CHECK(git.fetch(url, QStringLiteral("pr/7"), fetched.callbacks).value() ==
          repositories.revision(QStringLiteral("feature")));
    CHECK(fetched.log.last().startsWith(QStringLiteral("Fetching what is new")));

    const Result<QString> missing = git.fetch(url, QStringLiteral("no-such-branch"), fetched.callbacks);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("no-such-branch")));

    // A new commit upstream is there at the next fetch.
    GitRepositories::write(url, QStringLiteral("README"), "fourth\n");
    GitRepositories::commit(url, QStringLiteral("fourth"));
    CHECK(git.fetch(QStringLiteral("file://") + url, {}, fetched.callbacks).value() ==
          repositories.revision(QStringLiteral("main")));
    CHECK(git.fetch(url, {}, fetched.callbacks).value() == repositories.revision(QStringLiteral("main")));
}

TEST_CASE("A local repository's objects are copied into a new mirror, the user's alone, not packed again", "[git]")
{
    GitRepositories repositories;
    const QString url = repositories.project();
    GitRepositories::git(url, {QStringLiteral("gc"), QStringLiteral("-q")});
    GitRepositories::write(url, QStringLiteral("README"), "loose\n");
    GitRepositories::commit(url, QStringLiteral("a loose commit"));
    const QStringList packs =
        QDir(url + QStringLiteral("/.git/objects/pack")).entryList({QStringLiteral("*.pack")}, QDir::Files);
    REQUIRE(packs.size() == 1);

    for (const QString &given : QStringList{url, QStringLiteral("file://") + url}) {
        QTemporaryDir data;
        GitSource git(data.path());
        Fetched fetched;
        CHECK(git.fetch(given, {}, fetched.callbacks).value() == repositories.revision(QStringLiteral("main")));
        const QDir objects(git.mirrorPath(given) + QStringLiteral("/objects"));
        // The pack as it is (a pack the fetch made would have another name), and the loose objects.
        CHECK(QDir(objects.filePath(QStringLiteral("pack"))).entryList({QStringLiteral("*.pack")}, QDir::Files) ==
              packs);
        const QString head = repositories.revision(QStringLiteral("main"));
        const QFileDevice::Permissions notUser = QFileDevice::Permissions(0x7077); // owner, group, other
        CHECK((QFileInfo(objects.filePath(head.left(2) + QLatin1Char('/') + head.mid(2))).permissions() & notUser) ==
              QFileDevice::ReadOwner);
        // A checkout from it has the whole history.
        QTemporaryDir tree;
        REQUIRE(git.checkout(given, {}, head, tree.path(), 0, false, fetched.callbacks));
        CHECK(read(tree.path(), QStringLiteral("README")) == QStringLiteral("loose\n"));
        CHECK(GitRepositories::git(tree.path(), {QStringLiteral("rev-list"), QStringLiteral("--count"), head}) ==
              GitRepositories::git(url, {QStringLiteral("rev-list"), QStringLiteral("--count"), head}));
    }
}

TEST_CASE("A git checkout: the tree with its .git, a branch or a detached commit, shallow when asked, submodules",
          "[git]")
{
    GitRepositories repositories;
    QTemporaryDir data;
    QTemporaryDir work;
    GitSource git(data.path());
    Fetched fetched;
    const QString url = repositories.project();

    const QString feature = git.fetch(url, QStringLiteral("feature"), fetched.callbacks).value();
    const QString branchTree = work.filePath(QStringLiteral("branch"));
    REQUIRE(git.checkout(url, QStringLiteral("feature"), feature, branchTree, 0, true, fetched.callbacks));
    CHECK(read(branchTree, QStringLiteral("README")) == QStringLiteral("feature\n"));
    CHECK(read(branchTree, QStringLiteral("lib/lib.txt")) == QStringLiteral("library v1\n"));
    CHECK(GitRepositories::git(branchTree, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).trimmed() == feature);
    CHECK(GitRepositories::git(branchTree, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")}).trimmed() ==
          QStringLiteral("refs/heads/feature"));
    CHECK(GitRepositories::git(branchTree,
                               {QStringLiteral("remote"), QStringLiteral("get-url"), QStringLiteral("origin")})
              .trimmed() == url);
    CHECK(GitRepositories::git(branchTree, {QStringLiteral("status"), QStringLiteral("--porcelain")})
              .trimmed()
              .isEmpty());
    CHECK(GitRepositories::git(branchTree,
                               {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")})
              .trimmed() == QStringLiteral("4"));

    // A commit id: a detached HEAD; two generations of history, marked shallow.
    const QString second = repositories.revision(QStringLiteral("main~1"));
    const QString commit = git.fetch(url, second, fetched.callbacks).value();
    const QString shallowTree = work.filePath(QStringLiteral("shallow"));
    REQUIRE(git.checkout(url, second, commit, shallowTree, 1, false, fetched.callbacks));
    CHECK(read(shallowTree, QStringLiteral("README")) == QStringLiteral("second\n"));
    CHECK(GitRepositories::git(shallowTree, {QStringLiteral("rev-parse"), QStringLiteral("--is-shallow-repository")})
              .trimmed() == QStringLiteral("true"));
    CHECK(GitRepositories::git(shallowTree,
                               {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")})
              .trimmed() == QStringLiteral("1"));
    CHECK(GitRepositories::git(shallowTree, {QStringLiteral("status"), QStringLiteral("--porcelain")})
              .trimmed()
              .isEmpty());
    const ProcessResult detached =
        runProgram(QStringLiteral("git"), {QStringLiteral("-C"), shallowTree, QStringLiteral("symbolic-ref"),
                                           QStringLiteral("-q"), QStringLiteral("HEAD")});
    CHECK(detached.exitCode != 0);

    const QString main = git.fetch(url, {}, fetched.callbacks).value();
    const QString twoTree = work.filePath(QStringLiteral("two"));
    REQUIRE(git.checkout(url, {}, main, twoTree, 2, false, fetched.callbacks));
    CHECK(GitRepositories::git(twoTree, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")})
              .trimmed() == QStringLiteral("2"));
    CHECK_FALSE(QFileInfo::exists(QDir(twoTree).filePath(QStringLiteral("lib/lib.txt")))); // submodules not asked for
}

TEST_CASE("Git failures name the URL, a stop ends a fetch", "[git]")
{
    QTemporaryDir data;
    GitSource git(data.path());
    Fetched fetched;
    const Result<QString> missing = git.fetch(data.filePath(QStringLiteral("nowhere")), {}, fetched.callbacks);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(data.filePath(QStringLiteral("nowhere"))));

    GitRepositories repositories;
    std::atomic_bool stop{true};
    Source::GitCallbacks stopped{{}, {}, &stop};
    const Result<QString> cancelled = git.fetch(repositories.project(), {}, stopped);
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == ErrorCode::Cancelled);

    CHECK(GitSource::hostedPath(QStringLiteral("https://github.com/aws/aws-codebuild-docker-images.git")) ==
          QStringLiteral("github.com/aws/aws-codebuild-docker-images"));
    CHECK(GitSource::hostedPath(QStringLiteral("git@gitlab.com:group/project.git")) ==
          QStringLiteral("gitlab.com/group/project"));
    CHECK(GitSource::hostedPath(QStringLiteral("file:///srv/repo")).isEmpty());
    CHECK(GitSource::hostedPath(QStringLiteral("/srv/repo")).isEmpty());
}
