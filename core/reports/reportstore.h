#pragma once

#include "report.h"

#include "history/database.h"
#include "support/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace BuildDeck::Reports {

// The reports of every build, by report group, in the data directory's database (ARCHITECTURE §4).
// Reads and writes on the calling thread's connection, so it may be used from any thread.
class ReportStore final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::ReportStore)

public:
    explicit ReportStore(History::Database database);

    // Stores a report with its cases or coverage, making its group when it is new. A group keeps
    // one type: a report of the other type is refused, naming the group.
    Result<void> add(const ReportRecord &report, const QString &project, const QList<StoredTestCase> &testCases,
                     const QList<FileCoverage> &files);

    // Every report group (of `project` when given), by name.
    Result<QList<ReportGroupRecord>> groups(const QString &project = {}) const;
    Result<ReportGroupRecord> group(const QString &name) const;
    // A group's reports, newest first (or oldest first), of one status when given.
    Result<QList<ReportRecord>> reportsOf(const QString &groupName, bool newestFirst = true,
                                          const QString &status = {}) const;
    Result<QList<ReportRecord>> reportsOfBuild(const QString &buildId) const;
    // The reports found, in the order asked for, and the ARNs that were not.
    Result<QPair<QList<ReportRecord>, QStringList>> reports(const QStringList &arns) const;
    // A report's test cases in the order stored, of one status when given.
    Result<QList<StoredTestCase>> testCases(const QString &reportArn, const QString &status = {}) const;
    Result<QList<FileCoverage>> coverages(const QString &reportArn) const;

    // Forgets the reports of the builds of `project` (its groups stay while other builds use them).
    Result<void> removeProject(const QString &project);

private:
    Result<QList<ReportRecord>> select(const QString &where, const QVariantList &values) const;

    History::Database m_database;
};

} // namespace BuildDeck::Reports
