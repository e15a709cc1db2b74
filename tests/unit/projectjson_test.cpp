#include "buildspecfixtures.h"
#include "stringmakers.h"

#include "project/projectjson.h"
#include "project/projecttemplates.h"
#include "project/projectvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace BuildDeck;
using namespace BuildDeck::Projects;

namespace {

QJsonObject jsonFile(const QString &name)
{
    return QJsonDocument::fromJson(readFile(testDataDir() + QStringLiteral("/projects/") + name)).object();
}

QStringList issueKeys(const QList<Issue> &issues)
{
    QStringList keys;
    for (const Issue &issue : issues)
        keys.append(QStringLiteral("%1 %2 %3").arg(issue.path, issue.severityName(), issue.code));
    return keys;
}

const char *appendixA = R"({
  "name": "demo",
  "source": { "type": "NO_SOURCE", "buildspec": "version: 0.2\nphases:\n  build:\n    commands:\n      - echo hi\n" },
  "artifacts": { "type": "NO_ARTIFACTS" },
  "environment": { "type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:7.0", "computeType": "BUILD_GENERAL1_SMALL" },
  "serviceRole": "arn:aws:iam::000000000000:role/local"
})";

} // namespace

TEST_CASE("The reference's minimal project (Appendix A) imports without an issue", "[project]")
{
    const ProjectReading reading = ProjectJson::read(QJsonDocument::fromJson(appendixA).object());
    CHECK(reading.issues.isEmpty());
    CHECK(ProjectValidator::validate(reading.project).isEmpty());
    CHECK(reading.project.name == QStringLiteral("demo"));
    CHECK(reading.project.source.type == QStringLiteral("NO_SOURCE"));
    CHECK(reading.project.environment.computeType == QStringLiteral("BUILD_GENERAL1_SMALL"));
    CHECK(reading.project.effectiveTimeoutInMinutes() == 60);
    CHECK(reading.project.effectiveQueuedTimeoutInMinutes() == 480);
}

TEST_CASE("Every member of create-project input is read and written back unchanged", "[project]")
{
    const QJsonObject original = jsonFile(QStringLiteral("full.json"));
    const ProjectReading reading = ProjectJson::read(original);
    CHECK(issueKeys(reading.issues) == QStringList{});
    CHECK(issueKeys(ProjectValidator::validate(reading.project)) == QStringList{});

    const Projects::Project &project = reading.project;
    CHECK(project.source.gitCloneDepth == 5);
    CHECK(project.source.fetchSubmodules == true);
    CHECK(project.source.auth->type == QStringLiteral("OAUTH"));
    CHECK(project.source.buildStatusConfig->context == QStringLiteral("ci"));
    CHECK(project.secondarySources.size() == 2);
    CHECK(project.secondarySources.at(0).insecureSsl == true);
    CHECK(project.secondarySourceVersions.at(0).sourceVersion == QStringLiteral("v1.2.3"));
    CHECK(project.artifacts.namespaceType == QStringLiteral("BUILD_ID"));
    CHECK(project.artifacts.overrideArtifactName == true);
    CHECK(project.secondaryArtifacts.size() == 2);
    CHECK(project.cache->modes ==
          QStringList{QStringLiteral("LOCAL_SOURCE_CACHE"), QStringLiteral("LOCAL_CUSTOM_CACHE")});
    CHECK(project.environment.environmentVariables.size() == 4);
    CHECK(project.environment.environmentVariables.at(2).type == QStringLiteral("PARAMETER_STORE"));
    CHECK(project.environment.privilegedMode == true);
    CHECK(project.environment.registryCredential->credentialProvider == QStringLiteral("SECRETS_MANAGER"));
    CHECK(project.environment.cloudOnly.contains(QStringLiteral("fleet")));
    CHECK(project.timeoutInMinutes == 90);
    CHECK(project.queuedTimeoutInMinutes == 120);
    CHECK(project.tags.at(0).key == QStringLiteral("team"));
    CHECK(project.vpcConfig.value(QStringLiteral("vpcId")).toString() == QStringLiteral("vpc-1"));
    CHECK(project.badgeEnabled == true);
    CHECK(project.logsConfig.contains(QStringLiteral("s3Logs")));
    CHECK(project.fileSystemLocations.size() == 1);
    CHECK(project.buildBatchConfig.value(QStringLiteral("combineArtifacts")).toBool());
    CHECK(project.concurrentBuildLimit == 2);
    CHECK(project.autoRetryLimit == 1);
    CHECK(project.builddeck.engine == QStringLiteral("unix:///var/run/docker.sock"));

    // Export gives back exactly the JSON that came in, and reading it again the same project.
    const QJsonObject exported = ProjectJson::toCreateProjectInput(project);
    CHECK(exported == original);
    CHECK(ProjectJson::read(exported).project == project);

    // For AWS, BuildDeck's own member is left out.
    const QJsonObject forAws = ProjectJson::toCreateProjectInput(project, ProjectJson::Flavor::Aws);
    CHECK_FALSE(forAws.contains(QStringLiteral("builddeck")));
    CHECK(forAws.contains(QStringLiteral("vpcConfig")));
}

