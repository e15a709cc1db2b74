#include "stringmakers.h"

#include "project/projectjson.h"
#include "project/projectvalidator.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <functional>

using namespace BuildDeck;
using namespace BuildDeck::Projects;

namespace {

Projects::Project validProject()
{
    Projects::Project project;
    project.name = QStringLiteral("app");
    project.source.type = QStringLiteral("GITHUB");
    project.source.location = QStringLiteral("https://example.com/app.git");
    project.artifacts.type = QStringLiteral("NO_ARTIFACTS");
    project.environment.type = QStringLiteral("LINUX_CONTAINER");
    project.environment.image = QStringLiteral("builddeck/standard:1.0");
    project.environment.computeType = QStringLiteral("BUILD_GENERAL1_SMALL");
    return project;
}

// "PATH severity code" of each issue of a project changed by `change`.
QStringList issuesAfter(const std::function<void(Projects::Project &)> &change)
{
    Projects::Project project = validProject();
    change(project);
    QStringList keys;
    for (const Issue &issue : ProjectValidator::validate(project))
        keys.append(QStringLiteral("%1 %2 %3").arg(issue.path, issue.severityName(), issue.code));
    return keys;
}

QStringList one(const char *key)
{
    return {QString::fromLatin1(key)};
}

} // namespace

TEST_CASE("A valid project has no issue", "[project]")
{
    CHECK(ProjectValidator::validate(validProject()).isEmpty());
}

TEST_CASE("Project names follow ARCHITECTURE §6", "[project]")
{
    CHECK(issuesAfter([](auto &p) { p.name.clear(); }) == one("name error missing-required"));
    CHECK(issuesAfter([](auto &p) { p.name = QStringLiteral("a"); }) == one("name error bad-value"));
    CHECK(issuesAfter([](auto &p) { p.name = QStringLiteral("-app"); }) == one("name error bad-value"));
    CHECK(issuesAfter([](auto &p) { p.name = QStringLiteral("my app"); }) == one("name error bad-value"));
    CHECK(issuesAfter([](auto &p) { p.name = QString(256, QLatin1Char('a')); }) == one("name error bad-value"));
    CHECK(issuesAfter([](auto &p) { p.name = QString(255, QLatin1Char('a')); }).isEmpty());
    CHECK(issuesAfter([](auto &p) { p.name = QStringLiteral("My-app_2"); }).isEmpty());
    CHECK(issuesAfter([](auto &p) { p.description = QString(256, QLatin1Char('d')); }) ==
          one("description error bad-value"));
}

TEST_CASE("Sources: types, locations and the members that only some types allow", "[project]")
{
    CHECK(issuesAfter([](auto &p) { p.source.type = QStringLiteral("SVN"); }) == one("source.type error bad-value"));
    CHECK(issuesAfter([](auto &p) { p.source.type.clear(); }) == one("source.type error missing-required"));
    CHECK(issuesAfter([](auto &p) { p.source.location.clear(); }) == one("source.location error missing-required"));
    CHECK(issuesAfter([](auto &p) {
              p.source.type = QStringLiteral("LOCAL");
              p.source.location.clear();
          }) == one("source.location error missing-required"));
    CHECK(issuesAfter([](auto &p) {
              p.source = {};
              p.source.type = QStringLiteral("NO_SOURCE");
              p.source.buildspec = QStringLiteral("buildspec.yml");
          }) == one("source.buildspec error missing-required"));
    CHECK(issuesAfter([](auto &p) {
              p.source = {};
              p.source.type = QStringLiteral("NO_SOURCE");
              p.source.buildspec = QStringLiteral("version: 0.2\nphases:\n  biuld:\n    commands: [make]\n");
          }) == one("source.buildspec error unknown-key"));
    CHECK(issuesAfter([](auto &p) { p.source.gitCloneDepth = -1; }) == one("source.gitCloneDepth error bad-value"));
    CHECK(issuesAfter([](auto &p) {
              p.source.type = QStringLiteral("S3");
              p.source.reportBuildStatus = true;
          }) == one("source.reportBuildStatus error bad-value"));
    CHECK(issuesAfter([](auto &p) { p.source.insecureSsl = true; }) == one("source.insecureSsl error bad-value"));
    CHECK(issuesAfter([](auto &p) { p.source.type = QStringLiteral("CODEPIPELINE"); }) ==
          one("source.type warning cloud-only"));
    CHECK(issuesAfter([](auto &p) { p.source.sourceIdentifier = QStringLiteral("has-dash"); }) ==
          one("source.sourceIdentifier error bad-value"));
}

