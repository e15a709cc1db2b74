// libFuzzer target: every test and coverage report parser on the same bytes. Whatever they are,
// each parser ends with a report or an error naming the file, never a crash, a hang or a leak; and
// what a report holds is consistent (known statuses, no negative counts or durations, coverage from 0 to 100%).

#include "reports/reportparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace BuildDeck;
    using Spec::ReportFormat;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const ReportFormat format :
         {ReportFormat::JunitXml, ReportFormat::CucumberJson, ReportFormat::TestNgXml, ReportFormat::VisualStudioTrx,
          ReportFormat::NunitXml, ReportFormat::Nunit3Xml, ReportFormat::CloverXml, ReportFormat::CoberturaXml,
          ReportFormat::JacocoXml, ReportFormat::SimpleCov, ReportFormat::Lcov}) {
        const Result<Reports::ParsedReport> report =
            Reports::ReportParser::parse(format, bytes, QStringLiteral("fuzzed.report"));
        if (!report) {
            if (report.error().message.isEmpty())
                std::abort();
            continue;
        }
        static const QStringList statuses{QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED"),
                                          QStringLiteral("ERROR"), QStringLiteral("SKIPPED"),
                                          QStringLiteral("UNKNOWN")};
        for (const Reports::TestCase &testCase : report->testCases) {
            if (!statuses.contains(testCase.status) || testCase.durationInNanoSeconds < 0)
                std::abort();
        }
        for (const Reports::FileCoverage &file : report->files) {
            if (file.linesCovered < 0 || file.linesMissed < 0 || file.branchesCovered < 0 || file.branchesMissed < 0 ||
                file.lineCoveragePercentage() < 0 || file.lineCoveragePercentage() > 100)
                std::abort();
        }
    }
    return 0;
}
