#include "projectvalidator.h"

#include "jsonreader.h"

#include "buildspec/buildspecparser.h"
#include "runtime/engineendpoint.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace BuildDeck::Projects {

namespace {

class Rules
{
public:
    explicit Rules(QList<Issue> &issues)
        : m_json(issues)
    {
    }

    void error(const QString &path, const QString &code, const QString &message, const QString &suggestion = {})
    {
        m_json.error(path, code, message, suggestion);
    }
    void warning(const QString &path, const QString &code, const QString &message, const QString &suggestion = {})
    {
        m_json.warning(path, code, message, suggestion);
    }

    void required(const QString &path, const QString &value)
    {
        if (value.trimmed().isEmpty())
            error(path, QStringLiteral("missing-required"), ProjectValidator::tr("is required"));
    }

    // Empty is allowed (the member is optional) unless `isRequired`.
    void oneOf(const QString &path, const QString &value, const QStringList &allowed, bool isRequired = false)
    {
        if (value.isEmpty()) {
            if (isRequired)
                error(path, QStringLiteral("missing-required"),
                      ProjectValidator::tr("is required: one of %1").arg(allowed.join(QStringLiteral(", "))));
            return;
        }
        if (allowed.contains(value))
            return;
        const auto caseOnly = std::find_if(allowed.cbegin(), allowed.cend(), [&](const QString &candidate) {
            return candidate.compare(value, Qt::CaseInsensitive) == 0;
        });
        error(path, QStringLiteral("bad-value"),
              ProjectValidator::tr("%1 is not one of %2").arg(value, allowed.join(QStringLiteral(", "))),
              caseOnly != allowed.cend() ? ProjectValidator::tr("write %1").arg(*caseOnly) : QString());
    }

    void range(const QString &path, const std::optional<int> &value, int minimum, int maximum)
    {
        if (value && (*value < minimum || *value > maximum)) {
            error(
                path, QStringLiteral("bad-value"),
                ProjectValidator::tr("%1 is outside the allowed range %2 to %3").arg(*value).arg(minimum).arg(maximum));
        }
    }

    void identifier(const QString &path, const QString &value, bool isRequired)
    {
        if (value.isEmpty()) {
            if (isRequired)
                error(path, QStringLiteral("missing-required"), ProjectValidator::tr("is required"));
            return;
        }
        if (!ProjectValidator::isValidIdentifier(value)) {
            error(path, QStringLiteral("bad-value"),
                  ProjectValidator::tr("'%1' must contain only letters, digits and underscores and be shorter than 128 "
                                       "characters")
                      .arg(value));
        }
    }

    // Records `value` as seen; a second use of it is an error.
    void unique(QSet<QString> &seen, const QString &path, const QString &value, const QString &message)
    {
        if (!value.isEmpty() && seen.contains(value))
            error(path, QStringLiteral("duplicate-key"), message);
        seen.insert(value);
    }

    void atMost(const QString &path, qsizetype count, int maximum)
    {
        if (count > maximum)
            error(path, QStringLiteral("bad-value"),
                  ProjectValidator::tr("has %1 entries; at most %2 are allowed").arg(count).arg(maximum));
    }

