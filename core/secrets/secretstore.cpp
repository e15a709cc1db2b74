#include "secretstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <qt6keychain/keychain.h>

namespace BuildDeck::Secrets {

namespace {

QString keychainKey(SecretKind kind, const QString &name)
{
    return SecretStore::kindName(kind) + QLatin1Char('/') + name;
}

// What a keychain job ended with.
struct Outcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

enum class Operation
{
    Read,
    Write,
    Delete
};

// QtKeychain's jobs share state that belongs to the thread they first ran in: every job runs in one
// thread of its own, and the caller waits for it.
QObject *keychainThread()
{
    static QObject *context = [] {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("keychain"));
        thread->start();
        auto *object = new QObject;
        object->moveToThread(thread);
        return object;
    }();
    return context;
}

Outcome runJob(Operation operation, const QString &key, const QString &value = {})
{
    Outcome outcome;
    const auto run = [&] {
        std::unique_ptr<QKeychain::Job> job;
        const QString name = QString::fromLatin1(SecretStore::service);
        switch (operation) {
        case Operation::Read:
            job = std::make_unique<QKeychain::ReadPasswordJob>(name);
            break;
        case Operation::Write: {
            auto write = std::make_unique<QKeychain::WritePasswordJob>(name);
            write->setTextData(value);
            job = std::move(write);
            break;
        }
        case Operation::Delete:
            job = std::make_unique<QKeychain::DeletePasswordJob>(name);
            break;
        }
        job->setAutoDelete(false);
        job->setInsecureFallback(false);
        job->setKey(key);
        QEventLoop loop;
        QObject::connect(job.get(), &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job->start();
        loop.exec();
        outcome.error = job->error();
        outcome.errorString = job->errorString();
        if (operation == Operation::Read)
            outcome.text = static_cast<QKeychain::ReadPasswordJob *>(job.get())->textData();
    };
    QObject *context = keychainThread();
    if (QThread::currentThread() == context->thread())
        run();
    else
        QMetaObject::invokeMethod(context, run, Qt::BlockingQueuedConnection);
    return outcome;
}

Error keychainError(const Outcome &outcome, const QString &what)
{
    // Short of a missing entry (handled by the callers), a keychain that fails is one that is not
    // there or cannot be reached, whatever words the backend chose ("Could not connect", ...).
    return makeError(outcome.error == QKeychain::AccessDeniedByUser ? ErrorCode::Cancelled : ErrorCode::Unavailable,
                     SecretStore::tr("%1: the keychain did not answer (%2). Start a keychain service: log in to a "
                                     "desktop session with GNOME Keyring or KWallet, or, without a desktop, run "
                                     "BuildDeck in 'dbus-run-session' after 'gnome-keyring-daemon --unlock'. BuildDeck "
                                     "never keeps secrets in a file.")
                         .arg(what, outcome.errorString));
}

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return makeError(ErrorCode::Io, SecretStore::tr("%1: %2").arg(what, query.lastError().text()));
}

} // namespace

SecretStore::SecretStore(History::Database database)
    : m_database(std::move(database))
{
}

QString SecretStore::kindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Parameter:
        return QStringLiteral("parameter");
    case SecretKind::Secret:
        return QStringLiteral("secret");
    case SecretKind::GitCredential:
        return QStringLiteral("git");
    }
    return {};
}

bool SecretStore::isValidName(const QString &name)
{
    // Parameter Store's and Secrets Manager's characters, and a host name for git.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9/_+=.@!-]{1,512}$"));
    return pattern.match(name).hasMatch();
}

Result<SecretEntry> SecretStore::put(SecretKind kind, const QString &name, const QString &value, bool overwrite)
{
    if (!isValidName(name))
        return makeError(
            ErrorCode::InvalidArgument,
            tr("'%1' is not a valid name: use letters, digits and / _ + = . @ ! - (at most 512).").arg(name));
    if (value.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The value of %1 is empty.").arg(name));
    const Result<QList<SecretEntry>> existing = list(kind);
    if (!existing)
        return existing.error();
    const auto found = std::find_if(existing->cbegin(), existing->cend(),
                                    [&](const SecretEntry &entry) { return entry.name == name; });
    if (found != existing->cend() && !overwrite)
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 %2 exists already; overwrite it to change its value.").arg(kindName(kind), name));

    // The keychain first: a name in the database always has a value.
    const Outcome stored = runJob(Operation::Write, keychainKey(kind, name), value);
    if (stored.error != QKeychain::NoError)
        return keychainError(stored, tr("Storing %1 %2").arg(kindName(kind), name));

    SecretEntry entry;
    entry.kind = kind;
    entry.name = name;
    entry.modified = QDateTime::currentDateTimeUtc();
    entry.created = found != existing->cend() ? found->created : entry.modified;
    entry.version = found != existing->cend() ? found->version + 1 : 1;
    const Result<void> written = m_database.transaction([&](QSqlDatabase &connection) -> Result<void> {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("INSERT INTO secrets (kind, name, created_ms, modified_ms, version) "
                                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, name) DO UPDATE SET "
                                     "modified_ms = excluded.modified_ms, version = excluded.version"));
        query.addBindValue(kindName(kind));
        query.addBindValue(name);
        query.addBindValue(entry.created.toMSecsSinceEpoch());
        query.addBindValue(entry.modified.toMSecsSinceEpoch());
        query.addBindValue(entry.version);
        if (!query.exec())
            return sqlError(tr("Recording %1 %2").arg(kindName(kind), name), query);
        return {};
    });
    if (!written)
        return written.error();
    return entry;
}

