#include "stringmakers.h"

#include "buildspec/buildspecparser.h"
#include "engine/buildenvironment.h"

#include <QRegularExpression>

using namespace BuildDeck;
using namespace BuildDeck::Engine;

namespace {

BuildFacts facts()
{
    BuildFacts facts;
    facts.buildId = QStringLiteral("demo:11111111-2222-3333-4444-555555555555");
    facts.buildNumber = 7;
    facts.projectName = QStringLiteral("demo");
    facts.region = QStringLiteral("eu-central-1");
    facts.image = QStringLiteral("builddeck/standard:1.0");
    facts.initiator = QStringLiteral("alice");
    facts.startTime = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    facts.sourceDirectory = QStringLiteral("/codebuild/output/src123456789/src");
    return facts;
}

QString valueOf(const QList<EnvironmentEntry> &entries, const QString &name)
{
    for (const EnvironmentEntry &entry : entries) {
        if (entry.name == name)
            return entry.value;
    }
    return QStringLiteral("<unset>");
}

Spec::BuildSpec spec(const char *yaml)
{
    const Result<Spec::BuildSpec> parsed = Spec::BuildSpecParser::parse(yaml);
    REQUIRE(parsed);
    return *parsed;
}

} // namespace

TEST_CASE("CodeBuild's own variables are all there", "[environment]")
{
    const QList<EnvironmentEntry> entries = BuildEnvironment::codeBuildVariables(facts());
    CHECK(valueOf(entries, QStringLiteral("AWS_REGION")) == QStringLiteral("eu-central-1"));
    CHECK(valueOf(entries, QStringLiteral("AWS_DEFAULT_REGION")) == QStringLiteral("eu-central-1"));
    CHECK(valueOf(entries, QStringLiteral("CODEBUILD_BUILD_ID")) ==
          QStringLiteral("demo:11111111-2222-3333-4444-555555555555"));
    CHECK(
        valueOf(entries, QStringLiteral("CODEBUILD_BUILD_ARN")) ==
        QStringLiteral("arn:aws:codebuild:eu-central-1:000000000000:build/demo:11111111-2222-3333-4444-555555555555"));
    CHECK(valueOf(entries, QStringLiteral("CODEBUILD_BUILD_NUMBER")) == QStringLiteral("7"));
    CHECK(valueOf(entries, QStringLiteral("CODEBUILD_BUILD_IMAGE")) == QStringLiteral("builddeck/standard:1.0"));
    CHECK(valueOf(entries, QStringLiteral("CODEBUILD_BUILD_SUCCEEDING")) == QStringLiteral("1"));
    CHECK(valueOf(entries, QStringLiteral("CODEBUILD_CI")) == QStringLiteral("true"));
    CHECK(valueOf(entries, QStringLiteral("CODEBUILD_INITIATOR")) == QStringLiteral("alice"));
    CHECK(valueOf(entries, QStringLiteral("CODEBUILD_LOG_PATH")) ==
          QStringLiteral("11111111-2222-3333-4444-555555555555"));
    CHECK(valueOf(entries, QStringLiteral("CODEBUILD_PROJECT_ARN")) ==
          QStringLiteral("arn:aws:codebuild:eu-central-1:000000000000:project/demo"));
    CHECK(valueOf(entries, QStringLiteral("CODEBUILD_SRC_DIR")) ==
          QStringLiteral("/codebuild/output/src123456789/src"));
    CHECK(valueOf(entries, QStringLiteral("CODEBUILD_START_TIME")) == QStringLiteral("1700000000123"));
    CHECK(valueOf(entries, QStringLiteral("CODEBUILD_SOURCE_VERSION")).isEmpty());
    CHECK(valueOf(entries, QStringLiteral("CODEBUILD_RESOLVED_SOURCE_VERSION")) == QStringLiteral("<unset>"));
    CHECK(valueOf(entries, QStringLiteral("HOME")) == QStringLiteral("/root"));

    BuildFacts failing = facts();
    failing.succeeding = false;
    failing.resolvedSourceVersion = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    const QList<EnvironmentEntry> later = BuildEnvironment::codeBuildVariables(failing);
    CHECK(valueOf(later, QStringLiteral("CODEBUILD_BUILD_SUCCEEDING")) == QStringLiteral("0"));
    CHECK(valueOf(later, QStringLiteral("CODEBUILD_RESOLVED_SOURCE_VERSION")) == failing.resolvedSourceVersion);
}

