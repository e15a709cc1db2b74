#pragma once

#include "reports/reportstore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// builddeck-cli's verbs for test and coverage reports, with the names, options and JSON shapes of
// the AWS CLI's codebuild commands (reference §6).
class ReportCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    explicit ReportCommands(QString dataDir);

    int listReportGroups(const QString &sortOrder);
    int batchGetReportGroups(const QStringList &arns);
    int listReportsForReportGroup(const QString &groupArn, const QString &sortOrder, const QString &filter);
    int batchGetReports(const QStringList &arns);
    int describeTestCases(const QString &reportArn, const QString &filter);
    int describeCodeCoverages(const QString &reportArn, const QString &sortBy, const QString &sortOrder,
                              const QString &minimum, const QString &maximum);

private:
    BuildDeck::Reports::ReportStore *store();
    // A --filter's status ("status=FAILED" or {"status": "FAILED"}); nothing after saying what is
    // wrong with it.
    static std::optional<QString> statusFilter(const QString &option, const QString &filter);
    static std::optional<bool> newestFirst(const QString &sortOrder);
    // The report `reportArn` names; nothing, with `failure` set after saying why, when there is none.
    std::optional<BuildDeck::Reports::ReportRecord> existingReport(const QString &reportArn, int &failure);

    QString m_dataDir;
    std::unique_ptr<BuildDeck::Reports::ReportStore> m_store;
};
