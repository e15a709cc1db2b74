#pragma once

#include "history/database.h"
#include "support/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace BuildDeck::Secrets {

// What a stored secret is for: a Parameter Store parameter, a Secrets Manager secret (plain text or
// JSON), or the credential git uses for a host.
enum class SecretKind
{
    Parameter,
    Secret,
    GitCredential
};

struct SecretEntry
{
    SecretKind kind = SecretKind::Parameter;
    QString name;
    QDateTime created;
    QDateTime modified;
    int version = 1;
};

// Parameters and secrets for builds, kept in the operating system's keychain through QtKeychain
// (service "BuildDeck"); the database keeps only their names and dates, so that they can be listed
// without unlocking anything (ARCHITECTURE §4). When no keychain service answers, every call fails
// with a message that says what to start; there is no fallback to a file. Calls block until the
// keychain answers: call them from a thread with an event loop, never the GUI thread.
class SecretStore final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Secrets::SecretStore)

public:
    static constexpr const char *service = "BuildDeck";

    explicit SecretStore(History::Database database);

    // Stores a value; fails when the name exists unless `overwrite`, and when the name is not
    // one a parameter or secret may have.
    Result<SecretEntry> put(SecretKind kind, const QString &name, const QString &value, bool overwrite);
    Result<QString> value(SecretKind kind, const QString &name) const;
    Result<void> remove(SecretKind kind, const QString &name);
    Result<QList<SecretEntry>> list(std::optional<SecretKind> kind = {}) const;

    // A build's reference resolved to its value: a parameter's name, or a Secrets Manager reference
    // "secret-id[:json-key[:version-stage[:version-id]]]" (the id may be an ARN).
    Result<QString> resolveParameter(const QString &name) const;
    Result<QString> resolveSecret(const QString &reference) const;

    // The credential kept for git at `host` (GitCredential), as JSON fields: username, secret (a
    // password, a token, or an SSH key's passphrase) and sshKeyFile.
    Result<void> putGitCredential(const QString &host, const QString &username, const QString &secret,
                                  const QString &sshKeyFile);
    Result<std::optional<QJsonObject>> gitCredential(const QString &host) const;

    static QString kindName(SecretKind kind);
    static bool isValidName(const QString &name);

private:
    History::Database m_database;
};

} // namespace BuildDeck::Secrets