    void source(const ProjectSource &source, const QString &path, bool secondary)
    {
        const QString typePath = JsonReader::join(path, QStringLiteral("type"));
        oneOf(typePath, source.type, ProjectValidator::sourceTypes(), true);
        const bool git = ProjectValidator::gitSourceTypes().contains(source.type);
        const QString locationPath = JsonReader::join(path, QStringLiteral("location"));
        if ((git || source.type == QStringLiteral("S3") || source.type == QStringLiteral("LOCAL")) &&
            source.location.trimmed().isEmpty()) {
            error(locationPath, QStringLiteral("missing-required"),
                  source.type == QStringLiteral("LOCAL")
                      ? ProjectValidator::tr("is required for a LOCAL source: the directory to build")
                      : ProjectValidator::tr("is required for a %1 source").arg(source.type),
                  git ? ProjectValidator::tr("any URL git can clone: https://, ssh://, file:// or a path") : QString());
        }
        if (source.type == QStringLiteral("NO_SOURCE")) {
            if (secondary) {
                error(typePath, QStringLiteral("bad-value"),
                      ProjectValidator::tr("NO_SOURCE cannot be a secondary source"));
            } else if (source.buildspec.trimmed().isEmpty() || !source.buildspec.contains(QLatin1Char('\n'))) {
                error(JsonReader::join(path, QStringLiteral("buildspec")), QStringLiteral("missing-required"),
                      ProjectValidator::tr("a NO_SOURCE project needs the buildspec itself here, not a file name"),
                      ProjectValidator::tr("write the whole buildspec, for example \"version: 0.2\\nphases: ...\""));
            }
        }
        if (source.type == QStringLiteral("CODEPIPELINE")) {
            warning(
                typePath, QStringLiteral("cloud-only"),
                ProjectValidator::tr("CODEPIPELINE sources come from AWS CodePipeline and cannot be built locally"));
        }
        if (source.gitCloneDepth) {
            range(JsonReader::join(path, QStringLiteral("gitCloneDepth")), source.gitCloneDepth, 0, 2147483647);
            if (!git)
                warning(JsonReader::join(path, QStringLiteral("gitCloneDepth")), QStringLiteral("bad-value"),
                        ProjectValidator::tr("only applies to git sources"));
        }
        if (source.reportBuildStatus.value_or(false) &&
            !QStringList{QStringLiteral("GITHUB"), QStringLiteral("GITHUB_ENTERPRISE"), QStringLiteral("GITLAB"),
                         QStringLiteral("GITLAB_SELF_MANAGED"), QStringLiteral("BITBUCKET")}
                 .contains(source.type)) {
            error(JsonReader::join(path, QStringLiteral("reportBuildStatus")), QStringLiteral("bad-value"),
                  ProjectValidator::tr("is only allowed for GitHub, GitHub Enterprise, GitLab and Bitbucket sources"));
        }
        if (source.insecureSsl.value_or(false) && source.type != QStringLiteral("GITHUB_ENTERPRISE"))
            error(JsonReader::join(path, QStringLiteral("insecureSsl")), QStringLiteral("bad-value"),
                  ProjectValidator::tr("is only allowed for GITHUB_ENTERPRISE sources"));
        if (source.auth)
            oneOf(JsonReader::join(path, QStringLiteral("auth.type")), source.auth->type,
                  {QStringLiteral("OAUTH"), QStringLiteral("CODECONNECTIONS"), QStringLiteral("SECRETS_MANAGER")},
                  true);
        identifier(JsonReader::join(path, QStringLiteral("sourceIdentifier")), source.sourceIdentifier, secondary);
        if (!source.buildspec.isEmpty() && source.buildspec.contains(QLatin1Char('\n')))
            inlineBuildspec(JsonReader::join(path, QStringLiteral("buildspec")), source.buildspec);
    }

    // An inline buildspec is checked like a file; its problems name their line.
    void inlineBuildspec(const QString &path, const QString &text)
    {
        const Spec::BuildSpecReading reading = Spec::BuildSpecParser::read(text.toUtf8());
        for (const Issue &issue : reading.issues) {
            if (!issue.isError())
                continue;
            error(path, issue.code,
                  ProjectValidator::tr("line %1, column %2: %3").arg(issue.line).arg(issue.column).arg(issue.message),
                  issue.suggestion);
        }
    }

    void artifacts(const ProjectArtifacts &artifacts, const QString &path, bool secondary)
    {
        const QString typePath = JsonReader::join(path, QStringLiteral("type"));
        oneOf(typePath, artifacts.type,
              {QStringLiteral("S3"), QStringLiteral("CODEPIPELINE"), QStringLiteral("NO_ARTIFACTS")}, true);
        if (artifacts.type == QStringLiteral("S3"))
            required(JsonReader::join(path, QStringLiteral("location")), artifacts.location);
        if (artifacts.type == QStringLiteral("CODEPIPELINE")) {
            if (secondary)
                error(typePath, QStringLiteral("bad-value"),
                      ProjectValidator::tr("CODEPIPELINE cannot be a secondary artifact"));
            else
                warning(
                    typePath, QStringLiteral("cloud-only"),
                    ProjectValidator::tr("CODEPIPELINE artifacts go to AWS CodePipeline; locally they are not kept"));
        }
        oneOf(JsonReader::join(path, QStringLiteral("namespaceType")), artifacts.namespaceType,
              {QStringLiteral("NONE"), QStringLiteral("BUILD_ID")});
        oneOf(JsonReader::join(path, QStringLiteral("packaging")), artifacts.packaging,
              {QStringLiteral("NONE"), QStringLiteral("ZIP")});
        oneOf(JsonReader::join(path, QStringLiteral("bucketOwnerAccess")), artifacts.bucketOwnerAccess,
              {QStringLiteral("NONE"), QStringLiteral("READ_ONLY"), QStringLiteral("FULL")});
        identifier(JsonReader::join(path, QStringLiteral("artifactIdentifier")), artifacts.artifactIdentifier,
                   secondary);
    }

