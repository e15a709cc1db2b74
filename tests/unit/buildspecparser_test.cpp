#include "buildspecfixtures.h"
#include "stringmakers.h"

#include "buildspec/buildspecparser.h"

using namespace BuildDeck;
using namespace BuildDeck::Spec;

namespace {

BuildSpecReading readText(const char *text)
{
    return BuildSpecParser::read(QByteArray(text));
}

// "LINE:COL severity code" of every issue.
QStringList issueKeys(const BuildSpecReading &reading)
{
    QStringList keys;
    for (const Issue &issue : reading.issues)
        keys.append(
            QStringLiteral("%1:%2 %3 %4").arg(issue.line).arg(issue.column).arg(issue.severityName(), issue.code));
    return keys;
}

} // namespace

TEST_CASE("Every key of a 0.2 buildspec lands in the model", "[buildspec]")
{
    const BuildSpecReading reading =
        BuildSpecParser::read(readFile(testDataDir() + QStringLiteral("/buildspecs/valid/full-0.2.yml")));
    REQUIRE_FALSE(reading.hasErrors());
    const BuildSpec &spec = reading.spec;
    CHECK(spec.version == QStringLiteral("0.2"));
    CHECK(spec.runAs == QStringLiteral("builder"));

    REQUIRE(spec.env);
    CHECK(spec.env->shell == QStringLiteral("bash"));
    CHECK(spec.env->variables == NamedValues{{QStringLiteral("JAVA_HOME"), QStringLiteral("/usr/lib/jvm/java-17")},
                                             {QStringLiteral("RETRIES"), QStringLiteral("3")},
                                             {QStringLiteral("VERBOSE"), QStringLiteral("yes")},
                                             {QStringLiteral("EMPTY"), QString()}});
    CHECK(spec.env->parameterStore ==
          NamedValues{{QStringLiteral("DB_PASSWORD"), QStringLiteral("/prod/db/password")}});
    CHECK(spec.env->secretsManager.size() == 2);
    CHECK(spec.env->exportedVariables == QStringList{QStringLiteral("BUILD_VERSION")});
    CHECK(spec.env->gitCredentialHelper == false);

    REQUIRE(spec.proxy);
    CHECK(spec.proxy->uploadArtifacts == true);
    CHECK(spec.proxy->logs == false);

    REQUIRE(spec.batch);
    CHECK(spec.batch->fastFail == false);
    CHECK(spec.batch->kind == Batch::Kind::Graph);
    REQUIRE(spec.batch->tasks.size() == 2);
    const BatchTask &linux = spec.batch->tasks.at(0);
    CHECK(linux.identifier == QStringLiteral("build_linux"));
    REQUIRE(linux.env);
    CHECK(linux.env->computeType == QStringLiteral("BUILD_GENERAL1_SMALL"));
    CHECK(linux.env->image == QStringLiteral("builddeck/standard:1.0"));
    CHECK(linux.env->privilegedMode == true);
    CHECK(linux.env->type == QStringLiteral("LINUX_CONTAINER"));
    CHECK(linux.env->variables == NamedValues{{QStringLiteral("TARGET"), QStringLiteral("linux")}});
    CHECK(linux.ignoreFailure == false);
    CHECK(spec.batch->tasks.at(1).buildspec == QStringLiteral("tests/buildspec.yml"));
    CHECK(spec.batch->tasks.at(1).dependOn == QStringList{QStringLiteral("build_linux")});

    CHECK(spec.install.present);
    CHECK(spec.install.runAs == QStringLiteral("root"));
    REQUIRE(spec.install.onFailure);
    CHECK(spec.install.onFailure->action == OnFailure::Action::Abort);
    // A quoted "3.10" and a plain 18 are both kept as written.
    CHECK(spec.install.runtimeVersions == NamedValues{{QStringLiteral("python"), QStringLiteral("3.10")},
                                                      {QStringLiteral("nodejs"), QStringLiteral("18")}});
    CHECK(spec.install.commands == QStringList{QStringLiteral("apt-get update")});

    REQUIRE(spec.preBuild.onFailure);
    CHECK(spec.preBuild.onFailure->action == OnFailure::Action::Retry);
    CHECK(spec.preBuild.onFailure->retryCount == 2);
    CHECK(spec.preBuild.onFailure->retryPattern == QStringLiteral("timed out"));
    // Scalars YAML would type as numbers or booleans stay commands as written.
    CHECK(spec.preBuild.commands ==
          QStringList{QStringLiteral("echo \"Logging in: $REGISTRY\""), QStringLiteral("42"), QStringLiteral("yes")});

    REQUIRE(spec.build.onFailure);
    CHECK(spec.build.onFailure->action == OnFailure::Action::Continue);
    // Block scalars keep their exact text: a literal keeps the lines, a folded one joins them.
    CHECK(spec.build.commands == QStringList{QStringLiteral("set -e\nmake all\n"), QStringLiteral("make test\n")});
    CHECK(spec.build.hasFinally);
    CHECK(spec.build.finallyCommands == QStringList{QStringLiteral("echo done")});
    REQUIRE(spec.postBuild.onFailure);
    CHECK(spec.postBuild.onFailure->retryCount == 3);
    CHECK(spec.postBuild.onFailure->retryPattern.isEmpty());

    REQUIRE(spec.reports.size() == 2);
    CHECK(spec.reports.at(0).name == QStringLiteral("unit-tests"));
    CHECK(spec.reports.at(0).files == QStringList{QStringLiteral("**/*.xml")});
    CHECK(spec.reports.at(0).baseDirectory == QStringLiteral("build/test-results"));
    CHECK(spec.reports.at(0).discardPaths == false);
    CHECK(spec.reports.at(0).fileFormat == ReportFormat::JunitXml); // "JunitXml": case-insensitive
    CHECK(spec.reports.at(1).name == QStringLiteral("arn:aws:codebuild:us-east-1:123456789012:report-group/coverage"));
    CHECK(spec.reports.at(1).fileFormat == ReportFormat::CoberturaXml);

    REQUIRE(spec.artifacts);
    const ArtifactSet &primary = spec.artifacts->primary;
    CHECK(primary.files == QStringList{QStringLiteral("**/*")});
    CHECK(primary.name == QStringLiteral("build-$(date +%Y-%m-%d)"));
    CHECK(primary.discardPaths == false);
    CHECK(primary.baseDirectory == QStringLiteral("dist"));
    CHECK(primary.excludePaths == QStringList{QStringLiteral("**/*.map")});
    CHECK(primary.enableSymlinks == true);
    CHECK(primary.s3Prefix == QStringLiteral("releases"));
    REQUIRE(spec.artifacts->secondary.size() == 1);
    CHECK(spec.artifacts->secondary.at(0).first == QStringLiteral("docs"));
    CHECK(spec.artifacts->secondary.at(0).second.discardPaths == true);

    REQUIRE(spec.cache);
    CHECK(spec.cache->paths == QStringList{QStringLiteral("/root/.m2/**/*")});
    CHECK(spec.cache->key == QStringLiteral("maven-$(codebuild-hash-files pom.xml)"));
    CHECK(spec.cache->fallbackKeys == QStringList{QStringLiteral("maven-")});
    CHECK(spec.cache->action == QStringLiteral("restore"));
}

