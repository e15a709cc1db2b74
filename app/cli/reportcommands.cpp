#include "reportcommands.h"

#include "clioutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace BuildDeck;
using Reports::ReportRecord;

namespace {

// The group named by an ARN (arn:...:report-group/NAME), or the name itself.
QString groupName(const QString &arnOrName)
{
    const QString marker = QStringLiteral(":report-group/");
    return arnOrName.contains(marker) ? arnOrName.section(marker, 1) : arnOrName;
}

int storeFailure(const Error &error)
{
    return CliOutput::fail(error.message);
}

} // namespace

ReportCommands::ReportCommands(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
}

Reports::ReportStore *ReportCommands::store()
{
    if (!m_store) {
        std::optional<History::Database> database = CliOutput::openDatabase(m_dataDir);
        if (!database)
            return nullptr;
        m_store = std::make_unique<Reports::ReportStore>(std::move(*database));
    }
    return m_store.get();
}

std::optional<QString> ReportCommands::statusFilter(const QString &option, const QString &filter)
{
    static const QStringList statuses{QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED"),
                                      QStringLiteral("ERROR"),     QStringLiteral("SKIPPED"),
                                      QStringLiteral("UNKNOWN"),   QStringLiteral("GENERATING"),
                                      QStringLiteral("INCOMPLETE")};
    if (filter.isEmpty())
        return QString();
    QString status;
    if (filter.trimmed().startsWith(QLatin1Char('{'))) {
        status = QJsonDocument::fromJson(filter.toUtf8()).object().value(QStringLiteral("status")).toString();
    } else if (filter.startsWith(QStringLiteral("status="), Qt::CaseInsensitive)) {
        status = filter.mid(7);
    }
    if (!statuses.contains(status)) {
        CliOutput::fail(tr("%1: '%2' is not status=STATUS (one of %3)").arg(option, filter, statuses.join(u", ")),
                        CliOutput::UsageError);
        return std::nullopt;
    }
    return status;
}

std::optional<bool> ReportCommands::newestFirst(const QString &sortOrder)
{
    if (sortOrder.isEmpty() || sortOrder == QStringLiteral("DESCENDING"))
        return true;
    if (sortOrder == QStringLiteral("ASCENDING"))
        return false;
    CliOutput::fail(tr("--sort-order: %1 is not one of ASCENDING, DESCENDING").arg(sortOrder), CliOutput::UsageError);
    return std::nullopt;
}

int ReportCommands::listReportGroups(const QString &sortOrder)
{
    const std::optional<bool> descending = newestFirst(sortOrder.isEmpty() ? QStringLiteral("ASCENDING") : sortOrder);
    if (!descending)
        return CliOutput::UsageError;
    if (!store())
        return CliOutput::Failure;
    const auto groups = m_store->groups();
    if (!groups)
        return storeFailure(groups.error());
    QStringList arns;
    for (const Reports::ReportGroupRecord &group : *groups)
        arns.append(group.arn);
    if (*descending)
        std::reverse(arns.begin(), arns.end());
    CliOutput::printJson({{QStringLiteral("reportGroups"), QJsonArray::fromStringList(arns)}});
    return CliOutput::Success;
}

int ReportCommands::batchGetReportGroups(const QStringList &arns)
{
    if (arns.isEmpty())
        return CliOutput::fail(tr("--report-group-arns is required"), CliOutput::UsageError);
    if (!store())
        return CliOutput::Failure;
    QJsonArray found;
    QJsonArray missing;
    for (const QString &arn : arns) {
        const auto group = m_store->group(groupName(arn));
        if (group)
            found.append(group->toJson());
        else if (group.error().code == ErrorCode::NotFound)
            missing.append(arn);
        else
            return storeFailure(group.error());
    }
    CliOutput::printJson({{QStringLiteral("reportGroups"), found}, {QStringLiteral("reportGroupsNotFound"), missing}});
    return CliOutput::Success;
}

int ReportCommands::listReportsForReportGroup(const QString &groupArn, const QString &sortOrder, const QString &filter)
{
    if (groupArn.isEmpty())
        return CliOutput::fail(tr("--report-group-arn is required"), CliOutput::UsageError);
    const std::optional<bool> descending = newestFirst(sortOrder);
    const std::optional<QString> status = statusFilter(QStringLiteral("--filter"), filter);
    if (!descending || !status)
        return CliOutput::UsageError;
    if (!store())
        return CliOutput::Failure;
    if (const auto group = m_store->group(groupName(groupArn)); !group)
        return CliOutput::fail(tr("--report-group-arn: %1").arg(group.error().message),
                               group.error().code == ErrorCode::NotFound ? CliOutput::UsageError : CliOutput::Failure);
    const auto reports = m_store->reportsOf(groupName(groupArn), *descending, *status);
    if (!reports)
        return storeFailure(reports.error());
    QJsonArray arns;
    for (const ReportRecord &report : *reports)
        arns.append(report.arn);
    CliOutput::printJson({{QStringLiteral("reports"), arns}});
    return CliOutput::Success;
}