    void environment(const ProjectEnvironment &environment)
    {
        const QString path = QStringLiteral("environment");
        oneOf(path + QStringLiteral(".type"), environment.type, ProjectValidator::environmentTypes(), true);
        if (!environment.type.isEmpty() && !environment.type.startsWith(QStringLiteral("LINUX")) &&
            !environment.type.startsWith(QStringLiteral("ARM")) &&
            ProjectValidator::environmentTypes().contains(environment.type)) {
            warning(path + QStringLiteral(".type"), QStringLiteral("cloud-only"),
                    ProjectValidator::tr("%1 builds cannot run in a local Linux container").arg(environment.type));
        }
        required(path + QStringLiteral(".image"), environment.image);
        oneOf(path + QStringLiteral(".computeType"), environment.computeType, ProjectValidator::computeTypes(), true);
        oneOf(path + QStringLiteral(".imagePullCredentialsType"), environment.imagePullCredentialsType,
              {QStringLiteral("CODEBUILD"), QStringLiteral("SERVICE_ROLE")});
        if (environment.registryCredential) {
            required(path + QStringLiteral(".registryCredential.credential"),
                     environment.registryCredential->credential);
            oneOf(path + QStringLiteral(".registryCredential.credentialProvider"),
                  environment.registryCredential->credentialProvider, {QStringLiteral("SECRETS_MANAGER")}, true);
        }
        QSet<QString> names;
        for (qsizetype i = 0; i < environment.environmentVariables.size(); ++i) {
            const EnvironmentVariable &variable = environment.environmentVariables.at(i);
            const QString variablePath = QStringLiteral("%1.environmentVariables[%2]").arg(path).arg(i);
            if (variable.name.isEmpty()) {
                error(variablePath + QStringLiteral(".name"), QStringLiteral("missing-required"),
                      ProjectValidator::tr("a variable needs a name"));
                continue;
            }
            oneOf(variablePath + QStringLiteral(".type"), variable.type,
                  {QStringLiteral("PLAINTEXT"), QStringLiteral("PARAMETER_STORE"), QStringLiteral("SECRETS_MANAGER")});
            if (variable.name.startsWith(QStringLiteral("CODEBUILD_"))) {
                warning(
                    variablePath + QStringLiteral(".name"), QStringLiteral("reserved-name"),
                    ProjectValidator::tr("%1 is reserved: names beginning with CODEBUILD_ are set by the build, and "
                                         "BuildDeck does not apply this one")
                        .arg(variable.name));
            }
            if (names.contains(variable.name)) {
                error(variablePath + QStringLiteral(".name"), QStringLiteral("duplicate-key"),
                      ProjectValidator::tr("%1 is defined twice").arg(variable.name));
            }
            names.insert(variable.name);
            if (variable.type != QStringLiteral("PLAINTEXT") && !variable.type.isEmpty() && variable.value.isEmpty()) {
                error(variablePath + QStringLiteral(".value"), QStringLiteral("missing-required"),
                      ProjectValidator::tr("must name the parameter or secret"));
            }
        }
    }

private:
    JsonReader m_json;
};

} // namespace

const QStringList &ProjectValidator::gitSourceTypes()
{
    static const QStringList types{QStringLiteral("CODECOMMIT"),          QStringLiteral("GITHUB"),
                                   QStringLiteral("GITHUB_ENTERPRISE"),   QStringLiteral("GITLAB"),
                                   QStringLiteral("GITLAB_SELF_MANAGED"), QStringLiteral("BITBUCKET")};
    return types;
}

const QStringList &ProjectValidator::sourceTypes()
{
    static const QStringList types =
        gitSourceTypes() + QStringList{QStringLiteral("CODEPIPELINE"), QStringLiteral("S3"),
                                       QStringLiteral("NO_SOURCE"), QStringLiteral("LOCAL")};
    return types;
}

