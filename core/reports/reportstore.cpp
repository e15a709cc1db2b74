#include "reportstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace BuildDeck::Reports {

namespace {

Error queryError(const QString &what, const QSqlQuery &query)
{
    return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(what, query.lastError().text()));
}

QDateTime timeOf(const QVariant &milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds.toLongLong(), Qt::UTC);
}

ReportGroupRecord groupFrom(const QSqlQuery &query)
{
    ReportGroupRecord group;
    group.name = query.value(0).toString();
    group.arn = query.value(1).toString();
    group.type =
        query.value(2).toString() == QStringLiteral("CODE_COVERAGE") ? ReportType::CodeCoverage : ReportType::Test;
    group.project = query.value(3).toString();
    group.created = timeOf(query.value(4));
    group.lastModified = timeOf(query.value(5));
    return group;
}

const QString groupColumns = QStringLiteral("name, arn, type, project, created_ms, modified_ms");

} // namespace

ReportStore::ReportStore(History::Database database)
    : m_database(std::move(database))
{
}

Result<void> ReportStore::add(const ReportRecord &report, const QString &project,
                              const QList<StoredTestCase> &testCases, const QList<FileCoverage> &files)
{
    return m_database.transaction([&](QSqlDatabase &connection) -> Result<void> {
        const QString what = tr("Saving report %1").arg(report.arn);
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("SELECT type FROM report_groups WHERE name = ?"));
        query.addBindValue(report.groupName);
        if (!query.exec())
            return queryError(what, query);
        const qint64 now = report.created.toMSecsSinceEpoch();
        if (query.next()) {
            if (query.value(0).toString() != reportTypeName(report.type))
                return makeError(ErrorCode::InvalidArgument,
                                 tr("The report group %1 holds %2 reports; a %3 report cannot join it. Give the "
                                    "report another group name.")
                                     .arg(report.groupName, query.value(0).toString(), reportTypeName(report.type)));
            query.prepare(QStringLiteral("UPDATE report_groups SET modified_ms = ? WHERE name = ?"));
            query.addBindValue(now);
            query.addBindValue(report.groupName);
        } else {
            query.prepare(QStringLiteral("INSERT INTO report_groups (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(groupColumns));
            query.addBindValue(report.groupName);
            query.addBindValue(report.groupArn);
            query.addBindValue(reportTypeName(report.type));
            query.addBindValue(project);
            query.addBindValue(now);
            query.addBindValue(now);
        }
        if (!query.exec())
            return queryError(what, query);

        query.prepare(QStringLiteral("INSERT INTO reports (arn, group_name, build_id, created_ms, status, record) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(report.arn);
        query.addBindValue(report.groupName);
        query.addBindValue(report.buildId);
        query.addBindValue(now);
        query.addBindValue(report.status);
        query.addBindValue(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return queryError(what, query);

        query.prepare(QStringLiteral("INSERT INTO test_cases (report_arn, position, status, prefix, name, "
                                     "duration_ns, message, suite, raw_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < testCases.size(); ++i) {
            const TestCase &testCase = testCases.at(i).testCase;
            for (const QVariant &value :
                 {QVariant(report.arn), QVariant(qint64(i)), QVariant(testCase.status), QVariant(testCase.prefix),
                  QVariant(testCase.name), QVariant(testCase.durationInNanoSeconds), QVariant(testCase.message),
                  QVariant(testCase.testSuiteName), QVariant(testCases.at(i).testRawDataPath)})
                query.addBindValue(value);
            if (!query.exec())
                return queryError(what, query);
        }
        query.prepare(QStringLiteral("INSERT INTO code_coverages (report_arn, position, file_path, lines_covered, "
                                     "lines_missed, branches_covered, branches_missed) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < files.size(); ++i) {
            const FileCoverage &file = files.at(i);
            for (const QVariant &value :
                 {QVariant(report.arn), QVariant(qint64(i)), QVariant(file.filePath), QVariant(file.linesCovered),
                  QVariant(file.linesMissed), QVariant(file.branchesCovered), QVariant(file.branchesMissed)})
                query.addBindValue(value);
            if (!query.exec())
                return queryError(what, query);
        }
        return {};
    });
}

Result<QList<ReportGroupRecord>> ReportStore::groups(const QString &project) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM report_groups%2 ORDER BY name")
                      .arg(groupColumns, project.isEmpty() ? QString() : QStringLiteral(" WHERE project = ?")));
    if (!project.isEmpty())
        query.addBindValue(project);
    if (!query.exec())
        return queryError(tr("Listing report groups"), query);
    QList<ReportGroupRecord> found;
    while (query.next())
        found.append(groupFrom(query));
    return found;
}

Result<ReportGroupRecord> ReportStore::group(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM report_groups WHERE name = ?").arg(groupColumns));
    query.addBindValue(name);
    if (!query.exec())
        return queryError(tr("Reading report group %1").arg(name), query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("There is no report group %1.").arg(name));
    return groupFrom(query);
}

Result<QList<ReportRecord>> ReportStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT record, build_id FROM reports WHERE ") + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(tr("Reading reports"), query);
    QList<ReportRecord> found;
    while (query.next())
        found.append(ReportRecord::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(),
                                            query.value(1).toString()));
    return found;
}

Result<QList<ReportRecord>> ReportStore::reportsOf(const QString &groupName, bool newestFirst,
                                                   const QString &status) const
{
    QString where = QStringLiteral("group_name = ?");
    QVariantList values{groupName};
    if (!status.isEmpty()) {
        where += QStringLiteral(" AND status = ?");
        values.append(status);
    }
    return select(where + (newestFirst ? QStringLiteral(" ORDER BY created_ms DESC, rowid DESC")
                                       : QStringLiteral(" ORDER BY created_ms, rowid")),
                  values);
}

Result<QList<ReportRecord>> ReportStore::reportsOfBuild(const QString &buildId) const
{
    return select(QStringLiteral("build_id = ? ORDER BY group_name"), {buildId});
}

Result<QPair<QList<ReportRecord>, QStringList>> ReportStore::reports(const QStringList &arns) const
{
    QPair<QList<ReportRecord>, QStringList> result;
    for (const QString &arn : arns) {
        const Result<QList<ReportRecord>> found = select(QStringLiteral("arn = ?"), {arn});
        if (!found)
            return found.error();
        if (found->isEmpty())
            result.second.append(arn);
        else
            result.first.append(found->constFirst());
    }
    return result;
}

Result<QList<StoredTestCase>> ReportStore::testCases(const QString &reportArn, const QString &status) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT status, prefix, name, duration_ns, message, suite, raw_path FROM test_cases "
                                 "WHERE report_arn = ?%1 ORDER BY position")
                      .arg(status.isEmpty() ? QString() : QStringLiteral(" AND status = ?")));
    query.addBindValue(reportArn);
    if (!status.isEmpty())
        query.addBindValue(status);
    if (!query.exec())
        return queryError(tr("Reading the test cases of %1").arg(reportArn), query);
    QList<StoredTestCase> found;
    while (query.next()) {
        TestCase testCase{query.value(1).toString(),   query.value(2).toString(), query.value(0).toString(),
                          query.value(3).toLongLong(), query.value(4).toString(), query.value(5).toString()};
        found.append({testCase, reportArn, query.value(6).toString()});
    }
    return found;
}

