#pragma once

#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

// builddeck-cli's verbs for parameters and secrets, with the names and JSON shapes of the AWS
// CLI's ssm and secretsmanager commands; the values live in the keychain (ARCHITECTURE §4).
class SecretCommands final
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommands)

public:
    explicit SecretCommands(QString dataDir);

    int putParameter(const QString &name, const QString &value, bool overwrite);
    int getParameter(const QString &name, bool withDecryption);
    int deleteParameter(const QString &name);
    int createSecret(const QString &name, const QString &secretString);
    int putSecretValue(const QString &id, const QString &secretString);
    int deleteSecret(const QString &id);
    int listSecrets();
    int putGitCredential(const QString &host, const QString &username, const QString &token, const QString &sshKeyFile);
    int deleteGitCredential(const QString &host);
    int listGitCredentials();

    // A value given as file://PATH is read from that file (so that it is not on the command line).
    static std::optional<QString> readValue(const QString &option, const QString &given);

private:
    BuildDeck::Secrets::SecretStore *store();
    static int failure(const BuildDeck::Error &error);

    QString m_dataDir;
    std::unique_ptr<BuildDeck::Secrets::SecretStore> m_store;
};