const QStringList &ProjectValidator::environmentTypes()
{
    static const QStringList types{QStringLiteral("LINUX_CONTAINER"),
                                   QStringLiteral("LINUX_GPU_CONTAINER"),
                                   QStringLiteral("ARM_CONTAINER"),
                                   QStringLiteral("WINDOWS_CONTAINER"),
                                   QStringLiteral("WINDOWS_SERVER_2019_CONTAINER"),
                                   QStringLiteral("WINDOWS_SERVER_2022_CONTAINER"),
                                   QStringLiteral("LINUX_LAMBDA_CONTAINER"),
                                   QStringLiteral("ARM_LAMBDA_CONTAINER"),
                                   QStringLiteral("LINUX_EC2"),
                                   QStringLiteral("ARM_EC2"),
                                   QStringLiteral("WINDOWS_EC2"),
                                   QStringLiteral("MAC_ARM")};
    return types;
}

const QStringList &ProjectValidator::computeTypes()
{
    static const QStringList types{QStringLiteral("BUILD_GENERAL1_SMALL"),    QStringLiteral("BUILD_GENERAL1_MEDIUM"),
                                   QStringLiteral("BUILD_GENERAL1_LARGE"),    QStringLiteral("BUILD_GENERAL1_XLARGE"),
                                   QStringLiteral("BUILD_GENERAL1_2XLARGE"),  QStringLiteral("BUILD_LAMBDA_1GB"),
                                   QStringLiteral("BUILD_LAMBDA_2GB"),        QStringLiteral("BUILD_LAMBDA_4GB"),
                                   QStringLiteral("BUILD_LAMBDA_8GB"),        QStringLiteral("BUILD_LAMBDA_10GB"),
                                   QStringLiteral("ATTRIBUTE_BASED_COMPUTE"), QStringLiteral("CUSTOM_INSTANCE_TYPE")};
    return types;
}

bool ProjectValidator::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9\\-_]{1,254}$"));
    return pattern.match(name).hasMatch();
}

bool ProjectValidator::isValidIdentifier(const QString &identifier)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]{1,127}$"));
    return pattern.match(identifier).hasMatch();
}

