#include "secretusage.h"

#include "buildspec/buildspecparser.h"
#include "project/projectvalidator.h"
#include "source/gitsource.h"

namespace BuildDeck::Secrets {

namespace {

// "id:json-key:..." -> "id"; an ARN's name.
QString secretId(const QString &reference)
{
    if (reference.startsWith(QStringLiteral("arn:")))
        return reference.section(QLatin1Char(':'), 6, 6);
    return reference.section(QLatin1Char(':'), 0, 0);
}

} // namespace

QString SecretUsage::key(SecretKind kind, const QString &name)
{
    return SecretStore::kindName(kind) + QLatin1Char('/') + name;
}

QHash<QString, QStringList> SecretUsage::of(const QList<Projects::Project> &projects)
{
    QHash<QString, QStringList> users;
    const auto use = [&](SecretKind kind, const QString &name, const QString &project) {
        QStringList &list = users[key(kind, name)];
        if (!list.contains(project))
            list.append(project);
    };
    for (const Projects::Project &project : projects) {
        for (const Projects::EnvironmentVariable &variable : project.environment.environmentVariables) {
            if (variable.type == QStringLiteral("PARAMETER_STORE"))
                use(SecretKind::Parameter, variable.value, project.name);
            else if (variable.type == QStringLiteral("SECRETS_MANAGER"))
                use(SecretKind::Secret, secretId(variable.value), project.name);
        }
        if (project.source.buildspec.contains(QLatin1Char('\n'))) {
            const Spec::BuildSpecReading reading = Spec::BuildSpecParser::read(project.source.buildspec.toUtf8());
            if (reading.spec.env) {
                for (const auto &[variable, parameter] : reading.spec.env->parameterStore)
                    use(SecretKind::Parameter, parameter, project.name);
                for (const auto &[variable, reference] : reading.spec.env->secretsManager)
                    use(SecretKind::Secret, secretId(reference), project.name);
            }
        }
        QList<Projects::ProjectSource> sources = project.secondarySources;
        sources.prepend(project.source);
        for (const Projects::ProjectSource &source : std::as_const(sources)) {
            if (Projects::ProjectValidator::gitSourceTypes().contains(source.type)) {
                if (const QString host = Source::GitSource::host(source.location); !host.isEmpty())
                    use(SecretKind::GitCredential, host, project.name);
            }
        }
    }
    return users;
}

} // namespace BuildDeck::Secrets