TEST_CASE("Version 0.1 reads environment_variables and plaintext", "[buildspec]")
{
    const BuildSpecReading reading =
        BuildSpecParser::read(readFile(testDataDir() + QStringLiteral("/buildspecs/valid/legacy-0.1.yml")));
    REQUIRE(reading.issues.isEmpty());
    CHECK(reading.spec.version == QStringLiteral("0.1"));
    REQUIRE(reading.spec.env);
    CHECK(reading.spec.env->variables == NamedValues{{QStringLiteral("GREETING"), QStringLiteral("hello")}});
}

TEST_CASE("Keys that are only defined for 0.2 are flagged in a 0.1 file", "[buildspec]")
{
    const BuildSpecReading reading = readText("version: 0.1\n"
                                              "phases:\n"
                                              "  build:\n"
                                              "    commands: [make]\n"
                                              "    finally: [echo done]\n"
                                              "env:\n"
                                              "  variables: {A: b}\n");
    CHECK(issueKeys(reading) ==
          QStringList{QStringLiteral("5:5 warning version-mismatch"), QStringLiteral("6:1 error version-mismatch")});
}

TEST_CASE("Batch matrices and fan-outs are read in full", "[buildspec]")
{
    const BuildSpecReading matrix =
        BuildSpecParser::read(readFile(testDataDir() + QStringLiteral("/buildspecs/valid/batch-matrix.yml")));
    REQUIRE(matrix.issues.isEmpty());
    REQUIRE(matrix.spec.batch);
    CHECK(matrix.spec.batch->kind == Batch::Kind::Matrix);
    CHECK(matrix.spec.batch->fastFail == true);
    const BatchMatrix &m = matrix.spec.batch->matrix;
    CHECK(m.staticIgnoreFailure == false);
    REQUIRE(m.staticEnv);
    CHECK(m.staticEnv->privilegedMode == false);
    CHECK(m.dynamicBuildspecs == QStringList{QStringLiteral("unit.yml"), QStringLiteral("integration.yml")});
    CHECK(m.dynamicComputeTypes == QStringList{QStringLiteral("BUILD_GENERAL1_SMALL")});
    CHECK(m.dynamicImages == QStringList{QStringLiteral("builddeck/standard:1.0")});
    REQUIRE(m.dynamicVariables.size() == 1);
    CHECK(m.dynamicVariables.at(0).second == QStringList{QStringLiteral("VALUE1"), QStringLiteral("VALUE2")});

    const BuildSpecReading fanout =
        BuildSpecParser::read(readFile(testDataDir() + QStringLiteral("/buildspecs/valid/batch-list-fanout.yml")));
    REQUIRE(fanout.issues.isEmpty());
    CHECK(fanout.spec.batch->kind == Batch::Kind::Fanout);
    CHECK(fanout.spec.batch->fanout.parallelism == 4);
    CHECK(fanout.spec.batch->fanout.ignoreFailure == true);

    const BuildSpecReading list =
        BuildSpecParser::read(readFile(testDataDir() + QStringLiteral("/buildspecs/valid/batch-list.yml")));
    REQUIRE(list.issues.isEmpty());
    CHECK(list.spec.batch->kind == Batch::Kind::List);
    CHECK(list.spec.batch->tasks.size() == 2);
}

