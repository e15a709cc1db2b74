#include "report.h"

#include <QJsonArray>

namespace BuildDeck::Reports {

namespace {

double percentage(int part, int missed)
{
    const int whole = part + missed;
    return whole == 0 ? 0.0 : 100.0 * part / whole;
}

double seconds(const QDateTime &time)
{
    return double(time.toMSecsSinceEpoch()) / 1000.0;
}

QDateTime timeFrom(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qRound64(value.toDouble() * 1000.0), Qt::UTC)
                            : QDateTime();
}

const QStringList &statuses()
{
    static const QStringList names{QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED"), QStringLiteral("ERROR"),
                                   QStringLiteral("SKIPPED"), QStringLiteral("UNKNOWN")};
    return names;
}

} // namespace

double TestSummary::passRate() const
{
    const int ran = total - count(QStringLiteral("SKIPPED"));
    return ran <= 0 ? 100.0 : 100.0 * count(QStringLiteral("SUCCEEDED")) / ran;
}

double CoverageSummary::lineCoveragePercentage() const
{
    return percentage(linesCovered, linesMissed);
}

double CoverageSummary::branchCoveragePercentage() const
{
    return percentage(branchesCovered, branchesMissed);
}

QJsonObject ReportRecord::toJson() const
{
    QJsonObject object{{QStringLiteral("arn"), arn},
                       {QStringLiteral("type"), reportTypeName(type)},
                       {QStringLiteral("name"), groupName},
                       {QStringLiteral("reportGroupArn"), groupArn},
                       {QStringLiteral("executionId"), executionId},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("created"), seconds(created)},
                       {QStringLiteral("expired"), seconds(expired())},
                       {QStringLiteral("exportConfig"),
                        QJsonObject{{QStringLiteral("exportConfigType"), QStringLiteral("NO_EXPORT")}}},
                       {QStringLiteral("truncated"), truncated}};
    if (testSummary) {
        QJsonObject counts;
        for (const QString &name : statuses())
            counts.insert(name, testSummary->count(name));
        object.insert(QStringLiteral("testSummary"),
                      QJsonObject{{QStringLiteral("total"), testSummary->total},
                                  {QStringLiteral("statusCounts"), counts},
                                  {QStringLiteral("durationInNanoSeconds"), testSummary->durationInNanoSeconds}});
    }
    if (coverageSummary) {
        object.insert(
            QStringLiteral("codeCoverageSummary"),
            QJsonObject{{QStringLiteral("lineCoveragePercentage"), coverageSummary->lineCoveragePercentage()},
                        {QStringLiteral("linesCovered"), coverageSummary->linesCovered},
                        {QStringLiteral("linesMissed"), coverageSummary->linesMissed},
                        {QStringLiteral("branchCoveragePercentage"), coverageSummary->branchCoveragePercentage()},
                        {QStringLiteral("branchesCovered"), coverageSummary->branchesCovered},
                        {QStringLiteral("branchesMissed"), coverageSummary->branchesMissed}});
    }
    return object;
}

ReportRecord ReportRecord::fromJson(const QJsonObject &object, const QString &buildId)
{
    ReportRecord record;
    record.arn = object.value(QStringLiteral("arn")).toString();
    record.type = object.value(QStringLiteral("type")).toString() == QStringLiteral("CODE_COVERAGE")
                      ? ReportType::CodeCoverage
                      : ReportType::Test;
    record.groupName = object.value(QStringLiteral("name")).toString();
    record.groupArn = object.value(QStringLiteral("reportGroupArn")).toString();
    record.buildId = buildId;
    record.executionId = object.value(QStringLiteral("executionId")).toString();
    record.status = object.value(QStringLiteral("status")).toString();
    record.created = timeFrom(object.value(QStringLiteral("created")));
    record.truncated = object.value(QStringLiteral("truncated")).toBool();
    if (object.contains(QStringLiteral("testSummary"))) {
        const QJsonObject summary = object.value(QStringLiteral("testSummary")).toObject();
        TestSummary tests;
        tests.total = summary.value(QStringLiteral("total")).toInt();
        tests.durationInNanoSeconds = qint64(summary.value(QStringLiteral("durationInNanoSeconds")).toDouble());
        const QJsonObject counts = summary.value(QStringLiteral("statusCounts")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            if (it.value().toInt() != 0)
                tests.statusCounts.insert(it.key(), it.value().toInt());
        }
        record.testSummary = tests;
    }
    if (object.contains(QStringLiteral("codeCoverageSummary"))) {
        const QJsonObject summary = object.value(QStringLiteral("codeCoverageSummary")).toObject();
        record.coverageSummary = CoverageSummary{summary.value(QStringLiteral("linesCovered")).toInt(),
                                                 summary.value(QStringLiteral("linesMissed")).toInt(),
                                                 summary.value(QStringLiteral("branchesCovered")).toInt(),
                                                 summary.value(QStringLiteral("branchesMissed")).toInt()};
    }
    return record;
}

QJsonObject ReportGroupRecord::toJson() const
{
    return {{QStringLiteral("arn"), arn},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), reportTypeName(type)},
            {QStringLiteral("exportConfig"),
             QJsonObject{{QStringLiteral("exportConfigType"), QStringLiteral("NO_EXPORT")}}},
            {QStringLiteral("created"), seconds(created)},
            {QStringLiteral("lastModified"), seconds(lastModified)},
            {QStringLiteral("tags"), QJsonArray{}},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")}};
}

QJsonObject StoredTestCase::toJson(const QDateTime &expired) const
{
    return {{QStringLiteral("reportArn"), reportArn},
            {QStringLiteral("testRawDataPath"), testRawDataPath},
            {QStringLiteral("prefix"), testCase.prefix},
            {QStringLiteral("name"), testCase.name},
            {QStringLiteral("status"), testCase.status},
            {QStringLiteral("durationInNanoSeconds"), testCase.durationInNanoSeconds},
            {QStringLiteral("message"), testCase.message},
            {QStringLiteral("expired"), seconds(expired)},
            {QStringLiteral("testSuiteName"), testCase.testSuiteName}};
}

QJsonObject coverageJson(const FileCoverage &file, const QString &reportArn, int position)
{
    return {{QStringLiteral("id"), QStringLiteral("%1:%2").arg(reportArn).arg(position)},
            {QStringLiteral("reportARN"), reportArn},
            {QStringLiteral("filePath"), file.filePath},
            {QStringLiteral("lineCoveragePercentage"), file.lineCoveragePercentage()},
            {QStringLiteral("linesCovered"), file.linesCovered},
            {QStringLiteral("linesMissed"), file.linesMissed},
            {QStringLiteral("branchCoveragePercentage"), file.branchCoveragePercentage()},
            {QStringLiteral("branchesCovered"), file.branchesCovered},
            {QStringLiteral("branchesMissed"), file.branchesMissed}};
}

QString reportGroupArn(const QString &name, const QString &region)
{
    return QStringLiteral("arn:aws:codebuild:%1:000000000000:report-group/%2").arg(region, name);
}

QString reportGroupName(const QString &key, const QString &project)
{
    const QString marker = QStringLiteral(":report-group/");
    if (key.startsWith(QStringLiteral("arn:")) && key.contains(marker))
        return key.section(marker, 1);
    return project + QLatin1Char('-') + key;
}

} // namespace BuildDeck::Reports
