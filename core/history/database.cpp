#include "database.h"

#include "support/logging.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace BuildDeck::History {

namespace {

// Migration N brings the schema from version N-1 to N. Never edit one that has shipped; add one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        // 1: projects
        {QStringLiteral("CREATE TABLE projects ("
                        " name TEXT PRIMARY KEY NOT NULL,"
                        " definition TEXT NOT NULL,"
                        " created_ms INTEGER NOT NULL,"
                        " modified_ms INTEGER NOT NULL)")},
        // 2: builds, numbered per project
        {QStringLiteral("CREATE TABLE build_counters ("
                        " project TEXT PRIMARY KEY NOT NULL,"
                        " last_number INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE builds ("
                        " id TEXT PRIMARY KEY NOT NULL,"
                        " project TEXT NOT NULL,"
                        " build_number INTEGER NOT NULL,"
                        " status TEXT NOT NULL,"
                        " start_ms INTEGER NOT NULL,"
                        " end_ms INTEGER,"
                        " record TEXT NOT NULL,"
                        " worker_pid INTEGER,"
                        " stop_requested INTEGER NOT NULL DEFAULT 0,"
                        " UNIQUE (project, build_number))"),
         QStringLiteral("CREATE INDEX builds_by_project ON builds (project, start_ms)"),
         QStringLiteral("CREATE INDEX builds_by_status ON builds (status, start_ms)"),
         QStringLiteral("CREATE INDEX builds_by_start ON builds (start_ms)")},
        // 3: a running build holds a slot of the concurrency limits
        {QStringLiteral("ALTER TABLE builds ADD COLUMN holds_slot INTEGER NOT NULL DEFAULT 0")},
        // 4: the fields History's text search looks at, in lower case, one per line, so that a
        // search does not read every record's JSON
        {QStringLiteral("ALTER TABLE builds ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("UPDATE builds SET search_text = lower(id || char(10) || "
                        "coalesce(json_extract(record, '$.sourceVersion'), '') || char(10) || "
                        "coalesce(json_extract(record, '$.resolvedSourceVersion'), '') || char(10) || "
                        "coalesce(json_extract(record, '$.initiator'), ''))")},
        // 5: the names of the parameters and secrets kept in the keychain (never their values)
        {QStringLiteral("CREATE TABLE secrets ("
                        " kind TEXT NOT NULL,"
                        " name TEXT NOT NULL,"
                        " created_ms INTEGER NOT NULL,"
                        " modified_ms INTEGER NOT NULL,"
                        " version INTEGER NOT NULL DEFAULT 1,"
                        " PRIMARY KEY (kind, name))")},
        // 6: test and coverage reports, by report group (reference §6)
        {QStringLiteral("CREATE TABLE report_groups ("
                        " name TEXT PRIMARY KEY NOT NULL,"
                        " arn TEXT NOT NULL,"
                        " type TEXT NOT NULL,"
                        " project TEXT NOT NULL,"
                        " created_ms INTEGER NOT NULL,"
                        " modified_ms INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE reports ("
                        " arn TEXT PRIMARY KEY NOT NULL,"
                        " group_name TEXT NOT NULL,"
                        " build_id TEXT NOT NULL,"
                        " created_ms INTEGER NOT NULL,"
                        " status TEXT NOT NULL,"
                        " record TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX reports_by_group ON reports (group_name, created_ms)"),
         QStringLiteral("CREATE INDEX reports_by_build ON reports (build_id)"),
         QStringLiteral("CREATE TABLE test_cases ("
                        " report_arn TEXT NOT NULL,"
                        " position INTEGER NOT NULL,"
                        " status TEXT NOT NULL,"
                        " prefix TEXT,"
                        " name TEXT,"
                        " duration_ns INTEGER NOT NULL,"
                        " message TEXT,"
                        " suite TEXT,"
                        " raw_path TEXT,"
                        " PRIMARY KEY (report_arn, position))"),
         QStringLiteral("CREATE TABLE code_coverages ("
                        " report_arn TEXT NOT NULL,"
                        " position INTEGER NOT NULL,"
                        " file_path TEXT NOT NULL,"
                        " lines_covered INTEGER NOT NULL,"
                        " lines_missed INTEGER NOT NULL,"
                        " branches_covered INTEGER NOT NULL,"
                        " branches_missed INTEGER NOT NULL,"
                        " PRIMARY KEY (report_arn, position))")},
    };
    return steps;
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return makeError(ErrorCode::Io, Database::tr("%1 failed: %2").arg(what, error.text()));
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
{
}

Result<Database> Database::open(const QString &dataDirectory)
{
    if (!QDir().mkpath(dataDirectory))
        return makeError(ErrorCode::Io, tr("The data directory %1 could not be created.").arg(dataDirectory));
    Database database(QDir(dataDirectory).filePath(fileName()));
    QSqlDatabase connection = database.connection();
    if (!connection.isOpen()) {
        return makeError(
            ErrorCode::Io,
            tr("The database %1 could not be opened: %2").arg(database.m_path, connection.lastError().text()));
    }
    if (Result<void> migrated = database.migrate(); !migrated)
        return migrated.error();
    return database;
}

QSqlDatabase Database::connection() const
{
    const QString name =
        QStringLiteral("builddeck:%1:%2").arg(m_path).arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    connection.setDatabaseName(m_path);
    connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (connection.open()) {
        // The owner's alone; SQLite gives its -wal and -shm files the database's permissions.
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        QSqlQuery pragma(connection);
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    return connection;
}

Result<void> Database::transaction(const std::function<Result<void>(QSqlDatabase &)> &work) const
{
    QSqlDatabase connection = this->connection();
    QSqlQuery begin(connection);
    // IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking.
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(tr("Starting a transaction on %1").arg(m_path), begin.lastError());
    Result<void> result;
    try {
        result = work(connection);
    } catch (const std::exception &e) {
        result = makeError(ErrorCode::Internal, QString::fromLocal8Bit(e.what()));
    }
    QSqlQuery end(connection);
    if (!result) {
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const Error error = sqlError(tr("Committing to %1").arg(m_path), end.lastError());
        end.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

qint64 Database::dataVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

Result<void> Database::migrate() const
{
    return transaction([this](QSqlDatabase &connection) -> Result<void> {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return sqlError(tr("Reading the schema version of %1").arg(m_path), query.lastError());
        const int current = query.value(0).toInt();
        if (current > schemaVersion) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("The database %1 has schema version %2, newer than this BuildDeck understands (%3); "
                                "use a newer BuildDeck or another data directory.")
                                 .arg(m_path)
                                 .arg(current)
                                 .arg(schemaVersion));
        }
        for (int version = current + 1; version <= schemaVersion; ++version) {
            for (const QString &statement : migrations().at(version - 1)) {
                if (!query.exec(statement))
                    return sqlError(tr("Migrating %1 to schema version %2").arg(m_path).arg(version),
                                    query.lastError());
            }
            if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
                return sqlError(tr("Recording schema version %1").arg(version), query.lastError());
            qCDebug(lcCore) << "database" << m_path << "migrated to schema version" << version;
        }
        return {};
    });
}

bool Database::changedSince(qint64 &seen) const
{
    const qint64 version = dataVersion();
    if (version == seen)
        return false;
    seen = version;
    return true;
}

} // namespace BuildDeck::History