TEST_CASE("Every on-failure form is understood", "[buildspec]")
{
    const auto policy = [](const QString &text) {
        const QByteArray spec =
            "version: 0.2\nphases:\n  build:\n    on-failure: " + text.toUtf8() + "\n    commands: [make]\n";
        const BuildSpecReading reading = BuildSpecParser::read(spec);
        INFO(text.toStdString());
        REQUIRE_FALSE(reading.hasErrors());
        REQUIRE(reading.spec.build.onFailure);
        return *reading.spec.build.onFailure;
    };
    CHECK(policy(QStringLiteral("ABORT")).action == OnFailure::Action::Abort);
    CHECK(policy(QStringLiteral("CONTINUE")).action == OnFailure::Action::Continue);
    const OnFailure retry = policy(QStringLiteral("RETRY"));
    CHECK(retry.action == OnFailure::Action::Retry);
    CHECK(retry.retryCount == 3);
    CHECK(policy(QStringLiteral("RETRY-0")).retryCount == 0);
    CHECK(policy(QStringLiteral("RETRY-100")).retryCount == 100);
    const OnFailure pattern = policy(QStringLiteral("RETRY-connection (reset|refused)"));
    CHECK(pattern.retryCount == 3);
    CHECK(pattern.retryPattern == QStringLiteral("connection (reset|refused)"));
    const OnFailure both = policy(QStringLiteral("RETRY-5-^npm ERR"));
    CHECK(both.retryCount == 5);
    CHECK(both.retryPattern == QStringLiteral("^npm ERR"));
    CHECK(both.text == QStringLiteral("RETRY-5-^npm ERR"));

    const BuildSpecReading lower =
        readText("version: 0.2\nphases:\n  build:\n    on-failure: continue\n    commands: [make]\n");
    REQUIRE(lower.hasErrors());
    CHECK(lower.issues.at(0).suggestion.contains(QStringLiteral("CONTINUE")));
}

