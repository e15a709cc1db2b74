#include "buildrecord.h"

#include <QJsonArray>

namespace BuildDeck::Engine {

namespace {

const QList<QPair<PhaseType, QString>> &phaseNames()
{
    static const QList<QPair<PhaseType, QString>> names{
        {PhaseType::Submitted, QStringLiteral("SUBMITTED")},
        {PhaseType::Queued, QStringLiteral("QUEUED")},
        {PhaseType::Provisioning, QStringLiteral("PROVISIONING")},
        {PhaseType::DownloadSource, QStringLiteral("DOWNLOAD_SOURCE")},
        {PhaseType::Install, QStringLiteral("INSTALL")},
        {PhaseType::PreBuild, QStringLiteral("PRE_BUILD")},
        {PhaseType::Build, QStringLiteral("BUILD")},
        {PhaseType::PostBuild, QStringLiteral("POST_BUILD")},
        {PhaseType::UploadArtifacts, QStringLiteral("UPLOAD_ARTIFACTS")},
        {PhaseType::Finalizing, QStringLiteral("FINALIZING")},
        {PhaseType::Completed, QStringLiteral("COMPLETED")},
    };
    return names;
}

const QList<QPair<Status, QString>> &statusNames()
{
    static const QList<QPair<Status, QString>> names{
        {Status::InProgress, QStringLiteral("IN_PROGRESS")}, {Status::Succeeded, QStringLiteral("SUCCEEDED")},
        {Status::Failed, QStringLiteral("FAILED")},          {Status::Fault, QStringLiteral("FAULT")},
        {Status::TimedOut, QStringLiteral("TIMED_OUT")},     {Status::Stopped, QStringLiteral("STOPPED")},
    };
    return names;
}

template <typename Enum>
QString nameOf(const QList<QPair<Enum, QString>> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return name;
    }
    return {};
}

template <typename Enum>
std::optional<Enum> valueOf(const QList<QPair<Enum, QString>> &table, const QString &name)
{
    for (const auto &[value, candidate] : table) {
        if (candidate == name)
            return value;
    }
    return std::nullopt;
}

// Timestamps as the API prints them: epoch seconds with a millisecond fraction.
QJsonValue timestamp(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(double(time.toMSecsSinceEpoch()) / 1000.0) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qRound64(value.toDouble() * 1000.0), Qt::UTC)
                            : QDateTime();
}

const QString artifactsKey = QStringLiteral("artifacts");
const QString secondaryArtifactsKey = QStringLiteral("secondaryArtifacts");
// Where the stored record keeps the project's artifact settings, which its `artifacts` and
// `secondaryArtifacts` members do not show.
const QString storedSettingsKey = QStringLiteral("builddeckArtifactSettings");

// An artifact's entry in the record (BuildArtifacts) from its settings and what the build made.
QJsonObject builtArtifact(const QJsonObject &settings, const BuildArtifacts &made)
{
    QJsonObject entry{{QStringLiteral("location"), made.location},
                      {QStringLiteral("sha256sum"), made.sha256sum},
                      {QStringLiteral("md5sum"), made.md5sum}};
    for (const char *key : {"overrideArtifactName", "encryptionDisabled", "artifactIdentifier", "bucketOwnerAccess"}) {
        const QString name = QString::fromLatin1(key);
        if (settings.contains(name))
            entry.insert(name, settings.value(name));
    }
    return entry;
}

BuildArtifacts madeArtifact(const QJsonObject &entry)
{
    return {entry.value(QStringLiteral("artifactIdentifier")).toString(),
            entry.value(QStringLiteral("location")).toString(), entry.value(QStringLiteral("sha256sum")).toString(),
            entry.value(QStringLiteral("md5sum")).toString()};
}

} // namespace

QString phaseTypeName(PhaseType type)
{
    return nameOf(phaseNames(), type);
}

std::optional<PhaseType> phaseTypeFromName(const QString &name)
{
    return valueOf(phaseNames(), name);
}

QString statusName(Status status)
{
    return nameOf(statusNames(), status);
}

std::optional<Status> statusFromName(const QString &name)
{
    return valueOf(statusNames(), name);
}

std::optional<qint64> BuildPhase::durationInSeconds() const
{
    if (!startTime.isValid() || !endTime.isValid())
        return std::nullopt;
    return startTime.secsTo(endTime);
}

void BuildRecord::complete(Status status, const QDateTime &time)
{
    phases.append(BuildPhase{PhaseType::Completed, std::nullopt, time, {}, {}});
    buildStatus = status;
    buildComplete = true;
    endTime = time;
}

