#include "stringmakers.h"

#include "buildspec/buildspecparser.h"
#include "buildspec/quickfix.h"

using namespace BuildDeck;
using namespace BuildDeck::Spec;

namespace {

// The first issue of `text` and its fix, which must leave a buildspec without errors.
QuickFix fixFirst(const QString &text)
{
    const QList<Issue> issues = BuildSpecParser::read(text.toUtf8()).issues;
    REQUIRE_FALSE(issues.isEmpty());
    const std::optional<QuickFix> fix = QuickFixes::forIssue(issues.first(), text);
    REQUIRE(fix);
    CHECK_FALSE(hasErrors(BuildSpecParser::read(fix->text.toUtf8()).issues));
    return *fix;
}

} // namespace

TEST_CASE("A misspelt key is replaced by the one meant", "[buildspec]")
{
    const QuickFix fix = fixFirst(QStringLiteral("version: 0.2\nphases:\n  prebuild:\n    commands:\n      - make\n"));
    CHECK(fix.title == QStringLiteral("Replace 'prebuild' with 'pre_build'"));
    CHECK(fix.text == QStringLiteral("version: 0.2\nphases:\n  pre_build:\n    commands:\n      - make\n"));
}

TEST_CASE("Tabs in indentation become spaces", "[buildspec]")
{
    const QuickFix fix =
        fixFirst(QStringLiteral("version: 0.2\nphases:\n\tbuild:\n\t\tcommands:\n\t\t\t- echo \"a\tb\"\n"));
    CHECK(fix.title == QStringLiteral("Indent with spaces instead of tabs"));
    CHECK(fix.text == QStringLiteral("version: 0.2\nphases:\n  build:\n    commands:\n      - echo \"a\tb\"\n"));
}

TEST_CASE("An issue without an obvious fix has none", "[buildspec]")
{
    const QString text = QStringLiteral("version: 0.3\nphases:\n  build:\n    commands:\n      - make\n");
    const QList<Issue> issues = BuildSpecParser::read(text.toUtf8()).issues;
    REQUIRE_FALSE(issues.isEmpty());
    CHECK_FALSE(QuickFixes::forIssue(issues.first(), text));
}