TEST_CASE("YAML 1.1 booleans are accepted where the reference says yes or no", "[buildspec]")
{
    const auto discardPaths = [](const char *word) {
        const QByteArray text =
            QByteArray("version: 0.2\nphases:\n  build:\n    commands: [make]\nartifacts:\n  files: [a]\n"
                       "  discard-paths: ") +
            word + '\n';
        const BuildSpecReading reading = BuildSpecParser::read(text);
        INFO(word);
        REQUIRE(reading.issues.isEmpty());
        return reading.spec.artifacts->primary.discardPaths;
    };
    for (const char *word : {"yes", "Yes", "YES", "y", "true", "True", "on", "ON"})
        CHECK(discardPaths(word) == true);
    for (const char *word : {"no", "No", "n", "false", "FALSE", "off"})
        CHECK(discardPaths(word) == false);
}

TEST_CASE("Warnings: local no-ops, numbers YAML misreads, empty and single-value lists", "[buildspec]")
{
    const BuildSpecReading reading = readText("version: 0.2\n"           // 1
                                              "proxy:\n"                 // 2
                                              "  logs: yes\n"            // 3
                                              "phases:\n"                // 4
                                              "  install:\n"             // 5
                                              "    runtime-versions:\n"  // 6
                                              "      python: 3.10\n"     // 7
                                              "      golang: 1.21\n"     // 8
                                              "  pre_build:\n"           // 9
                                              "    commands:\n"          // 10
                                              "  build:\n"               // 11
                                              "    commands: make all\n" // 12
                                              "  post_build:\n"          // 13
                                              "    commands:\n"          // 14
                                              "      -\n"                // 15
                                              "      - echo done\n"      // 16
                                              "cache:\n"                 // 17
                                              "  key: deps\n");          // 18
    CHECK_FALSE(reading.hasErrors());
    CHECK(issueKeys(reading) == QStringList{
                                    QStringLiteral("2:1 warning cloud-only"),
                                    QStringLiteral("7:15 warning yaml-number"),
                                    QStringLiteral("10:5 warning empty-value"),
                                    QStringLiteral("12:15 warning wrong-type"),
                                    QStringLiteral("15:8 warning empty-value"),
                                    QStringLiteral("17:1 warning missing-required"),
                                });
    CHECK(reading.issues.at(1).suggestion == QStringLiteral("put the version in quotes: \"3.10\""));
    CHECK(reading.spec.build.commands == QStringList{QStringLiteral("make all")});
    CHECK(reading.spec.postBuild.commands == QStringList{QStringLiteral("echo done")});
}

TEST_CASE("Unknown keys get the closest known name as a suggestion", "[buildspec]")
{
    const BuildSpecReading reading = readText("version: 0.2\n"
                                              "phases:\n"
                                              "  build:\n"
                                              "    comands: [make]\n"
                                              "  post-build:\n"
                                              "    commands: [make test]\n"
                                              "artifact:\n"
                                              "  files: [a]\n");
    REQUIRE(reading.issues.size() == 4);
    CHECK(issueKeys(reading) ==
          QStringList{QStringLiteral("3:3 warning missing-required"), QStringLiteral("4:5 warning unknown-key"),
                      QStringLiteral("5:3 error unknown-key"), QStringLiteral("7:1 warning unknown-key")});
    CHECK(reading.issues.at(1).suggestion == QStringLiteral("did you mean 'commands'?"));
    CHECK(reading.issues.at(2).suggestion == QStringLiteral("did you mean 'post_build'?"));
    CHECK(reading.issues.at(3).suggestion == QStringLiteral("did you mean 'artifacts'?"));
}

