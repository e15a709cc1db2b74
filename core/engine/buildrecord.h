#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace BuildDeck::Engine {

// CodeBuild's phase types, in the order a build goes through them (reference §2.1).
enum class PhaseType
{
    Submitted,
    Queued,
    Provisioning,
    DownloadSource,
    Install,
    PreBuild,
    Build,
    PostBuild,
    UploadArtifacts,
    Finalizing,
    Completed,
};

// One enum for phase and build statuses (reference §2.2).
enum class Status
{
    InProgress,
    Succeeded,
    Failed,
    Fault,
    TimedOut,
    Stopped
};

QString phaseTypeName(PhaseType type);
std::optional<PhaseType> phaseTypeFromName(const QString &name);
QString statusName(Status status);
std::optional<Status> statusFromName(const QString &name);

struct PhaseContext
{
    QString statusCode; // "" on success, COMMAND_EXECUTION_ERROR, YAML_FILE_ERROR, ...
    QString message;
    friend bool operator==(const PhaseContext &, const PhaseContext &) = default;
};

struct BuildPhase
{
    PhaseType type = PhaseType::Submitted;
    std::optional<Status> status; // absent while running, and on COMPLETED
    QDateTime startTime;
    QDateTime endTime;
    QList<PhaseContext> contexts;

    // Whole seconds, as CodeBuild reports them; absent until the phase ends.
    std::optional<qint64> durationInSeconds() const;
    friend bool operator==(const BuildPhase &, const BuildPhase &) = default;
};

struct ExportedVariable
{
    QString name;
    QString value;
    friend bool operator==(const ExportedVariable &, const ExportedVariable &) = default;
};

// An artifact a build made, as its record shows it (reference §5, BuildArtifacts).
struct BuildArtifacts
{
    QString artifactIdentifier; // empty for the primary artifact
    QString location;           // the absolute local path of the folder or zip (ARCHITECTURE §5)
    QString sha256sum;          // ZIP only
    QString md5sum;             // ZIP only
    friend bool operator==(const BuildArtifacts &, const BuildArtifacts &) = default;
};

// A build as batch-get-builds shows it (reference §5, Appendix A). The members the engine drives
// are typed; the effective configuration (source, environment, artifacts, cache, ...) is kept as
// the JSON CodeBuild prints for it.
struct BuildRecord
{
    QString id; // "<project>:<uuid>"
    int buildNumber = 0;
    QString projectName;
    QDateTime startTime;
    QDateTime endTime;
    Status buildStatus = Status::InProgress;
    bool buildComplete = false;
    QList<BuildPhase> phases;
    QString sourceVersion;
    QString resolvedSourceVersion;
    QString initiator;
    int timeoutInMinutes = 60;
    int queuedTimeoutInMinutes = 480;
    QList<ExportedVariable> exportedEnvironmentVariables;
    QStringList reportArns;
    QList<BuildArtifacts> artifacts; // what UPLOAD_ARTIFACTS made
    QJsonObject configuration; // source, secondarySources, artifacts, environment, cache, ... as CodeBuild names them

    QString uuid() const { return id.section(QLatin1Char(':'), 1); }
    // Ends the build at `time`: the COMPLETED entry, the final status, buildComplete and endTime.
    void complete(Status status, const QDateTime &time);
    // The last phase entered, or SUBMITTED before any.
    PhaseType currentPhase() const;
    QString arn(const QString &region = QStringLiteral("us-east-1")) const;

    // The record in batch-get-builds' shape: `artifacts` and `secondaryArtifacts` are what the build
    // made (BuildArtifacts), not the project's settings for them.
    QJsonObject toJson(const QString &region = QStringLiteral("us-east-1")) const;
    // toJson() plus the artifact settings of the configuration, which fromJson() restores.
    QJsonObject toStoredJson() const;
    static BuildRecord fromJson(const QJsonObject &object);

    friend bool operator==(const BuildRecord &, const BuildRecord &) = default;
};

} // namespace BuildDeck::Engine

Q_DECLARE_METATYPE(BuildDeck::Engine::BuildRecord)