TEST_CASE("batch-get-projects entries are written with AWS's computed members and import back", "[project]")
{
    const ProjectReading reading = ProjectJson::read(jsonFile(QStringLiteral("full.json")));
    ProjectRecord record{reading.project, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC),
                         QDateTime::fromSecsSinceEpoch(1700000100, Qt::UTC)};
    const QJsonObject entry = ProjectJson::toRecord(record, QStringLiteral("eu-west-1"));
    CHECK(entry.value(QStringLiteral("arn")).toString() ==
          QStringLiteral("arn:aws:codebuild:eu-west-1:000000000000:project/full-project"));
    CHECK(entry.value(QStringLiteral("created")).toDouble() == 1700000000.0);
    CHECK(entry.value(QStringLiteral("lastModified")).toDouble() == 1700000100.0);
    CHECK(entry.value(QStringLiteral("badge")).toObject().value(QStringLiteral("badgeEnabled")).toBool());
    // Secrets are exported by name only: the variable's value is the parameter's or secret's name.
    const QJsonArray variables =
        entry.value(QStringLiteral("environment")).toObject().value(QStringLiteral("environmentVariables")).toArray();
    CHECK(variables.at(3).toObject().value(QStringLiteral("value")).toString() == QStringLiteral("app/api-token"));

    const ProjectReading again = ProjectJson::read(entry);
    CHECK(issueKeys(again.issues) == QStringList{});
    CHECK(again.project == reading.project);

    // A minimal project gains only AWS's defaults when it goes through the record shape.
    ProjectRecord minimal{ProjectJson::read(QJsonDocument::fromJson(appendixA).object()).project, {}, {}};
    const Projects::Project defaults = ProjectJson::read(ProjectJson::toRecord(minimal)).project;
    CHECK(defaults.timeoutInMinutes == 60);
    CHECK(defaults.queuedTimeoutInMinutes == 480);
    CHECK(defaults.cache->type == QStringLiteral("NO_CACHE"));
    CHECK(defaults.badgeEnabled == false);
}

TEST_CASE("Unknown members are warnings and wrong types errors, both naming the member", "[project]")
{
    QJsonObject object = QJsonDocument::fromJson(appendixA).object();
    object.insert(QStringLiteral("colour"), QStringLiteral("blue"));
    QJsonObject environment = object.value(QStringLiteral("environment")).toObject();
    environment.insert(QStringLiteral("privilegedmode"), true);
    environment.insert(
        QStringLiteral("environmentVariables"),
        QJsonArray{QJsonObject{{QStringLiteral("name"), 42}, {QStringLiteral("value"), QStringLiteral("x")}}});
    object.insert(QStringLiteral("environment"), environment);
    object.insert(QStringLiteral("timeoutInMinutes"), QStringLiteral("60"));
    object.insert(QStringLiteral("badgeEnabled"), QStringLiteral("yes"));

    const ProjectReading reading = ProjectJson::read(object);
    CHECK(issueKeys(reading.issues) == QStringList{
                                           QStringLiteral("badgeEnabled error wrong-type"),
                                           QStringLiteral("colour warning unknown-key"),
                                           QStringLiteral("environment.environmentVariables[0].name error wrong-type"),
                                           QStringLiteral("environment.privilegedmode warning unknown-key"),
                                           QStringLiteral("timeoutInMinutes error wrong-type"),
                                       });
    CHECK(reading.issues.at(3).suggestion == QStringLiteral("did you mean 'privilegedMode'?"));
    CHECK(reading.issues.at(4).message == QStringLiteral("timeoutInMinutes: must be a whole number, not a string"));
}

TEST_CASE("The project templates are valid projects", "[project]")
{
    const QList<ProjectTemplate> templates = ProjectTemplates::all();
    REQUIRE(templates.size() == 3);
    for (const ProjectTemplate &entry : templates) {
        INFO(entry.id.toStdString());
        CHECK_FALSE(entry.title.isEmpty());
        CHECK_FALSE(entry.description.isEmpty());
        const ProjectReading reading = ProjectJson::read(entry.definition);
        CHECK(issueKeys(reading.issues) == QStringList{});
        CHECK(issueKeys(ProjectValidator::validate(reading.project)) == QStringList{});
    }
    REQUIRE(ProjectTemplates::find(QStringLiteral("hello")));
    CHECK(ProjectTemplates::find(QStringLiteral("hello"))
              ->definition.value(QStringLiteral("source"))
              .toObject()
              .value(QStringLiteral("type")) == QStringLiteral("NO_SOURCE"));
    CHECK_FALSE(ProjectTemplates::find(QStringLiteral("missing")));
}
