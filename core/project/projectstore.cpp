#include "projectstore.h"

#include "projectvalidator.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace BuildDeck::Projects {

namespace {

Error storeError(const QString &what, const QSqlQuery &query)
{
    return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(what, query.lastError().text()));
}

Result<ProjectRecord> recordFrom(const QSqlQuery &query)
{
    const QByteArray definition = query.value(QStringLiteral("definition")).toString().toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson(definition);
    ProjectRecord record;
    record.project = ProjectJson::read(document.object()).project;
    record.created = QDateTime::fromMSecsSinceEpoch(query.value(QStringLiteral("created_ms")).toLongLong(), Qt::UTC);
    record.lastModified =
        QDateTime::fromMSecsSinceEpoch(query.value(QStringLiteral("modified_ms")).toLongLong(), Qt::UTC);
    return record;
}

QString definitionOf(const Project &project)
{
    return QString::fromUtf8(QJsonDocument(ProjectJson::toCreateProjectInput(project)).toJson(QJsonDocument::Compact));
}

} // namespace

ProjectStore::ProjectStore(History::Database database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_seenVersion(m_database.dataVersion())
{
}

Result<void> ProjectStore::checkRules(const Project &project) const
{
    for (const Issue &issue : ProjectValidator::validate(project)) {
        if (issue.isError())
            return makeError(ErrorCode::InvalidArgument, issue.message);
    }
    return {};
}

Result<ProjectRecord> ProjectStore::create(const Project &project)
{
    if (Result<void> rules = checkRules(project); !rules)
        return rules.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Result<void> written = m_database.transaction([&](QSqlDatabase &connection) -> Result<void> {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("INSERT INTO projects (name, definition, created_ms, modified_ms) "
                                     "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM projects WHERE name = ?)"));
        query.addBindValue(project.name);
        query.addBindValue(definitionOf(project));
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(project.name);
        if (!query.exec())
            return storeError(tr("Saving project %1").arg(project.name), query);
        if (query.numRowsAffected() != 1) {
            return makeError(
                ErrorCode::InvalidArgument,
                tr("name: a project named %1 already exists; choose another name or update it").arg(project.name));
        }
        return {};
    });
    if (!written)
        return written.error();
    Q_EMIT projectCreated(project.name);
    Q_EMIT changed();
    return get(project.name);
}

Result<ProjectRecord> ProjectStore::update(const Project &project)
{
    if (Result<void> rules = checkRules(project); !rules)
        return rules.error();
    const Result<void> written = m_database.transaction([&](QSqlDatabase &connection) -> Result<void> {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("UPDATE projects SET definition = ?, modified_ms = ? WHERE name = ?"));
        query.addBindValue(definitionOf(project));
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        query.addBindValue(project.name);
        if (!query.exec())
            return storeError(tr("Saving project %1").arg(project.name), query);
        if (query.numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("name: there is no project named %1").arg(project.name));
        return {};
    });
    if (!written)
        return written.error();
    Q_EMIT projectUpdated(project.name);
    Q_EMIT changed();
    return get(project.name);
}

Result<void> ProjectStore::remove(const QString &name)
{
    const Result<void> written = m_database.transaction([&](QSqlDatabase &connection) -> Result<void> {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("DELETE FROM projects WHERE name = ?"));
        query.addBindValue(name);
        if (!query.exec())
            return storeError(tr("Deleting project %1").arg(name), query);
        if (query.numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("name: there is no project named %1").arg(name));
        return {};
    });
    if (!written)
        return written;
    Q_EMIT projectDeleted(name);
    Q_EMIT changed();
    return {};
}

Result<ProjectRecord> ProjectStore::get(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT definition, created_ms, modified_ms FROM projects WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return storeError(tr("Reading project %1").arg(name), query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("there is no project named %1").arg(name));
    return recordFrom(query);
}

Result<QList<ProjectRecord>> ProjectStore::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT definition, created_ms, modified_ms FROM projects ORDER BY name")))
        return storeError(tr("Reading the projects"), query);
    QList<ProjectRecord> records;
    while (query.next()) {
        Result<ProjectRecord> record = recordFrom(query);
        if (record)
            records.append(std::move(record).value());
    }
    return records;
}

void ProjectStore::poll()
{
    if (m_database.changedSince(m_seenVersion))
        Q_EMIT changed();
}

} // namespace BuildDeck::Projects
