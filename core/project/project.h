#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace BuildDeck::Projects {

// A build project in the shape of AWS CodeBuild's CreateProjectInput (reference §4). Every member
// CodeBuild accepts is kept, so that a project imported from AWS exports back unchanged; members
// without local meaning (serviceRole, vpcConfig, logsConfig, ...) are kept as they came. Absent
// members stay absent (std::optional, empty strings and lists).

struct SourceAuth
{
    QString type; // OAUTH, CODECONNECTIONS, SECRETS_MANAGER
    QString resource;
    friend bool operator==(const SourceAuth &, const SourceAuth &) = default;
};

struct BuildStatusConfig
{
    QString context;
    QString targetUrl;
    friend bool operator==(const BuildStatusConfig &, const BuildStatusConfig &) = default;
};

struct ProjectSource
{
    QString type; // CODECOMMIT, CODEPIPELINE, GITHUB, ..., S3, NO_SOURCE, and BuildDeck's LOCAL
    QString location;
    std::optional<int> gitCloneDepth;
    std::optional<bool> fetchSubmodules; // gitSubmodulesConfig.fetchSubmodules
    QString buildspec;
    std::optional<SourceAuth> auth;
    std::optional<bool> reportBuildStatus;
    std::optional<BuildStatusConfig> buildStatusConfig;
    std::optional<bool> insecureSsl;
    QString sourceIdentifier;
    friend bool operator==(const ProjectSource &, const ProjectSource &) = default;
};

struct ProjectSourceVersion
{
    QString sourceIdentifier;
    QString sourceVersion;
    friend bool operator==(const ProjectSourceVersion &, const ProjectSourceVersion &) = default;
};

struct ProjectArtifacts
{
    QString type; // S3, CODEPIPELINE, NO_ARTIFACTS
    QString location;
    QString path;
    QString namespaceType; // NONE, BUILD_ID
    QString name;
    QString packaging; // NONE, ZIP
    std::optional<bool> overrideArtifactName;
    std::optional<bool> encryptionDisabled;
    QString artifactIdentifier;
    QString bucketOwnerAccess; // NONE, READ_ONLY, FULL
    friend bool operator==(const ProjectArtifacts &, const ProjectArtifacts &) = default;
};

struct ProjectCache
{
    QString type; // NO_CACHE, S3, LOCAL
    QString location;
    QStringList modes; // LOCAL_SOURCE_CACHE, LOCAL_DOCKER_LAYER_CACHE, LOCAL_CUSTOM_CACHE
    QString cacheNamespace;
    friend bool operator==(const ProjectCache &, const ProjectCache &) = default;
};

struct EnvironmentVariable
{
    QString name;
    QString value; // for PARAMETER_STORE and SECRETS_MANAGER: the parameter's or secret's name
    QString type;  // PLAINTEXT (when empty), PARAMETER_STORE, SECRETS_MANAGER
    friend bool operator==(const EnvironmentVariable &, const EnvironmentVariable &) = default;
};

struct RegistryCredential
{
    QString credential;
    QString credentialProvider; // SECRETS_MANAGER
    friend bool operator==(const RegistryCredential &, const RegistryCredential &) = default;
};

struct ProjectEnvironment
{
    QString type;
    QString image;
    QString computeType;
    QList<EnvironmentVariable> environmentVariables;
    std::optional<bool> privilegedMode;
    QString certificate;
    std::optional<RegistryCredential> registryCredential;
    QString imagePullCredentialsType; // CODEBUILD, SERVICE_ROLE
    QJsonObject cloudOnly;            // fleet, computeConfiguration, dockerServer, hostKernel: kept, no local effect
    friend bool operator==(const ProjectEnvironment &, const ProjectEnvironment &) = default;
};

struct Tag
{
    QString key;
    QString value;
    friend bool operator==(const Tag &, const Tag &) = default;
};

// BuildDeck's own settings, in the "builddeck" member of the project JSON.
struct Extension
{
    QStringList localExcludes; // LOCAL sources: globs of files not copied into the build
    QString engine;            // an engine URL for this project's builds, else the default
    friend bool operator==(const Extension &, const Extension &) = default;
};

struct Project
{
    QString name;
    QString description;
    ProjectSource source;
    QList<ProjectSource> secondarySources;
    QString sourceVersion;
    QList<ProjectSourceVersion> secondarySourceVersions;
    ProjectArtifacts artifacts;
    QList<ProjectArtifacts> secondaryArtifacts;
    std::optional<ProjectCache> cache;
    ProjectEnvironment environment;
    QString serviceRole;
    std::optional<int> timeoutInMinutes;       // 5-2160, default 60
    std::optional<int> queuedTimeoutInMinutes; // 5-480, default 480
    QString encryptionKey;
    QList<Tag> tags;
    QJsonObject vpcConfig;
    std::optional<bool> badgeEnabled;
    QJsonObject logsConfig;
    QJsonArray fileSystemLocations;
    QJsonObject buildBatchConfig;
    std::optional<int> concurrentBuildLimit;
    std::optional<int> autoRetryLimit;
    Extension builddeck;

    int effectiveTimeoutInMinutes() const { return timeoutInMinutes.value_or(60); }
    int effectiveQueuedTimeoutInMinutes() const { return queuedTimeoutInMinutes.value_or(480); }

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace BuildDeck::Projects

Q_DECLARE_METATYPE(BuildDeck::Projects::Project)
