#include "stringmakers.h"

#include "artifacts/globpattern.h"

using BuildDeck::Artifacts::GlobPattern;

TEST_CASE("Globs match as CodeBuild's artifact paths do", "[glob]")
{
    // Reference §1.11: `*` within a component, `**` across directories.
    CHECK(GlobPattern(QStringLiteral("dir/*")).matches(QStringLiteral("dir/file")));
    CHECK_FALSE(GlobPattern(QStringLiteral("dir/*")).matches(QStringLiteral("dir/sub/file")));
    CHECK(GlobPattern(QStringLiteral("dir/**/*")).matches(QStringLiteral("dir/file")));
    CHECK(GlobPattern(QStringLiteral("dir/**/*")).matches(QStringLiteral("dir/a/b/file")));
    CHECK(GlobPattern(QStringLiteral("**/*")).matches(QStringLiteral("file")));
    CHECK(GlobPattern(QStringLiteral("**/*")).matches(QStringLiteral("a/b/c")));
    CHECK(GlobPattern(QStringLiteral("**/*.xml")).matches(QStringLiteral("reports/TEST-a.xml")));
    CHECK_FALSE(GlobPattern(QStringLiteral("**/*.xml")).matches(QStringLiteral("reports/TEST-a.xml.bak")));
    CHECK(GlobPattern(QStringLiteral("*/my-file-3.txt")).matches(QStringLiteral("my-subdirectory/my-file-3.txt")));
    CHECK(GlobPattern(QStringLiteral("file?.txt")).matches(QStringLiteral("file1.txt")));
    CHECK_FALSE(GlobPattern(QStringLiteral("file?.txt")).matches(QStringLiteral("file/.txt")));
    CHECK(GlobPattern(QStringLiteral("./out/app.bin")).matches(QStringLiteral("out/app.bin")));
    CHECK(GlobPattern(QStringLiteral("a+b (1).txt")).matches(QStringLiteral("a+b (1).txt")));
}

TEST_CASE("A glob tells when a whole directory can be skipped", "[glob]")
{
    CHECK(GlobPattern(QStringLiteral(".git/**")).matchesAllUnder(QStringLiteral(".git")));
    CHECK(GlobPattern(QStringLiteral("**/node_modules/**")).matchesAllUnder(QStringLiteral("web/node_modules")));
    CHECK(GlobPattern(QStringLiteral("build")).matchesAllUnder(QStringLiteral("build")));
    CHECK_FALSE(GlobPattern(QStringLiteral("build/*.o")).matchesAllUnder(QStringLiteral("build")));
    CHECK_FALSE(GlobPattern(QStringLiteral("build/*")).matchesAllUnder(QStringLiteral("build")));
    CHECK_FALSE(GlobPattern(QStringLiteral("build/**/*.o")).matchesAllUnder(QStringLiteral("build")));
}