int ReportCommands::batchGetReports(const QStringList &arns)
{
    if (arns.isEmpty())
        return CliOutput::fail(tr("--report-arns is required"), CliOutput::UsageError);
    if (!store())
        return CliOutput::Failure;
    const auto found = m_store->reports(arns);
    if (!found)
        return storeFailure(found.error());
    QJsonArray reports;
    for (const ReportRecord &report : found->first)
        reports.append(report.toJson());
    CliOutput::printJson({{QStringLiteral("reports"), reports},
                          {QStringLiteral("reportsNotFound"), QJsonArray::fromStringList(found->second)}});
    return CliOutput::Success;
}

std::optional<ReportRecord> ReportCommands::existingReport(const QString &reportArn, int &failure)
{
    if (!store()) {
        failure = CliOutput::Failure;
        return std::nullopt;
    }
    const auto report = m_store->reports({reportArn});
    if (!report) {
        failure = storeFailure(report.error());
        return std::nullopt;
    }
    if (report->first.isEmpty()) {
        failure = CliOutput::fail(tr("--report-arn: there is no report %1").arg(reportArn), CliOutput::UsageError);
        return std::nullopt;
    }
    return report->first.constFirst();
}

int ReportCommands::describeTestCases(const QString &reportArn, const QString &filter)
{
    if (reportArn.isEmpty())
        return CliOutput::fail(tr("--report-arn is required"), CliOutput::UsageError);
    const std::optional<QString> status = statusFilter(QStringLiteral("--filter"), filter);
    if (!status)
        return CliOutput::UsageError;
    int failure = CliOutput::Success;
    const std::optional<ReportRecord> report = existingReport(reportArn, failure);
    if (!report)
        return failure;
    const auto cases = m_store->testCases(reportArn, *status);
    if (!cases)
        return storeFailure(cases.error());
    QJsonArray entries;
    for (const Reports::StoredTestCase &testCase : *cases)
        entries.append(testCase.toJson(report->expired()));
    CliOutput::printJson({{QStringLiteral("testCases"), entries}});
    return CliOutput::Success;
}

int ReportCommands::describeCodeCoverages(const QString &reportArn, const QString &sortBy, const QString &sortOrder,
                                          const QString &minimum, const QString &maximum)
{
    if (reportArn.isEmpty())
        return CliOutput::fail(tr("--report-arn is required"), CliOutput::UsageError);
    if (!sortBy.isEmpty() && sortBy != QStringLiteral("FILE_PATH") &&
        sortBy != QStringLiteral("LINE_COVERAGE_PERCENTAGE"))
        return CliOutput::fail(tr("--sort-by: %1 is not one of FILE_PATH, LINE_COVERAGE_PERCENTAGE").arg(sortBy),
                               CliOutput::UsageError);
    const std::optional<bool> descending = newestFirst(sortOrder.isEmpty() ? QStringLiteral("ASCENDING") : sortOrder);
    if (!descending)
        return CliOutput::UsageError;
    double bounds[2] = {0.0, 100.0};
    const QPair<const char *, QString> given[2] = {{"--min-line-coverage-percentage", minimum},
                                                   {"--max-line-coverage-percentage", maximum}};
    for (int i = 0; i < 2; ++i) {
        if (given[i].second.isEmpty())
            continue;
        bool ok = false;
        bounds[i] = given[i].second.toDouble(&ok);
        if (!ok || bounds[i] < 0 || bounds[i] > 100)
            return CliOutput::fail(
                tr("%1: '%2' is not a percentage from 0 to 100").arg(QLatin1String(given[i].first), given[i].second),
                CliOutput::UsageError);
    }
    int failure = CliOutput::Success;
    const std::optional<ReportRecord> report = existingReport(reportArn, failure);
    if (!report)
        return failure;
    const auto files = m_store->coverages(reportArn);
    if (!files)
        return storeFailure(files.error());
    QList<QPair<int, Reports::FileCoverage>> kept;
    for (qsizetype i = 0; i < files->size(); ++i) {
        const double percentage = files->at(i).lineCoveragePercentage();
        if (percentage >= bounds[0] && percentage <= bounds[1])
            kept.append({int(i), files->at(i)});
    }
    const bool byPercentage = sortBy == QStringLiteral("LINE_COVERAGE_PERCENTAGE");
    std::stable_sort(kept.begin(), kept.end(), [&](const auto &a, const auto &b) {
        return byPercentage ? a.second.lineCoveragePercentage() < b.second.lineCoveragePercentage()
                            : a.second.filePath < b.second.filePath;
    });
    if (*descending)
        std::reverse(kept.begin(), kept.end());
    QJsonArray entries;
    for (const auto &[position, file] : std::as_const(kept))
        entries.append(Reports::coverageJson(file, reportArn, position));
    CliOutput::printJson({{QStringLiteral("codeCoverages"), entries}});
    return CliOutput::Success;
}
