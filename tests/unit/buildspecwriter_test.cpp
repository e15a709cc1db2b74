#include "buildspecfixtures.h"
#include "stringmakers.h"

#include "buildspec/buildspecparser.h"
#include "buildspec/buildspecwriter.h"

using namespace BuildDeck;
using namespace BuildDeck::Spec;

TEST_CASE("Written buildspecs read back as the same model", "[buildspec][writer]")
{
    const QStringList files = filesIn(testDataDir() + QStringLiteral("/buildspecs/valid"), {QStringLiteral("*.yml")});
    for (const QString &file : files) {
        const BuildSpecReading original = BuildSpecParser::read(readFile(file));
        REQUIRE_FALSE(original.hasErrors());
        const QByteArray written = BuildSpecWriter::write(original.spec);
        const BuildSpecReading again = BuildSpecParser::read(written);
        INFO(file.toStdString() << "\n" << written.toStdString());
        CHECK_FALSE(again.hasErrors());
        CHECK(again.spec == original.spec);
        // Writing is stable: the second write gives the same text.
        CHECK(BuildSpecWriter::write(again.spec) == written);
    }
}

TEST_CASE("The writer quotes what YAML would misread and keeps block commands", "[buildspec][writer]")
{
    BuildSpec spec;
    spec.version = QStringLiteral("0.2");
    spec.build.present = true;
    spec.build.commands = {QStringLiteral("yes"),
                           QStringLiteral("3.10"),
                           QStringLiteral("echo key: value"),
                           QStringLiteral("# not a comment"),
                           QStringLiteral("set -e\nmake\n"),
                           QStringLiteral("no final newline\nhere"),
                           QStringLiteral(" leading space"),
                           QStringLiteral("*glob"),
                           QStringLiteral("null"),
                           QString()};
    spec.install.present = true;
    spec.install.runtimeVersions = {{QStringLiteral("python"), QStringLiteral("3.10")}};
    spec.env.emplace().variables = {{QStringLiteral("EMPTY"), QString()}, {QStringLiteral("ON"), QStringLiteral("on")}};

    const QByteArray written = BuildSpecWriter::write(spec);
    INFO(written.toStdString());
    const BuildSpecReading again = BuildSpecParser::read(written);
    CHECK(again.spec.build.commands == spec.build.commands);
    CHECK(again.spec.install.runtimeVersions == spec.install.runtimeVersions);
    CHECK(again.spec.env == spec.env);
    CHECK(written.contains("python: \"3.10\""));
    CHECK(written.contains("- |\n"));
    // No yaml-number warning: the version is quoted.
    for (const Issue &issue : again.issues)
        CHECK(issue.code != QStringLiteral("yaml-number"));
}