TEST_CASE("Variables: CodeBuild < buildspec < project < override, literally, CODEBUILD_ reserved", "[environment]")
{
    const Spec::BuildSpec buildspec = spec("version: 0.2\n"
                                           "env:\n"
                                           "  variables:\n"
                                           "    STAGE: buildspec\n"
                                           "    LEVEL: buildspec\n"
                                           "    ONLY_SPEC: \"$PATH:/x\"\n"
                                           "    HOME: /home/builder\n"
                                           "    CODEBUILD_BUILD_ID: forged\n"
                                           "  parameter-store:\n"
                                           "    DB_PASSWORD: /prod/db\n"
                                           "phases:\n"
                                           "  build:\n"
                                           "    commands: [make]\n");
    Projects::Project project;
    project.environment.environmentVariables = {
        {QStringLiteral("STAGE"), QStringLiteral("project"), {}},
        {QStringLiteral("LEVEL"), QStringLiteral("project"), {}},
        {QStringLiteral("API_TOKEN"), QStringLiteral("app/token"), QStringLiteral("SECRETS_MANAGER")}};
    const QList<Projects::EnvironmentVariable> overrides{{QStringLiteral("LEVEL"), QStringLiteral("override"), {}}};
    QStringList looked;
    const auto lookup = [&](BuildEnvironment::SecretKind kind, const QString &name) -> Result<QString> {
        looked.append(name);
        const QString prefix =
            kind == BuildEnvironment::SecretKind::ParameterStore ? QStringLiteral("pw-") : QStringLiteral("tok-");
        return QString(prefix + name);
    };

    const Result<BuildEnvironment::Assembly> assembly =
        BuildEnvironment::assemble(facts(), buildspec, project, overrides, lookup);
    REQUIRE(assembly);
    const QList<EnvironmentEntry> &entries = assembly->entries;
    CHECK(valueOf(entries, QStringLiteral("STAGE")) == QStringLiteral("project"));
    CHECK(valueOf(entries, QStringLiteral("LEVEL")) == QStringLiteral("override"));
    CHECK(valueOf(entries, QStringLiteral("ONLY_SPEC")) == QStringLiteral("$PATH:/x")); // taken literally
    CHECK(valueOf(entries, QStringLiteral("HOME")) == QStringLiteral("/home/builder"));
    CHECK(valueOf(entries, QStringLiteral("CODEBUILD_BUILD_ID")) == facts().buildId);
    CHECK(valueOf(entries, QStringLiteral("DB_PASSWORD")) == QStringLiteral("pw-/prod/db"));
    CHECK(valueOf(entries, QStringLiteral("API_TOKEN")) == QStringLiteral("tok-app/token"));
    CHECK(looked == QStringList{QStringLiteral("/prod/db"), QStringLiteral("app/token")});
    REQUIRE(assembly->notes.size() == 1);
    CHECK(assembly->notes.at(0).startsWith(QStringLiteral("CODEBUILD_BUILD_ID is reserved")));
    for (const EnvironmentEntry &entry : entries)
        CHECK(entry.secret ==
              (entry.name == QStringLiteral("DB_PASSWORD") || entry.name == QStringLiteral("API_TOKEN")));
    CHECK(BuildEnvironment::toList(entries).contains(QStringLiteral("LEVEL=override")));
}

TEST_CASE("A secret that cannot be found stops the assembly with its name", "[environment]")
{
    const Spec::BuildSpec buildspec = spec("version: 0.2\nenv:\n  secrets-manager:\n    TOKEN: prod/token\n"
                                           "phases:\n  build:\n    commands: [make]\n");
    const auto missing = [](BuildEnvironment::SecretKind, const QString &name) -> Result<QString> {
        return makeError(ErrorCode::NotFound, QStringLiteral("no secret named %1 in the keychain").arg(name));
    };
    const Result<BuildEnvironment::Assembly> assembly =
        BuildEnvironment::assemble(facts(), buildspec, Projects::Project{}, {}, missing);
    REQUIRE_FALSE(assembly);
    CHECK(assembly.error().message.contains(QStringLiteral("prod/token")));
    CHECK(assembly.error().message.contains(QStringLiteral("TOKEN")));
}

TEST_CASE("The source directory looks like CodeBuild's", "[environment]")
{
    const QRegularExpression pattern(QStringLiteral("^/codebuild/output/src\\d+/src$"));
    const QString first = BuildEnvironment::makeSourceDirectory();
    CHECK(pattern.match(first).hasMatch());
}