Result<QList<FileCoverage>> ReportStore::coverages(const QString &reportArn) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT file_path, lines_covered, lines_missed, branches_covered, branches_missed "
                                 "FROM code_coverages WHERE report_arn = ? ORDER BY position"));
    query.addBindValue(reportArn);
    if (!query.exec())
        return queryError(tr("Reading the coverage of %1").arg(reportArn), query);
    QList<FileCoverage> found;
    while (query.next())
        found.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt(),
                      query.value(4).toInt()});
    return found;
}

Result<void> ReportStore::removeProject(const QString &project)
{
    return m_database.transaction([&](QSqlDatabase &connection) -> Result<void> {
        const QString prefix = project + QLatin1Char(':');
        QSqlQuery query(connection);
        for (const char *statement :
             {"DELETE FROM test_cases WHERE report_arn IN (SELECT arn FROM reports WHERE substr(build_id, 1, ?) = ?)",
              "DELETE FROM code_coverages WHERE report_arn IN "
              "(SELECT arn FROM reports WHERE substr(build_id, 1, ?) = ?)",
              "DELETE FROM reports WHERE substr(build_id, 1, ?) = ?"}) {
            query.prepare(QString::fromLatin1(statement));
            query.addBindValue(prefix.size());
            query.addBindValue(prefix);
            if (!query.exec())
                return queryError(tr("Removing the reports of %1").arg(project), query);
        }
        query.prepare(QStringLiteral("DELETE FROM report_groups WHERE project = ? AND name NOT IN "
                                     "(SELECT group_name FROM reports)"));
        query.addBindValue(project);
        if (!query.exec())
            return queryError(tr("Removing the reports of %1").arg(project), query);
        return {};
    });
}

} // namespace BuildDeck::Reports
