#include "buildstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>
#include <signal.h>

namespace BuildDeck::Engine {

namespace {

Error queryError(const QString &what, const QSqlQuery &query)
{
    return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(what, query.lastError().text()));
}

QString recordText(const BuildRecord &record)
{
    return QString::fromUtf8(QJsonDocument(record.toStoredJson()).toJson(QJsonDocument::Compact));
}

// What a text search of History looks at: the id, the source versions and the initiator, in lower
// case, one per line (migration 4 fills the column for builds stored before it).
QString searchText(const BuildRecord &record)
{
    return QStringList{record.id, record.sourceVersion, record.resolvedSourceVersion, record.initiator}
        .join(QLatin1Char('\n'))
        .toLower();
}

BuildRecord recordFrom(const QSqlQuery &query)
{
    return BuildRecord::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
}

// The WHERE clause of a query and its bound values, in order.
QPair<QString, QVariantList> whereClause(const BuildQuery &query)
{
    QStringList conditions;
    QVariantList values;
    if (!query.project.isEmpty()) {
        conditions.append(QStringLiteral("project = ?"));
        values.append(query.project);
    }
    if (query.status) {
        conditions.append(QStringLiteral("status = ?"));
        values.append(statusName(*query.status));
    }
    if (query.startedFrom.isValid()) {
        conditions.append(QStringLiteral("start_ms >= ?"));
        values.append(query.startedFrom.toMSecsSinceEpoch());
    }
    if (query.startedBefore.isValid()) {
        conditions.append(QStringLiteral("start_ms < ?"));
        values.append(query.startedBefore.toMSecsSinceEpoch());
    }
    if (!query.text.isEmpty()) {
        conditions.append(QStringLiteral("instr(search_text, ?) > 0"));
        values.append(query.text.toLower());
    }
    return {conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
            values};
}

} // namespace

BuildStore::BuildStore(History::Database database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
}

Result<BuildRecord> BuildStore::create(BuildRecord draft)
{
    if (draft.projectName.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A build needs a project name."));
    if (draft.id.isEmpty())
        draft.id = draft.projectName + QLatin1Char(':') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!draft.startTime.isValid())
        draft.startTime = QDateTime::currentDateTimeUtc();
    const Result<void> written = m_database.transaction([&](QSqlDatabase &connection) -> Result<void> {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("INSERT INTO build_counters (project, last_number) VALUES (?, 1) "
                                     "ON CONFLICT (project) DO UPDATE SET last_number = last_number + 1"));
        query.addBindValue(draft.projectName);
        if (!query.exec())
            return queryError(tr("Numbering a build of %1").arg(draft.projectName), query);
        query.prepare(QStringLiteral("SELECT last_number FROM build_counters WHERE project = ?"));
        query.addBindValue(draft.projectName);
        if (!query.exec() || !query.next())
            return queryError(tr("Numbering a build of %1").arg(draft.projectName), query);
        draft.buildNumber = query.value(0).toInt();

        query.prepare(QStringLiteral("INSERT INTO builds (id, project, build_number, status, start_ms, end_ms, record, "
                                     "search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(draft.id);
        query.addBindValue(draft.projectName);
        query.addBindValue(draft.buildNumber);
        query.addBindValue(statusName(draft.buildStatus));
        query.addBindValue(draft.startTime.toMSecsSinceEpoch());
        query.addBindValue(draft.endTime.isValid() ? QVariant(draft.endTime.toMSecsSinceEpoch()) : QVariant());
        query.addBindValue(recordText(draft));
        query.addBindValue(searchText(draft));
        if (!query.exec())
            return queryError(tr("Saving build %1").arg(draft.id), query);
        return {};
    });
    if (!written)
        return written.error();
    Q_EMIT buildCreated(draft.id);
    Q_EMIT changed();
    return draft;
}

Result<void> BuildStore::save(const BuildRecord &record)
{
    const Result<void> written = m_database.transaction([&](QSqlDatabase &connection) -> Result<void> {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("UPDATE builds SET status = ?, end_ms = ?, record = ?, search_text = ?, "
                                     "holds_slot = CASE WHEN ? THEN 0 ELSE holds_slot END WHERE id = ?"));
        query.addBindValue(statusName(record.buildStatus));
        query.addBindValue(record.endTime.isValid() ? QVariant(record.endTime.toMSecsSinceEpoch()) : QVariant());
        query.addBindValue(recordText(record));
        query.addBindValue(searchText(record));
        query.addBindValue(record.buildComplete);
        query.addBindValue(record.id);
        if (!query.exec())
            return queryError(tr("Saving build %1").arg(record.id), query);
        if (query.numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("There is no build %1.").arg(record.id));
        return {};
    });
    if (!written)
        return written;
    Q_EMIT buildUpdated(record.id);
    Q_EMIT changed();
    return {};
}

Result<void> BuildStore::setWorker(const QString &id, qint64 pid)
{
    return m_database.transaction([&](QSqlDatabase &connection) -> Result<void> {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("UPDATE builds SET worker_pid = ? WHERE id = ?"));
        query.addBindValue(pid);
        query.addBindValue(id);
        if (!query.exec())
            return queryError(tr("Saving build %1").arg(id), query);
        return {};
    });
}