PhaseType BuildRecord::currentPhase() const
{
    return phases.isEmpty() ? PhaseType::Submitted : phases.constLast().type;
}

QString BuildRecord::arn(const QString &region) const
{
    return QStringLiteral("arn:aws:codebuild:%1:000000000000:build/%2").arg(region, id);
}

QJsonObject BuildRecord::toJson(const QString &region) const
{
    QJsonObject object = configuration;
    const auto made = [this](const QString &identifier) {
        for (const BuildArtifacts &artifact : artifacts) {
            if (artifact.artifactIdentifier == identifier)
                return artifact;
        }
        return BuildArtifacts{identifier, {}, {}, {}};
    };
    if (configuration.contains(artifactsKey)) {
        const QJsonObject settings = configuration.value(artifactsKey).toObject();
        object.insert(artifactsKey,
                      builtArtifact(settings, made(settings.value(QStringLiteral("artifactIdentifier")).toString())));
    }
    if (configuration.contains(secondaryArtifactsKey)) {
        QJsonArray entries;
        for (const QJsonValue &value : configuration.value(secondaryArtifactsKey).toArray()) {
            const QJsonObject settings = value.toObject();
            entries.append(
                builtArtifact(settings, made(settings.value(QStringLiteral("artifactIdentifier")).toString())));
        }
        object.insert(secondaryArtifactsKey, entries);
    }
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("arn"), arn(region));
    object.insert(QStringLiteral("buildNumber"), buildNumber);
    object.insert(QStringLiteral("projectName"), projectName);
    object.insert(QStringLiteral("startTime"), timestamp(startTime));
    if (endTime.isValid())
        object.insert(QStringLiteral("endTime"), timestamp(endTime));
    object.insert(QStringLiteral("currentPhase"), phaseTypeName(currentPhase()));
    object.insert(QStringLiteral("buildStatus"), statusName(buildStatus));
    object.insert(QStringLiteral("buildComplete"), buildComplete);
    if (!sourceVersion.isEmpty())
        object.insert(QStringLiteral("sourceVersion"), sourceVersion);
    if (!resolvedSourceVersion.isEmpty())
        object.insert(QStringLiteral("resolvedSourceVersion"), resolvedSourceVersion);
    if (!initiator.isEmpty())
        object.insert(QStringLiteral("initiator"), initiator);
    object.insert(QStringLiteral("timeoutInMinutes"), timeoutInMinutes);
    object.insert(QStringLiteral("queuedTimeoutInMinutes"), queuedTimeoutInMinutes);

    QJsonArray phaseArray;
    for (const BuildPhase &phase : phases) {
        QJsonObject entry{{QStringLiteral("phaseType"), phaseTypeName(phase.type)},
                          {QStringLiteral("startTime"), timestamp(phase.startTime)}};
        if (phase.type != PhaseType::Completed) {
            if (phase.status)
                entry.insert(QStringLiteral("phaseStatus"), statusName(*phase.status));
            if (phase.endTime.isValid()) {
                entry.insert(QStringLiteral("endTime"), timestamp(phase.endTime));
                entry.insert(QStringLiteral("durationInSeconds"), *phase.durationInSeconds());
            }
            if (!phase.contexts.isEmpty()) {
                QJsonArray contexts;
                for (const PhaseContext &context : phase.contexts)
                    contexts.append(QJsonObject{{QStringLiteral("statusCode"), context.statusCode},
                                                {QStringLiteral("message"), context.message}});
                entry.insert(QStringLiteral("contexts"), contexts);
            }
        }
        phaseArray.append(entry);
    }
    object.insert(QStringLiteral("phases"), phaseArray);

    QJsonArray exported;
    for (const ExportedVariable &variable : exportedEnvironmentVariables)
        exported.append(
            QJsonObject{{QStringLiteral("name"), variable.name}, {QStringLiteral("value"), variable.value}});
    object.insert(QStringLiteral("exportedEnvironmentVariables"), exported);
    object.insert(QStringLiteral("reportArns"), QJsonArray::fromStringList(reportArns));
    object.insert(QStringLiteral("logs"),
                  QJsonObject{{QStringLiteral("groupName"), QString(QStringLiteral("/aws/codebuild/") + projectName)},
                              {QStringLiteral("streamName"), uuid()}});
    return object;
}

QJsonObject BuildRecord::toStoredJson() const
{
    QJsonObject object = toJson();
    QJsonObject settings;
    for (const QString &key : {artifactsKey, secondaryArtifactsKey}) {
        if (configuration.contains(key))
            settings.insert(key, configuration.value(key));
    }
    if (!settings.isEmpty())
        object.insert(storedSettingsKey, settings);
    return object;
}

