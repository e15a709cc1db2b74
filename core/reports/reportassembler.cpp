#include "reportassembler.h"

#include <QHash>

#include <algorithm>

namespace BuildDeck::Reports {

ReportAssembler::ReportAssembler(Spec::ReportFormat format)
    : m_format(format)
    , m_type(reportType(format))
{
}

void ReportAssembler::add(const QString &rawPath, const QByteArray &data)
{
    const Result<ParsedReport> parsed = ReportParser::parse(m_format, data, rawPath);
    if (!parsed) {
        m_log << QStringLiteral("Skipping report file %1: %2").arg(rawPath, parsed.error().message);
        return;
    }
    ++m_filesRead;
    for (const QString &warning : parsed->warnings)
        m_log << QStringLiteral("Report file %1: %2").arg(rawPath, warning);
    for (TestCase testCase : parsed->testCases) {
        testCase.name.truncate(maxNameLength);
        testCase.message.truncate(maxMessageLength);
        m_cases.append({std::move(testCase), {}, rawPath});
    }
    // Coverage of one source file in several raw files is merged.
    for (const FileCoverage &file : parsed->files) {
        const auto same = std::find_if(m_files.begin(), m_files.end(),
                                       [&](const FileCoverage &known) { return known.filePath == file.filePath; });
        if (same == m_files.end()) {
            m_files.append(file);
            continue;
        }
        same->linesCovered = std::max(same->linesCovered, file.linesCovered);
        same->linesMissed = std::min(same->linesMissed, file.linesMissed);
        same->branchesCovered = std::max(same->branchesCovered, file.branchesCovered);
        same->branchesMissed = std::min(same->branchesMissed, file.branchesMissed);
    }
}

ReportAssembler::Assembled ReportAssembler::finish() const
{
    Assembled made;
    ReportRecord &record = made.record;
    record.type = m_type;
    if (m_type == ReportType::Test) {
        TestSummary summary;
        for (const StoredTestCase &stored : m_cases) {
            ++summary.total;
            ++summary.statusCounts[stored.testCase.status];
            summary.durationInNanoSeconds += stored.testCase.durationInNanoSeconds;
        }
        record.testSummary = summary;
        const bool failed = summary.count(QStringLiteral("FAILED")) + summary.count(QStringLiteral("ERROR")) > 0;
        record.status = m_filesRead == 0 ? QStringLiteral("INCOMPLETE")
                        : failed         ? QStringLiteral("FAILED")
                                         : QStringLiteral("SUCCEEDED");
        // Failures are kept first when there are more cases than a report keeps.
        made.testCases = m_cases;
        if (made.testCases.size() > maxTestCases) {
            std::stable_partition(made.testCases.begin(), made.testCases.end(), [](const StoredTestCase &stored) {
                return stored.testCase.status == QStringLiteral("FAILED") ||
                       stored.testCase.status == QStringLiteral("ERROR");
            });
            made.testCases.resize(maxTestCases);
            record.truncated = true;
        }
    } else {
        CoverageSummary summary;
        for (const FileCoverage &file : m_files) {
            summary.linesCovered += file.linesCovered;
            summary.linesMissed += file.linesMissed;
            summary.branchesCovered += file.branchesCovered;
            summary.branchesMissed += file.branchesMissed;
        }
        record.coverageSummary = summary;
        record.status = m_filesRead == 0 ? QStringLiteral("INCOMPLETE") : QStringLiteral("SUCCEEDED");
        made.files = m_files;
    }
    return made;
}

} // namespace BuildDeck::Reports
