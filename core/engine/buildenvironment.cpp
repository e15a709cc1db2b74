#include "buildenvironment.h"

#include <QRandomGenerator>

namespace BuildDeck::Engine {

namespace {

using Origin = EnvironmentEntry::Origin;

class Collector
{
public:
    explicit Collector(QList<EnvironmentEntry> &entries, QStringList &notes)
        : m_entries(entries)
        , m_notes(notes)
    {
    }

    void set(const QString &name, const QString &value, Origin origin, bool secret = false)
    {
        if (origin != Origin::CodeBuild && name.startsWith(QStringLiteral("CODEBUILD_"))) {
            m_notes.append(
                BuildEnvironment::tr("%1 is reserved for CodeBuild's own variables and was not applied").arg(name));
            return;
        }
        for (EnvironmentEntry &entry : m_entries) {
            if (entry.name == name) {
                entry = EnvironmentEntry{name, value, origin, secret};
                return;
            }
        }
        m_entries.append(EnvironmentEntry{name, value, origin, secret});
    }

private:
    QList<EnvironmentEntry> &m_entries;
    QStringList &m_notes;
};

} // namespace

QString BuildEnvironment::makeSourceDirectory()
{
    return QStringLiteral("/codebuild/output/src%1/src")
        .arg(QRandomGenerator::global()->bounded(100000000u, 999999999u));
}

QList<EnvironmentEntry> BuildEnvironment::codeBuildVariables(const BuildFacts &facts)
{
    const QString account = QStringLiteral("000000000000");
    const QString uuid = facts.buildId.section(QLatin1Char(':'), 1);
    QList<EnvironmentEntry> entries;
    const auto add = [&entries](const char *name, const QString &value) {
        entries.append(EnvironmentEntry{QString::fromLatin1(name), value, Origin::CodeBuild, false});
    };
    add("AWS_REGION", facts.region);
    add("AWS_DEFAULT_REGION", facts.region);
    add("CODEBUILD_BATCH_BUILD_IDENTIFIER", facts.batchIdentifier);
    add("CODEBUILD_BUILD_ARN",
        QStringLiteral("arn:aws:codebuild:%1:%2:build/%3").arg(facts.region, account, facts.buildId));
    add("CODEBUILD_BUILD_ID", facts.buildId);
    add("CODEBUILD_BUILD_IMAGE", facts.image);
    add("CODEBUILD_BUILD_NUMBER", QString::number(facts.buildNumber));
    add("CODEBUILD_BUILD_SUCCEEDING", facts.succeeding ? QStringLiteral("1") : QStringLiteral("0"));
    add("CODEBUILD_CI", QStringLiteral("true"));
    add("CODEBUILD_INITIATOR", facts.initiator);
    add("CODEBUILD_KMS_KEY_ID", facts.kmsKeyId.isEmpty()
                                    ? QStringLiteral("arn:aws:kms:%1:%2:alias/aws/s3").arg(facts.region, account)
                                    : facts.kmsKeyId);
    add("CODEBUILD_LOG_PATH", uuid);
    add("CODEBUILD_PROJECT_ARN",
        QStringLiteral("arn:aws:codebuild:%1:%2:project/%3").arg(facts.region, account, facts.projectName));
    add("CODEBUILD_PUBLIC_BUILD_URL", QString());
    if (!facts.resolvedSourceVersion.isEmpty())
        add("CODEBUILD_RESOLVED_SOURCE_VERSION", facts.resolvedSourceVersion);
    add("CODEBUILD_SOURCE_REPO_URL", facts.sourceRepositoryUrl);
    add("CODEBUILD_SOURCE_VERSION", facts.sourceVersion);
    add("CODEBUILD_SRC_DIR", facts.sourceDirectory);
    for (const SecondarySourceFacts &secondary : facts.secondarySources) {
        const auto addFor = [&](const char *prefix, const QString &value) {
            entries.append(
                EnvironmentEntry{QString::fromLatin1(prefix) + secondary.identifier, value, Origin::CodeBuild, false});
        };
        addFor("CODEBUILD_SRC_DIR_", secondary.directory);
        addFor("CODEBUILD_SOURCE_VERSION_", secondary.version);
        addFor("CODEBUILD_SOURCE_REPO_URL_", secondary.repositoryUrl);
    }
    add("CODEBUILD_START_TIME", QString::number(facts.startTime.toMSecsSinceEpoch()));
    add("HOME", QStringLiteral("/root"));
    return entries;
}

Result<BuildEnvironment::Assembly> BuildEnvironment::assemble(const BuildFacts &facts, const Spec::BuildSpec &spec,
                                                              const Projects::Project &project,
                                                              const QList<Projects::EnvironmentVariable> &overrides,
                                                              const SecretLookup &lookup)
{
    Assembly assembly;
    assembly.entries = codeBuildVariables(facts);
    Collector collector(assembly.entries, assembly.notes);

    const auto secret = [&](SecretKind kind, const QString &name) -> Result<QString> {
        if (!lookup)
            return makeError(ErrorCode::Unavailable, tr("no secret store is available to look up %1").arg(name));
        return lookup(kind, name);
    };

    if (spec.env) {
        for (const auto &[name, value] : spec.env->variables)
            collector.set(name, value, Origin::Buildspec);
        for (const auto &[name, parameter] : spec.env->parameterStore) {
            const Result<QString> value = secret(SecretKind::ParameterStore, parameter);
            if (!value)
                return makeError(value.error().code,
                                 tr("Parameter %1 for %2: %3").arg(parameter, name, value.error().message));
            collector.set(name, *value, Origin::Buildspec, true);
        }
        for (const auto &[name, reference] : spec.env->secretsManager) {
            const Result<QString> value = secret(SecretKind::SecretsManager, reference);
            if (!value)
                return makeError(value.error().code,
                                 tr("Secret %1 for %2: %3").arg(reference, name, value.error().message));
            collector.set(name, *value, Origin::Buildspec, true);
        }
    }

    const auto applyVariables = [&](const QList<Projects::EnvironmentVariable> &variables,
                                    Origin origin) -> Result<void> {
        for (const Projects::EnvironmentVariable &variable : variables) {
            const QString type = variable.type.isEmpty() ? QStringLiteral("PLAINTEXT") : variable.type;
            if (type == QStringLiteral("PLAINTEXT")) {
                collector.set(variable.name, variable.value, origin);
                continue;
            }
            const SecretKind kind =
                type == QStringLiteral("PARAMETER_STORE") ? SecretKind::ParameterStore : SecretKind::SecretsManager;
            const Result<QString> value = secret(kind, variable.value);
            if (!value)
                return makeError(value.error().code,
                                 tr("%1 for %2: %3").arg(variable.value, variable.name, value.error().message));
            collector.set(variable.name, *value, origin, true);
        }
        return {};
    };
    if (Result<void> applied = applyVariables(project.environment.environmentVariables, Origin::Project); !applied)
        return applied.error();
    if (Result<void> applied = applyVariables(overrides, Origin::Override); !applied)
        return applied.error();
    return assembly;
}

QStringList BuildEnvironment::toList(const QList<EnvironmentEntry> &entries)
{
    QStringList list;
    for (const EnvironmentEntry &entry : entries)
        list.append(entry.name + QLatin1Char('=') + entry.value);
    return list;
}

} // namespace BuildDeck::Engine
