#include "stringmakers.h"

#include "buildspec/buildspecparser.h"
#include "buildspec/yamldocument.h"

#include <QRandomGenerator>

using namespace BuildDeck;
using namespace BuildDeck::Spec;

namespace {

// The one error a hostile input must end in.
Issue onlyError(const QByteArray &text)
{
    const BuildSpecReading reading = BuildSpecParser::read(text);
    REQUIRE(reading.hasErrors());
    for (const Issue &issue : reading.issues) {
        if (issue.isError())
            return issue;
    }
    return {};
}

} // namespace

TEST_CASE("YAML scalars keep their text and positions", "[yaml]")
{
    const YamlDocument document = YamlDocument::parse("a: 3.10\nb: '3.10'\nc: yes\nd: |\n  line one\n  line two\n");
    REQUIRE_FALSE(document.failed());
    const YamlNodePtr root = document.root();
    REQUIRE(root->isMapping());
    REQUIRE(root->entries.size() == 4);
    CHECK(root->entry(QStringLiteral("a"))->value->text == QStringLiteral("3.10"));
    CHECK(root->entry(QStringLiteral("a"))->value->plain);
    CHECK_FALSE(root->entry(QStringLiteral("b"))->value->plain);
    CHECK(root->entry(QStringLiteral("c"))->value->text == QStringLiteral("yes"));
    CHECK(root->entry(QStringLiteral("d"))->value->text == QStringLiteral("line one\nline two\n"));
    CHECK(root->entry(QStringLiteral("c"))->line == 3);
    CHECK(root->entry(QStringLiteral("c"))->column == 1);
    CHECK(root->entry(QStringLiteral("c"))->value->column == 4);
}

TEST_CASE("Aliases share their anchor's node", "[yaml]")
{
    const YamlDocument document = YamlDocument::parse("base: &cmds [make, make test]\nother: *cmds\n");
    REQUIRE_FALSE(document.failed());
    const YamlNodePtr root = document.root();
    CHECK(root->entry(QStringLiteral("other"))->value->items.size() == 2);
    CHECK(root->entry(QStringLiteral("other"))->value == root->entry(QStringLiteral("base"))->value);
}

TEST_CASE("Hostile input ends in a diagnostic, never a crash or a hang", "[yaml][hostile]")
{
    SECTION("an alias bomb")
    {
        QByteArray bomb = "version: 0.2\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 12; ++i) {
            bomb += QStringLiteral("a%1: &a%1 [").arg(i).toUtf8();
            for (int k = 0; k < 10; ++k)
                bomb += QStringLiteral("*a%1, ").arg(i - 1).toUtf8();
            bomb += "x]\n";
        }
        const Issue issue = onlyError(bomb);
        CHECK(issue.code == QStringLiteral("yaml-syntax"));
        CHECK(issue.message.contains(QStringLiteral("aliases expand")));
    }
    SECTION("deep nesting in flow style and in block style")
    {
        CHECK(onlyError(QByteArray(100000, '[')).code == QStringLiteral("yaml-syntax"));
        QByteArray block;
        for (int depth = 0; depth < 2500; ++depth)
            block += QByteArray(depth, ' ') + "k:\n";
        CHECK(onlyError(block).code == QStringLiteral("yaml-syntax"));
    }
    SECTION("invalid UTF-8 names its line and column")
    {
        const Issue issue = onlyError("version: 0.2\nphases:\n  build:\n    commands: [\"caf\xe9\"]\n");
        CHECK(issue.code == QStringLiteral("encoding"));
        CHECK(issue.line == 4);
        CHECK(issue.column == 20);
    }
    SECTION("NUL bytes")
    {
        const Issue issue = onlyError(QByteArray("version: 0.2\nph\0ases:\n", 22));
        CHECK(issue.code == QStringLiteral("encoding"));
        CHECK(issue.line == 2);
        CHECK(issue.column == 3);
    }
    SECTION("a file far larger than a buildspec")
    {
        QByteArray huge("version: 0.2\n");
        huge += QByteArray(100 * 1024 * 1024, '#');
        const Issue issue = onlyError(huge);
        CHECK(issue.code == QStringLiteral("too-large"));
        CHECK(issue.message.contains(QStringLiteral("100.0 MB")));
    }
    SECTION("a line of a megabyte")
    {
        const Issue issue = onlyError("version: 0.2\nphases: " + QByteArray(1024 * 1024, 'x') + "\n");
        CHECK(issue.code == QStringLiteral("wrong-type"));
    }
    SECTION("an alias to the node that holds it")
    {
        const Issue issue = onlyError("a: &x [1, *x]\n");
        CHECK(issue.code == QStringLiteral("yaml-syntax"));
    }
    SECTION("a complex key")
    {
        CHECK(onlyError("? [a, b]\n: c\n").code == QStringLiteral("yaml-syntax"));
    }
    SECTION("random bytes")
    {
        QRandomGenerator random(20261124);
        for (int round = 0; round < 200; ++round) {
            QByteArray bytes(int(random.bounded(1, 4096)), Qt::Uninitialized);
            for (char &byte : bytes)
                byte = char(random.bounded(256));
            // Some rounds as text: printable YAML-ish characters.
            if (round % 2 == 0) {
                static const char alphabet[] = "ab: -[]{}&*!|>'\"\n\t#%@,?0.2";
                for (char &byte : bytes)
                    byte = alphabet[random.bounded(int(sizeof alphabet - 1))];
            }
            const BuildSpecReading reading = BuildSpecParser::read(bytes);
            CHECK(reading.hasErrors());
        }
    }
}

TEST_CASE("A second YAML document is reported and ignored", "[yaml]")
{
    const BuildSpecReading reading = BuildSpecParser::read("version: 0.2\nphases:\n  build:\n    commands: [make]\n"
                                                           "---\nversion: 0.1\n");
    REQUIRE(reading.issues.size() == 1);
    CHECK(reading.issues.at(0).code == QStringLiteral("multiple-documents"));
    CHECK(reading.spec.version == QStringLiteral("0.2"));
}