TEST_CASE("Structural mistakes name the key and its line", "[buildspec]")
{
    SECTION("an empty file")
    {
        CHECK(issueKeys(readText("")) == QStringList{QStringLiteral("1:1 error missing-required")});
        CHECK(issueKeys(readText("# only a comment\n")) == QStringList{QStringLiteral("1:1 error missing-required")});
    }
    SECTION("a list instead of a mapping")
    {
        CHECK(issueKeys(readText("- version: 0.2\n")) == QStringList{QStringLiteral("1:1 error wrong-type")});
    }
    SECTION("commands directly under a phase")
    {
        CHECK(issueKeys(readText("version: 0.2\nphases:\n  build:\n    - make\n")) ==
              QStringList{QStringLiteral("3:3 error wrong-type")});
    }
    SECTION("secrets with both a stage and an id")
    {
        const BuildSpecReading reading =
            readText("version: 0.2\nenv:\n  secrets-manager:\n    TOKEN: db:pw:AWSCURRENT:v1\n"
                     "phases:\n  build:\n    commands: [make]\n");
        CHECK(issueKeys(reading) == QStringList{QStringLiteral("4:12 error bad-value")});
    }
    SECTION("a fan-out without parallelism and a bad count")
    {
        CHECK(issueKeys(readText("version: 0.2\nbatch:\n  build-fanout:\n    ignore-failure: yes\n")) ==
              QStringList{QStringLiteral("3:3 error missing-required")});
        CHECK(issueKeys(readText("version: 0.2\nbatch:\n  build-fanout:\n    parallelism: lots\n")) ==
              QStringList{QStringLiteral("4:18 error bad-value")});
    }
    SECTION("empty files lists (found by fuzzing: they must not pass and then fail once written back)")
    {
        CHECK(issueKeys(readText("version: 0.2\nphases:\n  build:\n    commands: [make]\nartifacts:\n  files:\n")) ==
              QStringList{QStringLiteral("5:1 error missing-required"), QStringLiteral("6:3 warning empty-value")});
        CHECK(issueKeys(readText("version: 0.2\nbatch:\n  build-fanout:\n")) ==
              QStringList{QStringLiteral("3:3 error missing-required")});
    }
    SECTION("a dependency on a task that does not exist")
    {
        CHECK(
            issueKeys(readText("version: 0.2\nbatch:\n  build-graph:\n    - identifier: a\n      depend-on: [b]\n")) ==
            QStringList{QStringLiteral("5:7 error bad-value")});
    }
    SECTION("too many fallback keys, and fallback keys without a key")
    {
        CHECK(issueKeys(readText("version: 0.2\nphases:\n  build:\n    commands: [make]\ncache:\n  paths: [a]\n"
                                 "  fallback-keys: [a, b, c, d, e, f]\n")) ==
              QStringList{QStringLiteral("7:3 error bad-value"), QStringLiteral("7:3 warning bad-value")});
    }
    SECTION("a Windows shell")
    {
        CHECK(issueKeys(
                  readText("version: 0.2\nenv:\n  shell: powershell.exe\nphases:\n  build:\n    commands: [dir]\n")) ==
              QStringList{QStringLiteral("3:10 warning cloud-only")});
    }
}

TEST_CASE("parse() gives the spec or the first error with its place", "[buildspec]")
{
    const Result<BuildSpec> good = BuildSpecParser::parse("version: 0.2\nphases:\n  build:\n    commands: [make]\n");
    REQUIRE(good);
    CHECK(good->build.commands == QStringList{QStringLiteral("make")});

    const Result<BuildSpec> bad = BuildSpecParser::parse("version: 0.2\nphases:\n  biuld:\n    commands: [make]\n");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().line == 3);
    CHECK(bad.error().column == 3);
    CHECK(bad.error().message.contains(QStringLiteral("biuld")));
}
