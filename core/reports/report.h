#pragma once

#include "reportparser.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace BuildDeck::Reports {

// A report's test figures (reference §6.2, TestReportSummary).
struct TestSummary
{
    int total = 0;
    QMap<QString, int> statusCounts; // SUCCEEDED, FAILED, ERROR, SKIPPED, UNKNOWN
    qint64 durationInNanoSeconds = 0;

    int count(const QString &status) const { return statusCounts.value(status); }
    // Succeeded cases out of those that ran (skipped ones left out), 0..100; 100 when none ran.
    double passRate() const;
    friend bool operator==(const TestSummary &, const TestSummary &) = default;
};

// A report's coverage figures (reference §6.2, CodeCoverageReportSummary).
struct CoverageSummary
{
    int linesCovered = 0;
    int linesMissed = 0;
    int branchesCovered = 0;
    int branchesMissed = 0;
    double lineCoveragePercentage() const;
    double branchCoveragePercentage() const;
    friend bool operator==(const CoverageSummary &, const CoverageSummary &) = default;
};

// One report: a report group's results from one build (reference §6.2, batch-get-reports).
struct ReportRecord
{
    QString arn; // arn:aws:codebuild:<region>:000000000000:report/<group>:<uuid>
    ReportType type = ReportType::Test;
    QString groupName;
    QString groupArn;
    QString buildId;
    QString executionId; // the build's ARN
    QString status;      // SUCCEEDED, FAILED, INCOMPLETE
    QDateTime created;
    bool truncated = false;
    std::optional<TestSummary> testSummary;
    std::optional<CoverageSummary> coverageSummary;

    QDateTime expired() const { return created.addDays(30); }
    QJsonObject toJson() const;
    static ReportRecord fromJson(const QJsonObject &object, const QString &buildId);
    friend bool operator==(const ReportRecord &, const ReportRecord &) = default;
};

// A report group (reference §6.3): `<project>-<name>` for a buildspec's plain name.
struct ReportGroupRecord
{
    QString arn; // arn:aws:codebuild:<region>:000000000000:report-group/<name>
    QString name;
    ReportType type = ReportType::Test;
    QString project;
    QDateTime created;
    QDateTime lastModified;

    QJsonObject toJson() const;
    friend bool operator==(const ReportGroupRecord &, const ReportGroupRecord &) = default;
};

// A test case as stored: the case, its report and the raw file it came from.
struct StoredTestCase
{
    TestCase testCase;
    QString reportArn;
    QString testRawDataPath;

    QJsonObject toJson(const QDateTime &expired) const; // describe-test-cases' shape
    friend bool operator==(const StoredTestCase &, const StoredTestCase &) = default;
};

// describe-code-coverages' shape of one file's coverage.
QJsonObject coverageJson(const FileCoverage &file, const QString &reportArn, int position);

QString reportGroupArn(const QString &name, const QString &region);
// The group a buildspec's `reports` key means: the name in an ARN, else `<project>-<key>`.
QString reportGroupName(const QString &key, const QString &project);

} // namespace BuildDeck::Reports
