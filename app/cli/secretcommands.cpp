#include "secretcommands.h"

#include "clioutput.h"

#include "support/datadirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

using namespace BuildDeck;
using Secrets::SecretEntry;
using Secrets::SecretKind;

namespace {

constexpr const char *account = "000000000000";

QString parameterArn(const QString &name)
{
    return QStringLiteral("arn:aws:ssm:local:%1:parameter/%2")
        .arg(QString::fromLatin1(account), name.startsWith(QLatin1Char('/')) ? name.mid(1) : name);
}

QString secretArn(const QString &name)
{
    return QStringLiteral("arn:aws:secretsmanager:local:%1:secret:%2").arg(QString::fromLatin1(account), name);
}

double epochSeconds(const QDateTime &time)
{
    return double(time.toMSecsSinceEpoch()) / 1000.0;
}

// The local store names a secret by the name in an ARN given as its id.
QString secretName(const QString &id)
{
    return id.startsWith(QStringLiteral("arn:")) ? id.section(QLatin1Char(':'), 6) : id;
}

} // namespace

SecretCommands::SecretCommands(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
}

Secrets::SecretStore *SecretCommands::store()
{
    if (!m_store) {
        std::optional<History::Database> database = CliOutput::openDatabase(m_dataDir);
        if (!database)
            return nullptr;
        m_store = std::make_unique<Secrets::SecretStore>(std::move(*database));
    }
    return m_store.get();
}

int SecretCommands::failure(const Error &error)
{
    return CliOutput::fail(error.message,
                           error.code == ErrorCode::InvalidArgument ? CliOutput::UsageError : CliOutput::Failure);
}