Result<qint64> BuildStore::worker(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT worker_pid FROM builds WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(tr("Reading build %1").arg(id), query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("There is no build %1.").arg(id));
    return query.value(0).isNull() ? qint64(0) : query.value(0).toLongLong();
}

Result<bool> BuildStore::claimSlot(const QString &id, int projectLimit, int globalLimit)
{
    bool claimed = false;
    const Result<void> done = m_database.transaction([&](QSqlDatabase &connection) -> Result<void> {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("SELECT project FROM builds WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return queryError(tr("Reading build %1").arg(id), query);
        const QString project = query.value(0).toString();
        query.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(project = ?), 0) FROM builds "
                                     "WHERE holds_slot = 1 AND status = 'IN_PROGRESS'"));
        query.addBindValue(project);
        if (!query.exec() || !query.next())
            return queryError(tr("Counting running builds"), query);
        const int running = query.value(0).toInt();
        const int runningForProject = query.value(1).toInt();
        if (running >= globalLimit || (projectLimit > 0 && runningForProject >= projectLimit))
            return {};
        query.prepare(QStringLiteral("UPDATE builds SET holds_slot = 1 WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return queryError(tr("Saving build %1").arg(id), query);
        claimed = true;
        return {};
    });
    if (!done)
        return done.error();
    return claimed;
}

Result<QList<BuildRecord>> BuildStore::orphans() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT record, worker_pid FROM builds WHERE status = 'IN_PROGRESS' AND worker_pid IS NOT NULL")))
        return queryError(tr("Listing builds"), query);
    QList<BuildRecord> records;
    while (query.next()) {
        const pid_t pid = pid_t(query.value(1).toLongLong());
        if (::kill(pid, 0) == 0 || errno != ESRCH)
            continue;
        records.append(recordFrom(query));
    }
    return records;
}

Result<void> BuildStore::requestStop(const QString &id)
{
    return m_database.transaction([&](QSqlDatabase &connection) -> Result<void> {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("UPDATE builds SET stop_requested = 1 WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return queryError(tr("Stopping build %1").arg(id), query);
        if (query.numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("There is no build %1.").arg(id));
        return {};
    });
}

Result<bool> BuildStore::stopRequested(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT stop_requested FROM builds WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(tr("Reading build %1").arg(id), query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("There is no build %1.").arg(id));
    return query.value(0).toInt() != 0;
}

Result<BuildRecord> BuildStore::get(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT record FROM builds WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(tr("Reading build %1").arg(id), query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("There is no build %1.").arg(id));
    return recordFrom(query);
}

Result<QPair<QList<BuildRecord>, QStringList>> BuildStore::get(const QStringList &ids) const
{
    QPair<QList<BuildRecord>, QStringList> result;
    for (const QString &id : ids) {
        Result<BuildRecord> record = get(id);
        if (record)
            result.first.append(std::move(record).value());
        else if (record.error().code == ErrorCode::NotFound)
            result.second.append(id);
        else
            return record.error();
    }
    return result;
}

Result<QList<BuildRecord>> BuildStore::query(const BuildQuery &query) const
{
    const auto [where, values] = whereClause(query);
    const QString order = query.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString key; // before the start time, which orders what the key leaves equal
    switch (query.sortBy) {
    case BuildQuery::SortKey::StartTime:
        break;
    case BuildQuery::SortKey::Project:
        key = QStringLiteral("project %1, ").arg(order);
        break;
    case BuildQuery::SortKey::Status:
        key = QStringLiteral("status %1, ").arg(order);
        break;
    case BuildQuery::SortKey::Duration: // a running build lasts longest
        key = QStringLiteral("coalesce(end_ms, 9223372036854775807) - start_ms %1, ").arg(order);
        break;
    }
    QSqlQuery sql(m_database.connection());
    sql.prepare(QStringLiteral("SELECT record FROM builds%1 ORDER BY %2start_ms %3, build_number %3 LIMIT ? OFFSET ?")
                    .arg(where, key, order));
    for (const QVariant &value : values)
        sql.addBindValue(value);
    sql.addBindValue(query.limit);
    sql.addBindValue(query.offset);
    if (!sql.exec())
        return queryError(tr("Listing builds"), sql);
    QList<BuildRecord> records;
    while (sql.next())
        records.append(recordFrom(sql));
    return records;
}

Result<int> BuildStore::count(const BuildQuery &query) const
{
    const auto [where, values] = whereClause(query);
    QSqlQuery sql(m_database.connection());
    sql.prepare(QStringLiteral("SELECT COUNT(*) FROM builds") + where);
    for (const QVariant &value : values)
        sql.addBindValue(value);
    if (!sql.exec() || !sql.next())
        return queryError(tr("Counting builds"), sql);
    return sql.value(0).toInt();
}

Result<int> BuildStore::removeAll(const QString &project)
{
    int removed = 0;
    const Result<void> done = m_database.transaction([&](QSqlDatabase &connection) -> Result<void> {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("DELETE FROM builds WHERE project = ?"));
        query.addBindValue(project);
        if (!query.exec())
            return queryError(tr("Removing the builds of %1").arg(project), query);
        removed = query.numRowsAffected();
        return {};
    });
    if (!done)
        return done.error();
    Q_EMIT changed();
    return removed;
}

void BuildStore::poll()
{
    if (m_database.changedSince(m_seenVersion))
        Q_EMIT changed();
}

} // namespace BuildDeck::Engine