QList<Issue> ProjectValidator::validate(const Project &project)
{
    QList<Issue> issues;
    Rules rules(issues);

    if (project.name.isEmpty()) {
        rules.error(QStringLiteral("name"), QStringLiteral("missing-required"), tr("is required"));
    } else if (!isValidName(project.name)) {
        rules.error(
            QStringLiteral("name"), QStringLiteral("bad-value"),
            tr("'%1' must be 2 to 255 letters, digits, '-' or '_', starting with a letter or digit").arg(project.name));
    }
    if (project.description.size() > 255)
        rules.error(QStringLiteral("description"), QStringLiteral("bad-value"),
                    tr("is %1 characters long; at most 255 are allowed").arg(project.description.size()));

    rules.source(project.source, QStringLiteral("source"), false);
    rules.atMost(QStringLiteral("secondarySources"), project.secondarySources.size(), maxSecondaries);
    QSet<QString> sourceIdentifiers;
    for (qsizetype i = 0; i < project.secondarySources.size(); ++i) {
        const ProjectSource &source = project.secondarySources.at(i);
        const QString path = QStringLiteral("secondarySources[%1]").arg(i);
        rules.source(source, path, true);
        rules.unique(sourceIdentifiers, path + QStringLiteral(".sourceIdentifier"), source.sourceIdentifier,
                     tr("%1 is used by another secondary source").arg(source.sourceIdentifier));
    }
    rules.atMost(QStringLiteral("secondarySourceVersions"), project.secondarySourceVersions.size(), maxSecondaries);
    for (qsizetype i = 0; i < project.secondarySourceVersions.size(); ++i) {
        const ProjectSourceVersion &version = project.secondarySourceVersions.at(i);
        const QString path = QStringLiteral("secondarySourceVersions[%1]").arg(i);
        rules.required(path + QStringLiteral(".sourceIdentifier"), version.sourceIdentifier);
        rules.required(path + QStringLiteral(".sourceVersion"), version.sourceVersion);
        if (!version.sourceIdentifier.isEmpty() && !sourceIdentifiers.contains(version.sourceIdentifier))
            rules.error(path + QStringLiteral(".sourceIdentifier"), QStringLiteral("bad-value"),
                        tr("%1 is not the sourceIdentifier of a secondary source").arg(version.sourceIdentifier));
    }

    rules.artifacts(project.artifacts, QStringLiteral("artifacts"), false);
    rules.atMost(QStringLiteral("secondaryArtifacts"), project.secondaryArtifacts.size(), maxSecondaries);
    QSet<QString> artifactIdentifiers;
    for (qsizetype i = 0; i < project.secondaryArtifacts.size(); ++i) {
        const ProjectArtifacts &artifacts = project.secondaryArtifacts.at(i);
        const QString path = QStringLiteral("secondaryArtifacts[%1]").arg(i);
        rules.artifacts(artifacts, path, true);
        rules.unique(artifactIdentifiers, path + QStringLiteral(".artifactIdentifier"), artifacts.artifactIdentifier,
                     tr("%1 is used by another secondary artifact").arg(artifacts.artifactIdentifier));
    }

    if (project.cache) {
        const ProjectCache &cache = *project.cache;
        rules.oneOf(QStringLiteral("cache.type"), cache.type,
                    {QStringLiteral("NO_CACHE"), QStringLiteral("S3"), QStringLiteral("LOCAL")}, true);
        if (cache.type == QStringLiteral("S3"))
            rules.required(QStringLiteral("cache.location"), cache.location);
        if (cache.type == QStringLiteral("LOCAL") && cache.modes.isEmpty())
            rules.error(QStringLiteral("cache.modes"), QStringLiteral("missing-required"),
                        tr("a LOCAL cache needs at least one mode"),
                        tr("LOCAL_SOURCE_CACHE, LOCAL_DOCKER_LAYER_CACHE or LOCAL_CUSTOM_CACHE"));
        for (qsizetype i = 0; i < cache.modes.size(); ++i)
            rules.oneOf(QStringLiteral("cache.modes[%1]").arg(i), cache.modes.at(i),
                        {QStringLiteral("LOCAL_SOURCE_CACHE"), QStringLiteral("LOCAL_DOCKER_LAYER_CACHE"),
                         QStringLiteral("LOCAL_CUSTOM_CACHE")},
                        true);
    }

    rules.environment(project.environment);
    rules.range(QStringLiteral("timeoutInMinutes"), project.timeoutInMinutes, 5, 2160);
    rules.range(QStringLiteral("queuedTimeoutInMinutes"), project.queuedTimeoutInMinutes, 5, 480);
    rules.atMost(QStringLiteral("tags"), project.tags.size(), maxTags);
    for (qsizetype i = 0; i < project.tags.size(); ++i)
        rules.required(QStringLiteral("tags[%1].key").arg(i), project.tags.at(i).key);
    rules.atMost(QStringLiteral("vpcConfig.subnets"),
                 project.vpcConfig.value(QStringLiteral("subnets")).toArray().size(), 16);
    rules.atMost(QStringLiteral("vpcConfig.securityGroupIds"),
                 project.vpcConfig.value(QStringLiteral("securityGroupIds")).toArray().size(), 5);
    for (qsizetype i = 0; i < project.fileSystemLocations.size(); ++i)
        rules.identifier(QStringLiteral("fileSystemLocations[%1].identifier").arg(i),
                         project.fileSystemLocations.at(i).toObject().value(QStringLiteral("identifier")).toString(),
                         false);
    rules.range(QStringLiteral("concurrentBuildLimit"), project.concurrentBuildLimit, 1, 10000);
    rules.range(QStringLiteral("autoRetryLimit"), project.autoRetryLimit, 0, 10);
    if (!project.builddeck.engine.isEmpty()) {
        const Result<Runtime::EngineEndpoint> engine =
            Runtime::EngineEndpoint::parse(project.builddeck.engine, QStringLiteral("builddeck.engine"));
        if (!engine)
            rules.error(QStringLiteral("builddeck.engine"), QStringLiteral("bad-value"), engine.error().message);
    }
    if (!project.builddeck.localExcludes.isEmpty() && project.source.type != QStringLiteral("LOCAL"))
        rules.warning(QStringLiteral("builddeck.localExcludes"), QStringLiteral("bad-value"),
                      tr("only applies to LOCAL sources"));
    return issues;
}

QList<Issue> ProjectValidator::validateForBuild(const Project &project)
{
    QList<Issue> issues = validate(project);
    Rules rules(issues);
    if (project.source.type == QStringLiteral("LOCAL") && !project.source.location.isEmpty()) {
        const QFileInfo directory(project.source.location);
        if (!directory.isDir())
            rules.error(QStringLiteral("source.location"), QStringLiteral("bad-value"),
                        tr("%1 is not an existing directory").arg(QDir::toNativeSeparators(project.source.location)),
                        tr("choose the folder that holds the code to build"));
    }
    return issues;
}

} // namespace BuildDeck::Projects
