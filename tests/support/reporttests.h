#pragma once

#include "stringmakers.h"

#include "reports/reportparser.h"
#include "reports/reportvalues.h"

#include <catch2/catch.hpp>

#include <optional>

// What the report parser tests share: how Catch prints cases and coverage, and helpers that parse
// or fail with the reason shown.
namespace Catch {

template <>
struct StringMaker<BuildDeck::Reports::TestCase>
{
    static std::string convert(const BuildDeck::Reports::TestCase &test)
    {
        return QStringLiteral("{%1 | %2 | %3 | %4 ns | %5 | %6}")
            .arg(test.prefix, test.name, test.status)
            .arg(test.durationInNanoSeconds)
            .arg(test.message, test.testSuiteName)
            .toStdString();
    }
};

template <>
struct StringMaker<BuildDeck::Reports::FileCoverage>
{
    static std::string convert(const BuildDeck::Reports::FileCoverage &file)
    {
        return QStringLiteral("{%1: lines %2/%3, branches %4/%5}")
            .arg(file.filePath)
            .arg(file.linesCovered)
            .arg(file.linesMissed)
            .arg(file.branchesCovered)
            .arg(file.branchesMissed)
            .toStdString();
    }
};

} // namespace Catch

namespace ReportTests {

using BuildDeck::Reports::FileCoverage;
using BuildDeck::Reports::ParsedReport;
using BuildDeck::Reports::ReportParser;
using BuildDeck::Reports::ReportValues;
using BuildDeck::Reports::TestCase;
using BuildDeck::Spec::ReportFormat;

inline ParsedReport parsed(ReportFormat format, const QByteArray &data,
                           const QString &fileName = QStringLiteral("report"))
{
    const BuildDeck::Result<ParsedReport> report = ReportParser::parse(format, data, fileName);
    INFO((report ? std::string() : report.error().message.toStdString()));
    REQUIRE(report);
    return *report;
}

inline BuildDeck::Error failure(ReportFormat format, const QByteArray &data,
                                const QString &fileName = QStringLiteral("report"))
{
    const BuildDeck::Result<ParsedReport> report = ReportParser::parse(format, data, fileName);
    REQUIRE_FALSE(report);
    return report.error();
}

struct StatusCounts
{
    int succeeded = 0;
    int failed = 0;
    int error = 0;
    int skipped = 0;
    int unknown = 0;
    qint64 duration = 0;
};

inline StatusCounts countsOf(const QList<TestCase> &cases)
{
    StatusCounts counts;
    for (const TestCase &test : cases) {
        if (test.status == QLatin1String("SUCCEEDED"))
            ++counts.succeeded;
        else if (test.status == QLatin1String("FAILED"))
            ++counts.failed;
        else if (test.status == QLatin1String("ERROR"))
            ++counts.error;
        else if (test.status == QLatin1String("SKIPPED"))
            ++counts.skipped;
        else if (test.status == QLatin1String("UNKNOWN"))
            ++counts.unknown;
        counts.duration += test.durationInNanoSeconds;
    }
    return counts;
}

// The first case with that name (a copy: reports are often temporaries here).
inline std::optional<TestCase> findCase(const ParsedReport &report, const QString &name)
{
    for (const TestCase &test : report.testCases) {
        if (test.name == name)
            return test;
    }
    return std::nullopt;
}

} // namespace ReportTests
