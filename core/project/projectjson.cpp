#include "projectjson.h"

#include "jsonreader.h"

namespace BuildDeck::Projects {

namespace {

// Members of batch-get-projects' output that AWS computes; accepted on import, not kept.
const QStringList readOnlyMembers{QStringLiteral("arn"),
                                  QStringLiteral("created"),
                                  QStringLiteral("lastModified"),
                                  QStringLiteral("webhook"),
                                  QStringLiteral("badge"),
                                  QStringLiteral("projectVisibility"),
                                  QStringLiteral("publicProjectAlias"),
                                  QStringLiteral("resourceAccessRole")};

ProjectSource readSource(JsonReader &json, const QJsonValue &value, const QString &path)
{
    ProjectSource source;
    json.readObject(
        value, path,
        {
            {QStringLiteral("type"), [&](const QJsonValue &v, const QString &p) { source.type = json.string(v, p); }},
            {QStringLiteral("location"),
             [&](const QJsonValue &v, const QString &p) { source.location = json.string(v, p); }},
            {QStringLiteral("gitCloneDepth"),
             [&](const QJsonValue &v, const QString &p) { source.gitCloneDepth = json.integer(v, p); }},
            {QStringLiteral("gitSubmodulesConfig"),
             [&](const QJsonValue &v, const QString &p) {
                 json.readObject(v, p,
                                 {{QStringLiteral("fetchSubmodules"), [&](const QJsonValue &f, const QString &fp) {
                                       source.fetchSubmodules = json.boolean(f, fp);
                                   }}});
                 if (!source.fetchSubmodules && v.isObject()) {
                     json.error(JsonReader::join(p, QStringLiteral("fetchSubmodules")),
                                QStringLiteral("missing-required"),
                                ProjectJson::tr("is required in gitSubmodulesConfig"));
                 }
             }},
            {QStringLiteral("buildspec"),
             [&](const QJsonValue &v, const QString &p) { source.buildspec = json.string(v, p); }},
            {QStringLiteral("auth"),
             [&](const QJsonValue &v, const QString &p) {
                 SourceAuth auth;
                 json.readObject(v, p,
                                 {{QStringLiteral("type"),
                                   [&](const QJsonValue &a, const QString &ap) { auth.type = json.string(a, ap); }},
                                  {QStringLiteral("resource"), [&](const QJsonValue &a, const QString &ap) {
                                       auth.resource = json.string(a, ap);
                                   }}});
                 source.auth = auth;
             }},
            {QStringLiteral("reportBuildStatus"),
             [&](const QJsonValue &v, const QString &p) { source.reportBuildStatus = json.boolean(v, p); }},
            {QStringLiteral("buildStatusConfig"),
             [&](const QJsonValue &v, const QString &p) {
                 BuildStatusConfig config;
                 json.readObject(
                     v, p,
                     {{QStringLiteral("context"),
                       [&](const QJsonValue &c, const QString &cp) { config.context = json.string(c, cp); }},
                      {QStringLiteral("targetUrl"),
                       [&](const QJsonValue &c, const QString &cp) { config.targetUrl = json.string(c, cp); }}});
                 source.buildStatusConfig = config;
             }},
            {QStringLiteral("insecureSsl"),
             [&](const QJsonValue &v, const QString &p) { source.insecureSsl = json.boolean(v, p); }},
            {QStringLiteral("sourceIdentifier"),
             [&](const QJsonValue &v, const QString &p) { source.sourceIdentifier = json.string(v, p); }},
        });
    return source;
}

ProjectArtifacts readArtifacts(JsonReader &json, const QJsonValue &value, const QString &path)
{
    ProjectArtifacts artifacts;
    const auto text = [&](QString ProjectArtifacts::*member) {
        return [&json, &artifacts, member](const QJsonValue &v, const QString &p) {
            artifacts.*member = json.string(v, p);
        };
    };
    json.readObject(
        value, path,
        {
            {QStringLiteral("type"), text(&ProjectArtifacts::type)},
            {QStringLiteral("location"), text(&ProjectArtifacts::location)},
            {QStringLiteral("path"), text(&ProjectArtifacts::path)},
            {QStringLiteral("namespaceType"), text(&ProjectArtifacts::namespaceType)},
            {QStringLiteral("name"), text(&ProjectArtifacts::name)},
            {QStringLiteral("packaging"), text(&ProjectArtifacts::packaging)},
            {QStringLiteral("overrideArtifactName"),
             [&](const QJsonValue &v, const QString &p) { artifacts.overrideArtifactName = json.boolean(v, p); }},
            {QStringLiteral("encryptionDisabled"),
             [&](const QJsonValue &v, const QString &p) { artifacts.encryptionDisabled = json.boolean(v, p); }},
            {QStringLiteral("artifactIdentifier"), text(&ProjectArtifacts::artifactIdentifier)},
            {QStringLiteral("bucketOwnerAccess"), text(&ProjectArtifacts::bucketOwnerAccess)},
        });
    return artifacts;
}

ProjectEnvironment readEnvironment(JsonReader &json, const QJsonValue &value, const QString &path)
{
    ProjectEnvironment environment;
    const auto keep = [&environment](const QJsonValue &v, const QString &p) {
        environment.cloudOnly.insert(p.section(QLatin1Char('.'), -1), v);
    };
    json.readObject(
        value, path,
        {
            {QStringLiteral("type"),
             [&](const QJsonValue &v, const QString &p) { environment.type = json.string(v, p); }},
            {QStringLiteral("image"),
             [&](const QJsonValue &v, const QString &p) { environment.image = json.string(v, p); }},
            {QStringLiteral("computeType"),
             [&](const QJsonValue &v, const QString &p) { environment.computeType = json.string(v, p); }},
            {QStringLiteral("environmentVariables"),
             [&](const QJsonValue &v, const QString &p) {
                 const QJsonArray variables = json.array(v, p);
                 for (qsizetype i = 0; i < variables.size(); ++i) {
                     EnvironmentVariable variable;
                     json.readObject(
                         variables.at(i), QStringLiteral("%1[%2]").arg(p).arg(i),
                         {{QStringLiteral("name"),
                           [&](const QJsonValue &e, const QString &ep) { variable.name = json.string(e, ep); }},
                          {QStringLiteral("value"),
                           [&](const QJsonValue &e, const QString &ep) { variable.value = json.string(e, ep); }},
                          {QStringLiteral("type"),
                           [&](const QJsonValue &e, const QString &ep) { variable.type = json.string(e, ep); }}});
                     environment.environmentVariables.append(variable);
                 }
             }},
            {QStringLiteral("privilegedMode"),
             [&](const QJsonValue &v, const QString &p) { environment.privilegedMode = json.boolean(v, p); }},
            {QStringLiteral("certificate"),
             [&](const QJsonValue &v, const QString &p) { environment.certificate = json.string(v, p); }},
            {QStringLiteral("registryCredential"),
             [&](const QJsonValue &v, const QString &p) {
                 RegistryCredential credential;
                 json.readObject(
                     v, p,
                     {{QStringLiteral("credential"),
                       [&](const QJsonValue &c, const QString &cp) { credential.credential = json.string(c, cp); }},
                      {QStringLiteral("credentialProvider"), [&](const QJsonValue &c, const QString &cp) {
                           credential.credentialProvider = json.string(c, cp);
                       }}});
                 environment.registryCredential = credential;
             }},
            {QStringLiteral("imagePullCredentialsType"),
             [&](const QJsonValue &v, const QString &p) { environment.imagePullCredentialsType = json.string(v, p); }},
            {QStringLiteral("fleet"), keep},
            {QStringLiteral("computeConfiguration"), keep},
            {QStringLiteral("dockerServer"), keep},
            {QStringLiteral("hostKernel"), keep},
        });
    return environment;
}

} // namespace

QString ProjectJson::arn(const QString &projectName, const QString &region)
{
    return QStringLiteral("arn:aws:codebuild:%1:000000000000:project/%2").arg(region, projectName);
}

ProjectReading ProjectJson::read(const QJsonObject &object)
{
    ProjectReading reading;
    JsonReader json(reading.issues);
    Project &project = reading.project;
    const auto text = [&](QString Project::*member) {
        return
            [&json, &project, member](const QJsonValue &v, const QString &p) { project.*member = json.string(v, p); };
    };
    const auto number = [&](std::optional<int> Project::*member) {
        return
            [&json, &project, member](const QJsonValue &v, const QString &p) { project.*member = json.integer(v, p); };
    };
    json.readObject(
        object, {},
        {
            {QStringLiteral("name"), text(&Project::name)},
            {QStringLiteral("description"), text(&Project::description)},
            {QStringLiteral("source"),
             [&](const QJsonValue &v, const QString &p) { project.source = readSource(json, v, p); }},
            {QStringLiteral("secondarySources"),
             [&](const QJsonValue &v, const QString &p) {
                 const QJsonArray sources = json.array(v, p);
                 for (qsizetype i = 0; i < sources.size(); ++i)
                     project.secondarySources.append(
                         readSource(json, sources.at(i), QStringLiteral("%1[%2]").arg(p).arg(i)));
             }},
            {QStringLiteral("sourceVersion"), text(&Project::sourceVersion)},
            {QStringLiteral("secondarySourceVersions"),
             [&](const QJsonValue &v, const QString &p) {
                 const QJsonArray versions = json.array(v, p);
                 for (qsizetype i = 0; i < versions.size(); ++i) {
                     ProjectSourceVersion version;
                     json.readObject(versions.at(i), QStringLiteral("%1[%2]").arg(p).arg(i),
                                     {{QStringLiteral("sourceIdentifier"),
                                       [&](const QJsonValue &s, const QString &sp) {
                                           version.sourceIdentifier = json.string(s, sp);
                                       }},
                                      {QStringLiteral("sourceVersion"), [&](const QJsonValue &s, const QString &sp) {
                                           version.sourceVersion = json.string(s, sp);
                                       }}});
                     project.secondarySourceVersions.append(version);
                 }
             }},
            {QStringLiteral("artifacts"),
             [&](const QJsonValue &v, const QString &p) { project.artifacts = readArtifacts(json, v, p); }},
            {QStringLiteral("secondaryArtifacts"),
             [&](const QJsonValue &v, const QString &p) {
                 const QJsonArray artifacts = json.array(v, p);
                 for (qsizetype i = 0; i < artifacts.size(); ++i)
                     project.secondaryArtifacts.append(
                         readArtifacts(json, artifacts.at(i), QStringLiteral("%1[%2]").arg(p).arg(i)));
             }},
            {QStringLiteral("cache"),
             [&](const QJsonValue &v, const QString &p) {
                 ProjectCache cache;
                 json.readObject(
                     v, p,
                     {{QStringLiteral("type"),
                       [&](const QJsonValue &c, const QString &cp) { cache.type = json.string(c, cp); }},
                      {QStringLiteral("location"),
                       [&](const QJsonValue &c, const QString &cp) { cache.location = json.string(c, cp); }},
                      {QStringLiteral("modes"),
                       [&](const QJsonValue &c, const QString &cp) { cache.modes = json.stringList(c, cp); }},
                      {QStringLiteral("cacheNamespace"),
                       [&](const QJsonValue &c, const QString &cp) { cache.cacheNamespace = json.string(c, cp); }}});
                 project.cache = cache;
             }},
            {QStringLiteral("environment"),
             [&](const QJsonValue &v, const QString &p) { project.environment = readEnvironment(json, v, p); }},
            {QStringLiteral("serviceRole"), text(&Project::serviceRole)},
            {QStringLiteral("timeoutInMinutes"), number(&Project::timeoutInMinutes)},
            {QStringLiteral("queuedTimeoutInMinutes"), number(&Project::queuedTimeoutInMinutes)},
            {QStringLiteral("encryptionKey"), text(&Project::encryptionKey)},
            {QStringLiteral("tags"),
             [&](const QJsonValue &v, const QString &p) {
                 const QJsonArray tags = json.array(v, p);
                 for (qsizetype i = 0; i < tags.size(); ++i) {
                     Tag tag;
                     json.readObject(tags.at(i), QStringLiteral("%1[%2]").arg(p).arg(i),
                                     {{QStringLiteral("key"),
                                       [&](const QJsonValue &t, const QString &tp) { tag.key = json.string(t, tp); }},
                                      {QStringLiteral("value"), [&](const QJsonValue &t, const QString &tp) {
                                           tag.value = json.string(t, tp);
                                       }}});
                     project.tags.append(tag);
                 }
             }},
            {QStringLiteral("vpcConfig"),
             [&](const QJsonValue &v, const QString &p) { project.vpcConfig = json.object(v, p); }},
            {QStringLiteral("badgeEnabled"),
             [&](const QJsonValue &v, const QString &p) { project.badgeEnabled = json.boolean(v, p); }},
            {QStringLiteral("logsConfig"),
             [&](const QJsonValue &v, const QString &p) { project.logsConfig = json.object(v, p); }},
            {QStringLiteral("fileSystemLocations"),
             [&](const QJsonValue &v, const QString &p) { project.fileSystemLocations = json.array(v, p); }},
            {QStringLiteral("buildBatchConfig"),
             [&](const QJsonValue &v, const QString &p) { project.buildBatchConfig = json.object(v, p); }},
            {QStringLiteral("concurrentBuildLimit"), number(&Project::concurrentBuildLimit)},
            {QStringLiteral("autoRetryLimit"), number(&Project::autoRetryLimit)},
            {QStringLiteral("builddeck"),
             [&](const QJsonValue &v, const QString &p) {
                 json.readObject(v, p,
                                 {{QStringLiteral("localExcludes"),
                                   [&](const QJsonValue &b, const QString &bp) {
                                       project.builddeck.localExcludes = json.stringList(b, bp);
                                   }},
                                  {QStringLiteral("engine"), [&](const QJsonValue &b, const QString &bp) {
                                       project.builddeck.engine = json.string(b, bp);
                                   }}});
             }},
        },
        readOnlyMembers);
    // Read-only members name the project that produced them; "badge" carries badgeEnabled.
    if (!project.badgeEnabled && object.value(QStringLiteral("badge")).isObject()) {
        const QJsonValue enabled =
            object.value(QStringLiteral("badge")).toObject().value(QStringLiteral("badgeEnabled"));
        if (enabled.isBool())
            project.badgeEnabled = enabled.toBool();
    }
    return reading;
}

namespace {

void putString(QJsonObject &object, const char *name, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(name), value);
}

template <typename T>
void putOptional(QJsonObject &object, const char *name, const std::optional<T> &value)
{
    if (value)
        object.insert(QLatin1String(name), *value);
}

QJsonObject sourceJson(const ProjectSource &source)
{
    QJsonObject object;
    putString(object, "type", source.type);
    putString(object, "location", source.location);
    putOptional(object, "gitCloneDepth", source.gitCloneDepth);
    if (source.fetchSubmodules)
        object.insert(QStringLiteral("gitSubmodulesConfig"),
                      QJsonObject{{QStringLiteral("fetchSubmodules"), *source.fetchSubmodules}});
    putString(object, "buildspec", source.buildspec);
    if (source.auth) {
        QJsonObject auth;
        putString(auth, "type", source.auth->type);
        putString(auth, "resource", source.auth->resource);
        object.insert(QStringLiteral("auth"), auth);
    }
    putOptional(object, "reportBuildStatus", source.reportBuildStatus);
    if (source.buildStatusConfig) {
        QJsonObject config;
        putString(config, "context", source.buildStatusConfig->context);
        putString(config, "targetUrl", source.buildStatusConfig->targetUrl);
        object.insert(QStringLiteral("buildStatusConfig"), config);
    }
    putOptional(object, "insecureSsl", source.insecureSsl);
    putString(object, "sourceIdentifier", source.sourceIdentifier);
    return object;
}

QJsonObject artifactsJson(const ProjectArtifacts &artifacts)
{
    QJsonObject object;
    putString(object, "type", artifacts.type);
    putString(object, "location", artifacts.location);
    putString(object, "path", artifacts.path);
    putString(object, "namespaceType", artifacts.namespaceType);
    putString(object, "name", artifacts.name);
    putString(object, "packaging", artifacts.packaging);
    putOptional(object, "overrideArtifactName", artifacts.overrideArtifactName);
    putOptional(object, "encryptionDisabled", artifacts.encryptionDisabled);
    putString(object, "artifactIdentifier", artifacts.artifactIdentifier);
    putString(object, "bucketOwnerAccess", artifacts.bucketOwnerAccess);
    return object;
}

QJsonObject environmentJson(const ProjectEnvironment &environment)
{
    QJsonObject object;
    putString(object, "type", environment.type);
    putString(object, "image", environment.image);
    putString(object, "computeType", environment.computeType);
    if (!environment.environmentVariables.isEmpty()) {
        QJsonArray variables;
        for (const EnvironmentVariable &variable : environment.environmentVariables) {
            QJsonObject entry{{QStringLiteral("name"), variable.name}, {QStringLiteral("value"), variable.value}};
            putString(entry, "type", variable.type);
            variables.append(entry);
        }
        object.insert(QStringLiteral("environmentVariables"), variables);
    }
    putOptional(object, "privilegedMode", environment.privilegedMode);
    putString(object, "certificate", environment.certificate);
    if (environment.registryCredential) {
        QJsonObject credential;
        putString(credential, "credential", environment.registryCredential->credential);
        putString(credential, "credentialProvider", environment.registryCredential->credentialProvider);
        object.insert(QStringLiteral("registryCredential"), credential);
    }
    putString(object, "imagePullCredentialsType", environment.imagePullCredentialsType);
    for (auto it = environment.cloudOnly.begin(); it != environment.cloudOnly.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QJsonObject ProjectJson::toCreateProjectInput(const Project &project, Flavor flavor)
{
    QJsonObject object;
    putString(object, "name", project.name);
    putString(object, "description", project.description);
    object.insert(QStringLiteral("source"), sourceJson(project.source));
    if (!project.secondarySources.isEmpty()) {
        QJsonArray sources;
        for (const ProjectSource &source : project.secondarySources)
            sources.append(sourceJson(source));
        object.insert(QStringLiteral("secondarySources"), sources);
    }
    putString(object, "sourceVersion", project.sourceVersion);
    if (!project.secondarySourceVersions.isEmpty()) {
        QJsonArray versions;
        for (const ProjectSourceVersion &version : project.secondarySourceVersions) {
            QJsonObject entry;
            putString(entry, "sourceIdentifier", version.sourceIdentifier);
            putString(entry, "sourceVersion", version.sourceVersion);
            versions.append(entry);
        }
        object.insert(QStringLiteral("secondarySourceVersions"), versions);
    }
    object.insert(QStringLiteral("artifacts"), artifactsJson(project.artifacts));
    if (!project.secondaryArtifacts.isEmpty()) {
        QJsonArray artifacts;
        for (const ProjectArtifacts &entry : project.secondaryArtifacts)
            artifacts.append(artifactsJson(entry));
        object.insert(QStringLiteral("secondaryArtifacts"), artifacts);
    }
    if (project.cache) {
        QJsonObject cache;
        putString(cache, "type", project.cache->type);
        putString(cache, "location", project.cache->location);
        if (!project.cache->modes.isEmpty())
            cache.insert(QStringLiteral("modes"), QJsonArray::fromStringList(project.cache->modes));
        putString(cache, "cacheNamespace", project.cache->cacheNamespace);
        object.insert(QStringLiteral("cache"), cache);
    }
    object.insert(QStringLiteral("environment"), environmentJson(project.environment));
    putString(object, "serviceRole", project.serviceRole);
    putOptional(object, "timeoutInMinutes", project.timeoutInMinutes);
    putOptional(object, "queuedTimeoutInMinutes", project.queuedTimeoutInMinutes);
    putString(object, "encryptionKey", project.encryptionKey);
    if (!project.tags.isEmpty()) {
        QJsonArray tags;
        for (const Tag &tag : project.tags)
            tags.append(QJsonObject{{QStringLiteral("key"), tag.key}, {QStringLiteral("value"), tag.value}});
        object.insert(QStringLiteral("tags"), tags);
    }
    if (!project.vpcConfig.isEmpty())
        object.insert(QStringLiteral("vpcConfig"), project.vpcConfig);
    putOptional(object, "badgeEnabled", project.badgeEnabled);
    if (!project.logsConfig.isEmpty())
        object.insert(QStringLiteral("logsConfig"), project.logsConfig);
    if (!project.fileSystemLocations.isEmpty())
        object.insert(QStringLiteral("fileSystemLocations"), project.fileSystemLocations);
    if (!project.buildBatchConfig.isEmpty())
        object.insert(QStringLiteral("buildBatchConfig"), project.buildBatchConfig);
    putOptional(object, "concurrentBuildLimit", project.concurrentBuildLimit);
    putOptional(object, "autoRetryLimit", project.autoRetryLimit);
    if (flavor == Flavor::BuildDeck && !(project.builddeck == Extension{})) {
        QJsonObject extension;
        if (!project.builddeck.localExcludes.isEmpty())
            extension.insert(QStringLiteral("localExcludes"),
                             QJsonArray::fromStringList(project.builddeck.localExcludes));
        putString(extension, "engine", project.builddeck.engine);
        object.insert(QStringLiteral("builddeck"), extension);
    }
    return object;
}

QJsonObject ProjectJson::toRecord(const ProjectRecord &record, const QString &region)
{
    QJsonObject object = toCreateProjectInput(record.project, Flavor::BuildDeck);
    const Project &project = record.project;
    object.insert(QStringLiteral("arn"), arn(project.name, region));
    object.insert(QStringLiteral("created"), double(record.created.toMSecsSinceEpoch()) / 1000.0);
    object.insert(QStringLiteral("lastModified"), double(record.lastModified.toMSecsSinceEpoch()) / 1000.0);
    object.insert(QStringLiteral("timeoutInMinutes"), project.effectiveTimeoutInMinutes());
    object.insert(QStringLiteral("queuedTimeoutInMinutes"), project.effectiveQueuedTimeoutInMinutes());
    if (!object.contains(QStringLiteral("cache")))
        object.insert(QStringLiteral("cache"), QJsonObject{{QStringLiteral("type"), QStringLiteral("NO_CACHE")}});
    object.insert(QStringLiteral("badge"),
                  QJsonObject{{QStringLiteral("badgeEnabled"), project.badgeEnabled.value_or(false)}});
    object.remove(QStringLiteral("badgeEnabled"));
    object.insert(QStringLiteral("projectVisibility"), QStringLiteral("PRIVATE"));
    for (const char *list : {"secondarySources", "secondarySourceVersions", "secondaryArtifacts", "tags"}) {
        if (!object.contains(QLatin1String(list)))
            object.insert(QLatin1String(list), QJsonArray());
    }
    return object;
}

} // namespace BuildDeck::Projects