TEST_CASE("Secondary sources and versions: identifiers, limits and references", "[project]")
{
    const auto secondary = [](const QString &identifier) {
        ProjectSource source;
        source.type = QStringLiteral("GITHUB");
        source.location = QStringLiteral("https://example.com/lib.git");
        source.sourceIdentifier = identifier;
        return source;
    };
    CHECK(issuesAfter([&](auto &p) { p.secondarySources = {secondary({})}; }) ==
          one("secondarySources[0].sourceIdentifier error missing-required"));
    CHECK(issuesAfter([&](auto &p) { p.secondarySources = {secondary(QString(128, QLatin1Char('x')))}; }) ==
          one("secondarySources[0].sourceIdentifier error bad-value"));
    CHECK(issuesAfter([&](auto &p) {
              p.secondarySources = {secondary(QStringLiteral("a")), secondary(QStringLiteral("a"))};
          }) == one("secondarySources[1].sourceIdentifier error duplicate-key"));
    CHECK(issuesAfter([&](auto &p) {
              for (int i = 0; i < 13; ++i)
                  p.secondarySources.append(secondary(QStringLiteral("s%1").arg(i)));
          }) == one("secondarySources error bad-value"));
    CHECK(issuesAfter([&](auto &p) {
              p.secondarySources = {secondary(QStringLiteral("lib"))};
              p.secondarySourceVersions = {{QStringLiteral("other"), QStringLiteral("v1")}};
          }) == one("secondarySourceVersions[0].sourceIdentifier error bad-value"));
    CHECK(issuesAfter([&](auto &p) {
              p.secondarySources = {secondary(QStringLiteral("lib"))};
              p.secondarySourceVersions = {{QStringLiteral("lib"), {}}};
          }) == one("secondarySourceVersions[0].sourceVersion error missing-required"));
}

TEST_CASE("Artifacts, secondary artifacts and caches", "[project]")
{
    CHECK(issuesAfter([](auto &p) { p.artifacts.type = QStringLiteral("FTP"); }) ==
          one("artifacts.type error bad-value"));
    CHECK(issuesAfter([](auto &p) { p.artifacts.type = QStringLiteral("S3"); }) ==
          one("artifacts.location error missing-required"));
    CHECK(issuesAfter([](auto &p) { p.artifacts.packaging = QStringLiteral("zip"); }) ==
          one("artifacts.packaging error bad-value"));
    CHECK(issuesAfter([](auto &p) { p.artifacts.namespaceType = QStringLiteral("DATE"); }) ==
          one("artifacts.namespaceType error bad-value"));
    CHECK(issuesAfter([](auto &p) {
              ProjectArtifacts extra;
              extra.type = QStringLiteral("NO_ARTIFACTS");
              p.secondaryArtifacts = {extra};
          }) == one("secondaryArtifacts[0].artifactIdentifier error missing-required"));
    CHECK(issuesAfter([](auto &p) {
              ProjectArtifacts extra;
              extra.type = QStringLiteral("CODEPIPELINE");
              extra.artifactIdentifier = QStringLiteral("pipeline");
              p.secondaryArtifacts = {extra};
          }) == one("secondaryArtifacts[0].type error bad-value"));
    CHECK(issuesAfter([](auto &p) {
              p.cache = ProjectCache{QStringLiteral("LOCAL"), {}, {}, {}};
          }) == one("cache.modes error missing-required"));
    CHECK(issuesAfter([](auto &p) {
              p.cache = ProjectCache{QStringLiteral("LOCAL"), {}, {QStringLiteral("LOCAL_MAGIC")}, {}};
          }) == one("cache.modes[0] error bad-value"));
    CHECK(issuesAfter([](auto &p) {
              p.cache = ProjectCache{QStringLiteral("S3"), {}, {}, {}};
          }) == one("cache.location error missing-required"));
}

