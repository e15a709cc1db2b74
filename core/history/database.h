#pragma once

#include "support/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace BuildDeck::History {

// The data directory's SQLite database (ARCHITECTURE §4), shared by every BuildDeck process:
// write-ahead logging so readers never wait for a writer, a busy timeout so concurrent writers
// take turns, and a schema brought up to date by numbered migrations when it is opened.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::History::Database)

public:
    static constexpr int schemaVersion = 6;
    static QString fileName() { return QStringLiteral("builddeck.sqlite"); }

    // Opens (creating when needed) the database in `dataDirectory` and migrates it.
    static Result<Database> open(const QString &dataDirectory);

    const QString &path() const { return m_path; }

    // This thread's connection (QSqlDatabase connections must not cross threads).
    QSqlDatabase connection() const;

    // Runs `work` in one IMMEDIATE transaction: all of it is committed, or none of it.
    Result<void> transaction(const std::function<Result<void>(QSqlDatabase &)> &work) const;

    // Changes whenever another connection commits (PRAGMA data_version), for polling observers.
    qint64 dataVersion() const;
    // Whether another connection has written since `seen` was taken, updating `seen`.
    bool changedSince(qint64 &seen) const;

private:
    explicit Database(QString path);
    Result<void> migrate() const;

    QString m_path;
};

} // namespace BuildDeck::History