Result<QString> SecretStore::value(SecretKind kind, const QString &name) const
{
    const Outcome read = runJob(Operation::Read, keychainKey(kind, name));
    if (read.error == QKeychain::EntryNotFound)
        return makeError(ErrorCode::NotFound, tr("There is no %1 named %2.").arg(kindName(kind), name));
    if (read.error != QKeychain::NoError)
        return keychainError(read, tr("Reading %1 %2").arg(kindName(kind), name));
    return read.text;
}

Result<void> SecretStore::remove(SecretKind kind, const QString &name)
{
    const Result<QList<SecretEntry>> existing = list(kind);
    if (!existing)
        return existing.error();
    if (std::none_of(existing->cbegin(), existing->cend(),
                     [&](const SecretEntry &entry) { return entry.name == name; }))
        return makeError(ErrorCode::NotFound, tr("There is no %1 named %2.").arg(kindName(kind), name));
    const Outcome deleted = runJob(Operation::Delete, keychainKey(kind, name));
    if (deleted.error != QKeychain::NoError && deleted.error != QKeychain::EntryNotFound)
        return keychainError(deleted, tr("Deleting %1 %2").arg(kindName(kind), name));
    return m_database.transaction([&](QSqlDatabase &connection) -> Result<void> {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("DELETE FROM secrets WHERE kind = ? AND name = ?"));
        query.addBindValue(kindName(kind));
        query.addBindValue(name);
        if (!query.exec())
            return sqlError(tr("Deleting %1 %2").arg(kindName(kind), name), query);
        return {};
    });
}

Result<QList<SecretEntry>> SecretStore::list(std::optional<SecretKind> kind) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(kind ? QStringLiteral("SELECT kind, name, created_ms, modified_ms, version FROM secrets "
                                        "WHERE kind = ? ORDER BY name")
                       : QStringLiteral("SELECT kind, name, created_ms, modified_ms, version FROM secrets "
                                        "ORDER BY kind, name"));
    if (kind)
        query.addBindValue(kindName(*kind));
    if (!query.exec())
        return sqlError(tr("Listing secrets"), query);
    QList<SecretEntry> entries;
    while (query.next()) {
        SecretEntry entry;
        const QString stored = query.value(0).toString();
        entry.kind = stored == QStringLiteral("secret") ? SecretKind::Secret
                     : stored == QStringLiteral("git")  ? SecretKind::GitCredential
                                                        : SecretKind::Parameter;
        entry.name = query.value(1).toString();
        entry.created = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), QTimeZone::utc());
        entry.modified = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::utc());
        entry.version = query.value(4).toInt();
        entries.append(entry);
    }
    return entries;
}

Result<void> SecretStore::putGitCredential(const QString &host, const QString &username, const QString &secret,
                                           const QString &sshKeyFile)
{
    if (secret.isEmpty() && sshKeyFile.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("A git credential for %1 needs a password or token, or an SSH key file.").arg(host));
    const QJsonObject credential{{QStringLiteral("username"), username},
                                 {QStringLiteral("secret"), secret},
                                 {QStringLiteral("sshKeyFile"), sshKeyFile}};
    const Result<SecretEntry> stored =
        put(SecretKind::GitCredential, host,
            QString::fromUtf8(QJsonDocument(credential).toJson(QJsonDocument::Compact)), true);
    if (!stored)
        return stored.error();
    return {};
}

Result<std::optional<QJsonObject>> SecretStore::gitCredential(const QString &host) const
{
    // Only a host with a credential is asked for, so a build without one never needs the keychain.
    const Result<QList<SecretEntry>> entries = list(SecretKind::GitCredential);
    if (!entries)
        return entries.error();
    if (std::none_of(entries->cbegin(), entries->cend(), [&](const SecretEntry &entry) { return entry.name == host; }))
        return std::optional<QJsonObject>();
    const Result<QString> stored = value(SecretKind::GitCredential, host);
    if (!stored)
        return stored.error();
    return std::optional<QJsonObject>(QJsonDocument::fromJson(stored->toUtf8()).object());
}

Result<QString> SecretStore::resolveParameter(const QString &name) const
{
    return value(SecretKind::Parameter, name);
}

Result<QString> SecretStore::resolveSecret(const QString &reference) const
{
    // An ARN's own colons belong to the id: arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME.
    QStringList parts = reference.split(QLatin1Char(':'));
    QString id;
    if (reference.startsWith(QStringLiteral("arn:")) && parts.size() >= 7) {
        id = parts.mid(0, 7).join(QLatin1Char(':'));
        parts = parts.mid(7);
        // The local store names a secret by the last part of its ARN.
        id = id.section(QLatin1Char(':'), 6);
    } else {
        id = parts.takeFirst();
    }
    const QString jsonKey = parts.value(0);
    const Result<QString> secret = value(SecretKind::Secret, id);
    if (!secret || jsonKey.isEmpty())
        return secret;
    const QJsonDocument document = QJsonDocument::fromJson(secret->toUtf8());
    if (!document.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Secret %1 is not a JSON object, so it has no key %2.").arg(id, jsonKey));
    const QJsonValue found = document.object().value(jsonKey);
    if (found.isUndefined())
        return makeError(ErrorCode::NotFound, tr("Secret %1 has no JSON key %2.").arg(id, jsonKey));
    if (found.isString())
        return found.toString();
    return found.isObject() || found.isArray()
               ? QString::fromUtf8(found.isObject() ? QJsonDocument(found.toObject()).toJson(QJsonDocument::Compact)
                                                    : QJsonDocument(found.toArray()).toJson(QJsonDocument::Compact))
               : found.toVariant().toString();
}

} // namespace BuildDeck::Secrets