TEST_CASE("Environment: types, compute types, images and variables", "[project]")
{
    const QStringList huge =
        issuesAfter([](auto &p) { p.environment.computeType = QStringLiteral("BUILD_GENERAL1_HUGE"); });
    CHECK(huge == one("environment.computeType error bad-value"));
    Projects::Project project = validProject();
    project.environment.computeType = QStringLiteral("BUILD_GENERAL1_HUGE");
    CHECK(ProjectValidator::validate(project).at(0).message.startsWith(
        QStringLiteral("environment.computeType: BUILD_GENERAL1_HUGE is not one of BUILD_GENERAL1_SMALL, ")));

    CHECK(issuesAfter([](auto &p) { p.environment.image.clear(); }) == one("environment.image error missing-required"));
    CHECK(issuesAfter([](auto &p) { p.environment.type = QStringLiteral("WINDOWS_SERVER_2022_CONTAINER"); }) ==
          one("environment.type warning cloud-only"));
    CHECK(issuesAfter([](auto &p) {
              p.environment.environmentVariables = {{{}, QStringLiteral("v"), {}}};
          }) == one("environment.environmentVariables[0].name error missing-required"));
    CHECK(issuesAfter([](auto &p) {
              p.environment.environmentVariables = {{QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("TEXT")}};
          }) == one("environment.environmentVariables[0].type error bad-value"));
    CHECK(issuesAfter([](auto &p) {
              p.environment.environmentVariables = {{QStringLiteral("CODEBUILD_X"), QStringLiteral("1"), {}}};
          }) == one("environment.environmentVariables[0].name warning reserved-name"));
    CHECK(issuesAfter([](auto &p) {
              p.environment.environmentVariables = {{QStringLiteral("A"), QStringLiteral("1"), {}},
                                                    {QStringLiteral("A"), QStringLiteral("2"), {}}};
          }) == one("environment.environmentVariables[1].name error duplicate-key"));
    CHECK(issuesAfter([](auto &p) {
              p.environment.environmentVariables = {{QStringLiteral("TOKEN"), {}, QStringLiteral("SECRETS_MANAGER")}};
          }) == one("environment.environmentVariables[0].value error missing-required"));
    CHECK(issuesAfter([](auto &p) { p.environment.imagePullCredentialsType = QStringLiteral("ANONYMOUS"); }) ==
          one("environment.imagePullCredentialsType error bad-value"));
}

TEST_CASE("Ranges and limits of the top-level members", "[project]")
{
    CHECK(issuesAfter([](auto &p) { p.timeoutInMinutes = 4; }) == one("timeoutInMinutes error bad-value"));
    CHECK(issuesAfter([](auto &p) { p.timeoutInMinutes = 2161; }) == one("timeoutInMinutes error bad-value"));
    CHECK(issuesAfter([](auto &p) { p.timeoutInMinutes = 2160; }).isEmpty());
    CHECK(issuesAfter([](auto &p) { p.queuedTimeoutInMinutes = 481; }) ==
          one("queuedTimeoutInMinutes error bad-value"));
    CHECK(issuesAfter([](auto &p) { p.concurrentBuildLimit = 0; }) == one("concurrentBuildLimit error bad-value"));
    CHECK(issuesAfter([](auto &p) { p.autoRetryLimit = 11; }) == one("autoRetryLimit error bad-value"));
    CHECK(issuesAfter([](auto &p) {
              for (int i = 0; i < 51; ++i)
                  p.tags.append({QStringLiteral("k%1").arg(i), {}});
          }) == one("tags error bad-value"));
    CHECK(issuesAfter([](auto &p) {
              p.tags = {{{}, QStringLiteral("v")}};
          }) == one("tags[0].key error missing-required"));
    CHECK(issuesAfter([](auto &p) {
              QJsonArray subnets;
              for (int i = 0; i < 17; ++i)
                  subnets.append(QStringLiteral("subnet-%1").arg(i));
              p.vpcConfig.insert(QStringLiteral("subnets"), subnets);
          }) == one("vpcConfig.subnets error bad-value"));
    CHECK(issuesAfter([](auto &p) {
              p.fileSystemLocations = {QJsonObject{{QStringLiteral("identifier"), QStringLiteral("efs-1")}}};
          }) == one("fileSystemLocations[0].identifier error bad-value"));
    CHECK(issuesAfter([](auto &p) { p.builddeck.engine = QStringLiteral("ftp://host"); }) ==
          one("builddeck.engine error bad-value"));
}

TEST_CASE("A LOCAL source needs an existing directory when a build starts", "[project]")
{
    QTemporaryDir temp;
    Projects::Project project = validProject();
    project.source = {};
    project.source.type = QStringLiteral("LOCAL");
    project.source.location = temp.filePath(QStringLiteral("missing"));
    CHECK(ProjectValidator::validate(project).isEmpty());
    const QList<Issue> atBuild = ProjectValidator::validateForBuild(project);
    REQUIRE(atBuild.size() == 1);
    CHECK(atBuild.at(0).path == QStringLiteral("source.location"));
    CHECK(atBuild.at(0).message.contains(QStringLiteral("missing")));
    project.source.location = temp.path();
    CHECK(ProjectValidator::validateForBuild(project).isEmpty());
}