BuildRecord BuildRecord::fromJson(const QJsonObject &object)
{
    static const QStringList computed{QStringLiteral("arn"),
                                      QStringLiteral("currentPhase"),
                                      QStringLiteral("logs"),
                                      QStringLiteral("phases"),
                                      QStringLiteral("exportedEnvironmentVariables"),
                                      QStringLiteral("reportArns")};
    BuildRecord record;
    record.id = object.value(QStringLiteral("id")).toString();
    record.buildNumber = object.value(QStringLiteral("buildNumber")).toInt();
    record.projectName = object.value(QStringLiteral("projectName")).toString();
    record.startTime = timeFrom(object.value(QStringLiteral("startTime")));
    record.endTime = timeFrom(object.value(QStringLiteral("endTime")));
    record.buildStatus =
        statusFromName(object.value(QStringLiteral("buildStatus")).toString()).value_or(Status::InProgress);
    record.buildComplete = object.value(QStringLiteral("buildComplete")).toBool();
    record.sourceVersion = object.value(QStringLiteral("sourceVersion")).toString();
    record.resolvedSourceVersion = object.value(QStringLiteral("resolvedSourceVersion")).toString();
    record.initiator = object.value(QStringLiteral("initiator")).toString();
    record.timeoutInMinutes = object.value(QStringLiteral("timeoutInMinutes")).toInt(60);
    record.queuedTimeoutInMinutes = object.value(QStringLiteral("queuedTimeoutInMinutes")).toInt(480);

    const QJsonArray phaseArray = object.value(QStringLiteral("phases")).toArray();
    for (const QJsonValue &value : phaseArray) {
        const QJsonObject entry = value.toObject();
        BuildPhase phase;
        phase.type =
            phaseTypeFromName(entry.value(QStringLiteral("phaseType")).toString()).value_or(PhaseType::Submitted);
        if (entry.contains(QStringLiteral("phaseStatus")))
            phase.status = statusFromName(entry.value(QStringLiteral("phaseStatus")).toString());
        phase.startTime = timeFrom(entry.value(QStringLiteral("startTime")));
        phase.endTime = timeFrom(entry.value(QStringLiteral("endTime")));
        const QJsonArray contexts = entry.value(QStringLiteral("contexts")).toArray();
        for (const QJsonValue &context : contexts)
            phase.contexts.append({context.toObject().value(QStringLiteral("statusCode")).toString(),
                                   context.toObject().value(QStringLiteral("message")).toString()});
        record.phases.append(phase);
    }
    const QJsonArray exported = object.value(QStringLiteral("exportedEnvironmentVariables")).toArray();
    for (const QJsonValue &value : exported)
        record.exportedEnvironmentVariables.append({value.toObject().value(QStringLiteral("name")).toString(),
                                                    value.toObject().value(QStringLiteral("value")).toString()});
    const QJsonArray reports = object.value(QStringLiteral("reportArns")).toArray();
    for (const QJsonValue &value : reports)
        record.reportArns.append(value.toString());

    static const QStringList typed{QStringLiteral("id"),
                                   QStringLiteral("buildNumber"),
                                   QStringLiteral("projectName"),
                                   QStringLiteral("startTime"),
                                   QStringLiteral("endTime"),
                                   QStringLiteral("buildStatus"),
                                   QStringLiteral("buildComplete"),
                                   QStringLiteral("sourceVersion"),
                                   QStringLiteral("resolvedSourceVersion"),
                                   QStringLiteral("initiator"),
                                   QStringLiteral("timeoutInMinutes"),
                                   QStringLiteral("queuedTimeoutInMinutes")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!typed.contains(it.key()) && !computed.contains(it.key()))
            record.configuration.insert(it.key(), it.value());
    }
    // What the build made, and the settings it made it from (a record stored before artifacts were
    // collected keeps its settings where batch-get-builds shows what was made).
    const QJsonObject primary = object.value(artifactsKey).toObject();
    if (!primary.contains(QStringLiteral("type"))) {
        if (!primary.value(QStringLiteral("location")).toString().isEmpty())
            record.artifacts.append(madeArtifact(primary));
        for (const QJsonValue &value : object.value(secondaryArtifactsKey).toArray()) {
            if (!value.toObject().value(QStringLiteral("location")).toString().isEmpty())
                record.artifacts.append(madeArtifact(value.toObject()));
        }
        record.configuration.remove(artifactsKey);
        record.configuration.remove(secondaryArtifactsKey);
    }
    const QJsonObject settings = record.configuration.take(storedSettingsKey).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        record.configuration.insert(it.key(), it.value());
    return record;
}

} // namespace BuildDeck::Engine
