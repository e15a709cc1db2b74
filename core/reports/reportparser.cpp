#include "reportparser.h"

#include "cloverparser.h"
#include "coberturaparser.h"
#include "cucumberparser.h"
#include "jacocoparser.h"
#include "junitparser.h"
#include "lcovparser.h"
#include "nunit3parser.h"
#include "nunitparser.h"
#include "reportvalues.h"
#include "simplecovparser.h"
#include "testngparser.h"
#include "trxparser.h"

#include <new>

namespace BuildDeck::Reports {

namespace {

// Nothing but white space, perhaps after a UTF-8 byte order mark.
bool isBlank(const QByteArray &data)
{
    const qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (qsizetype i = start; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

Result<ParsedReport> parseFormat(Spec::ReportFormat format, const QByteArray &data, const QString &fileName)
{
    switch (format) {
    case Spec::ReportFormat::JunitXml:
        return JunitParser::parse(data, fileName);
    case Spec::ReportFormat::CucumberJson:
        return CucumberParser::parse(data, fileName);
    case Spec::ReportFormat::TestNgXml:
        return TestNgParser::parse(data, fileName);
    case Spec::ReportFormat::VisualStudioTrx:
        return TrxParser::parse(data, fileName);
    case Spec::ReportFormat::NunitXml:
        return NunitParser::parse(data, fileName);
    case Spec::ReportFormat::Nunit3Xml:
        return Nunit3Parser::parse(data, fileName);
    case Spec::ReportFormat::CloverXml:
        return CloverParser::parse(data, fileName);
    case Spec::ReportFormat::CoberturaXml:
        return CoberturaParser::parse(data, fileName);
    case Spec::ReportFormat::JacocoXml:
        return JacocoParser::parse(data, fileName);
    case Spec::ReportFormat::SimpleCov:
        return SimpleCovParser::parse(data, fileName);
    case Spec::ReportFormat::Lcov:
        return LcovParser::parse(data, fileName);
    }
    return makeError(ErrorCode::Internal, QStringLiteral("unknown report format %1").arg(int(format)));
}

} // namespace

ReportType reportType(Spec::ReportFormat format)
{
    switch (format) {
    case Spec::ReportFormat::JunitXml:
    case Spec::ReportFormat::CucumberJson:
    case Spec::ReportFormat::TestNgXml:
    case Spec::ReportFormat::VisualStudioTrx:
    case Spec::ReportFormat::NunitXml:
    case Spec::ReportFormat::Nunit3Xml:
        return ReportType::Test;
    case Spec::ReportFormat::CloverXml:
    case Spec::ReportFormat::CoberturaXml:
    case Spec::ReportFormat::JacocoXml:
    case Spec::ReportFormat::SimpleCov:
    case Spec::ReportFormat::Lcov:
        return ReportType::CodeCoverage;
    }
    return ReportType::Test;
}

QString reportTypeName(ReportType type)
{
    switch (type) {
    case ReportType::Test:
        return QStringLiteral("TEST");
    case ReportType::CodeCoverage:
        return QStringLiteral("CODE_COVERAGE");
    }
    return QStringLiteral("TEST");
}

double FileCoverage::lineCoveragePercentage() const
{
    const double total = double(linesCovered) + double(linesMissed);
    return total > 0 ? 100.0 * linesCovered / total : 0.0;
}

double FileCoverage::branchCoveragePercentage() const
{
    const double total = double(branchesCovered) + double(branchesMissed);
    return total > 0 ? 100.0 * branchesCovered / total : 0.0;
}

Result<ParsedReport> ReportParser::parse(Spec::ReportFormat format, const QByteArray &data, const QString &fileName)
{
    if (isBlank(data))
        return ReportValues::invalid(format, fileName, 1, 1, tr("the file is empty"));
    try {
        Result<ParsedReport> result = parseFormat(format, data, fileName);
        if (result)
            result->type = reportType(format);
        return result;
    } catch (const std::bad_alloc &) {
        return makeError(ErrorCode::Internal,
                         tr("%1 is too large to read as a %2 report").arg(fileName, Spec::reportFormatName(format)));
    }
}

} // namespace BuildDeck::Reports