std::optional<QString> SecretCommands::readValue(const QString &option, const QString &given)
{
    if (!given.startsWith(QStringLiteral("file://")))
        return given;
    QFile file(given.mid(7));
    if (!file.open(QIODevice::ReadOnly)) {
        CliOutput::fail(tr("%1: cannot read %2: %3").arg(option, file.fileName(), file.errorString()),
                        CliOutput::UsageError);
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

int SecretCommands::putParameter(const QString &name, const QString &value, bool overwrite)
{
    if (name.isEmpty() || value.isEmpty())
        return CliOutput::fail(tr("put-parameter needs --name and --value (text, or file://PATH)"),
                               CliOutput::UsageError);
    Secrets::SecretStore *secrets = store();
    if (!secrets)
        return CliOutput::Failure;
    const Result<SecretEntry> stored = secrets->put(SecretKind::Parameter, name, value, overwrite);
    if (!stored)
        return failure(stored.error());
    CliOutput::printJson(
        {{QStringLiteral("Version"), stored->version}, {QStringLiteral("Tier"), QStringLiteral("Standard")}});
    return CliOutput::Success;
}

int SecretCommands::getParameter(const QString &name, bool withDecryption)
{
    if (name.isEmpty())
        return CliOutput::fail(tr("get-parameter needs --name"), CliOutput::UsageError);
    Secrets::SecretStore *secrets = store();
    if (!secrets)
        return CliOutput::Failure;
    const Result<QList<SecretEntry>> entries = secrets->list(SecretKind::Parameter);
    if (!entries)
        return failure(entries.error());
    const auto entry =
        std::find_if(entries->cbegin(), entries->cend(), [&](const SecretEntry &e) { return e.name == name; });
    if (entry == entries->cend())
        return CliOutput::fail(tr("ParameterNotFound: there is no parameter %1").arg(name));
    QJsonObject parameter{{QStringLiteral("Name"), name},
                          {QStringLiteral("Type"), QStringLiteral("SecureString")},
                          {QStringLiteral("Version"), entry->version},
                          {QStringLiteral("LastModifiedDate"), epochSeconds(entry->modified)},
                          {QStringLiteral("ARN"), parameterArn(name)},
                          {QStringLiteral("DataType"), QStringLiteral("text")}};
    // Without --with-decryption the value stays in the keychain, as AWS keeps a SecureString encrypted.
    if (withDecryption) {
        const Result<QString> value = secrets->value(SecretKind::Parameter, name);
        if (!value)
            return failure(value.error());
        parameter.insert(QStringLiteral("Value"), *value);
    } else {
        parameter.insert(QStringLiteral("Value"), QStringLiteral("***"));
    }
    CliOutput::printJson({{QStringLiteral("Parameter"), parameter}});
    return CliOutput::Success;
}

int SecretCommands::deleteParameter(const QString &name)
{
    if (name.isEmpty())
        return CliOutput::fail(tr("delete-parameter needs --name"), CliOutput::UsageError);
    Secrets::SecretStore *secrets = store();
    if (!secrets)
        return CliOutput::Failure;
    if (const Result<void> removed = secrets->remove(SecretKind::Parameter, name); !removed)
        return failure(removed.error());
    CliOutput::printJson({});
    return CliOutput::Success;
}

int SecretCommands::createSecret(const QString &name, const QString &secretString)
{
    if (name.isEmpty() || secretString.isEmpty())
        return CliOutput::fail(tr("create-secret needs --name and --secret-string (text, or file://PATH)"),
                               CliOutput::UsageError);
    Secrets::SecretStore *secrets = store();
    if (!secrets)
        return CliOutput::Failure;
    const Result<SecretEntry> stored = secrets->put(SecretKind::Secret, name, secretString, false);
    if (!stored)
        return failure(stored.error());
    CliOutput::printJson({{QStringLiteral("ARN"), secretArn(name)},
                          {QStringLiteral("Name"), name},
                          {QStringLiteral("VersionId"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
    return CliOutput::Success;
}

int SecretCommands::putSecretValue(const QString &id, const QString &secretString)
{
    if (id.isEmpty() || secretString.isEmpty())
        return CliOutput::fail(tr("put-secret-value needs --secret-id and --secret-string (text, or file://PATH)"),
                               CliOutput::UsageError);
    Secrets::SecretStore *secrets = store();
    if (!secrets)
        return CliOutput::Failure;
    const QString name = secretName(id);
    const Result<QList<SecretEntry>> entries = secrets->list(SecretKind::Secret);
    if (!entries)
        return failure(entries.error());
    if (std::none_of(entries->cbegin(), entries->cend(), [&](const SecretEntry &e) { return e.name == name; }))
        return CliOutput::fail(
            tr("ResourceNotFoundException: there is no secret %1; create it with create-secret").arg(name));
    const Result<SecretEntry> stored = secrets->put(SecretKind::Secret, name, secretString, true);
    if (!stored)
        return failure(stored.error());
    CliOutput::printJson({{QStringLiteral("ARN"), secretArn(name)},
                          {QStringLiteral("Name"), name},
                          {QStringLiteral("VersionId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                          {QStringLiteral("VersionStages"), QJsonArray{QStringLiteral("AWSCURRENT")}}});
    return CliOutput::Success;
}

int SecretCommands::deleteSecret(const QString &id)
{
    if (id.isEmpty())
        return CliOutput::fail(tr("delete-secret needs --secret-id"), CliOutput::UsageError);
    Secrets::SecretStore *secrets = store();
    if (!secrets)
        return CliOutput::Failure;
    const QString name = secretName(id);
    if (const Result<void> removed = secrets->remove(SecretKind::Secret, name); !removed)
        return failure(removed.error());
    CliOutput::printJson({{QStringLiteral("ARN"), secretArn(name)},
                          {QStringLiteral("Name"), name},
                          {QStringLiteral("DeletionDate"), epochSeconds(QDateTime::currentDateTimeUtc())}});
    return CliOutput::Success;
}

int SecretCommands::listSecrets()
{
    Secrets::SecretStore *secrets = store();
    if (!secrets)
        return CliOutput::Failure;
    const Result<QList<SecretEntry>> entries = secrets->list(SecretKind::Secret);
    if (!entries)
        return failure(entries.error());
    QJsonArray list;
    for (const SecretEntry &entry : *entries) {
        list.append(QJsonObject{{QStringLiteral("ARN"), secretArn(entry.name)},
                                {QStringLiteral("Name"), entry.name},
                                {QStringLiteral("CreatedDate"), epochSeconds(entry.created)},
                                {QStringLiteral("LastChangedDate"), epochSeconds(entry.modified)}});
    }
    CliOutput::printJson({{QStringLiteral("SecretList"), list}});
    return CliOutput::Success;
}

int SecretCommands::putGitCredential(const QString &host, const QString &username, const QString &token,
                                     const QString &sshKeyFile)
{
    if (host.isEmpty() || (token.isEmpty() && sshKeyFile.isEmpty()))
        return CliOutput::fail(tr("put-git-credential needs --host, and --token (a password or token, or file://PATH) "
                                  "or --ssh-key-file (with --token as its passphrase, if it has one)"),
                               CliOutput::UsageError);
    Secrets::SecretStore *secrets = store();
    if (!secrets)
        return CliOutput::Failure;
    if (const Result<void> stored = secrets->putGitCredential(host, username, token, sshKeyFile); !stored)
        return failure(stored.error());
    CliOutput::printJson(
        {{QStringLiteral("Host"), host},
         {QStringLiteral("Username"), username},
         {QStringLiteral("Kind"), sshKeyFile.isEmpty() ? QStringLiteral("HTTPS") : QStringLiteral("SSH")}});
    return CliOutput::Success;
}

int SecretCommands::deleteGitCredential(const QString &host)
{
    if (host.isEmpty())
        return CliOutput::fail(tr("delete-git-credential needs --host"), CliOutput::UsageError);
    Secrets::SecretStore *secrets = store();
    if (!secrets)
        return CliOutput::Failure;
    if (const Result<void> removed = secrets->remove(SecretKind::GitCredential, host); !removed)
        return failure(removed.error());
    CliOutput::printJson({});
    return CliOutput::Success;
}

int SecretCommands::listGitCredentials()
{
    Secrets::SecretStore *secrets = store();
    if (!secrets)
        return CliOutput::Failure;
    const Result<QList<SecretEntry>> entries = secrets->list(SecretKind::GitCredential);
    if (!entries)
        return failure(entries.error());
    QJsonArray hosts;
    for (const SecretEntry &entry : *entries)
        hosts.append(QJsonObject{{QStringLiteral("Host"), entry.name},
                                 {QStringLiteral("LastChangedDate"), epochSeconds(entry.modified)}});
    CliOutput::printJson({{QStringLiteral("GitCredentials"), hosts}});
    return CliOutput::Success;
}
