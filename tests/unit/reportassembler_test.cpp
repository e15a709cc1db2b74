#include "stringmakers.h"

#include "reports/reportassembler.h"

#include <catch2/catch.hpp>

using namespace BuildDeck;
using Reports::ReportAssembler;

namespace {

QByteArray junit(int passed, int failed, int skipped = 0)
{
    QByteArray xml = "<testsuite name=\"suite\">";
    for (int i = 0; i < passed; ++i)
        xml += "<testcase classname=\"c\" name=\"pass" + QByteArray::number(i) + "\" time=\"0.5\"/>";
    for (int i = 0; i < failed; ++i)
        xml += "<testcase classname=\"c\" name=\"fail" + QByteArray::number(i) +
               "\" time=\"1\"><failure message=\"boom\"/></testcase>";
    for (int i = 0; i < skipped; ++i)
        xml += "<testcase classname=\"c\" name=\"skip" + QByteArray::number(i) + "\"><skipped/></testcase>";
    return xml + "</testsuite>";
}

} // namespace

TEST_CASE("A report's status and summary come from every raw file, a bad file is a log line", "[reports]")
{
    ReportAssembler assembler(Spec::ReportFormat::JunitXml);
    assembler.add(QStringLiteral("/src/a.xml"), junit(2, 0, 1));
    assembler.add(QStringLiteral("/src/b.xml"), junit(1, 1));
    assembler.add(QStringLiteral("/src/bad.xml"), "<testsuite><testcase");
    const ReportAssembler::Assembled made = assembler.finish();
    CHECK(made.record.status == QStringLiteral("FAILED"));
    REQUIRE(made.record.testSummary);
    CHECK(made.record.testSummary->total == 5);
    CHECK(made.record.testSummary->count(QStringLiteral("SUCCEEDED")) == 3);
    CHECK(made.record.testSummary->count(QStringLiteral("FAILED")) == 1);
    CHECK(made.record.testSummary->count(QStringLiteral("SKIPPED")) == 1);
    CHECK(made.record.testSummary->durationInNanoSeconds == 2'500'000'000);
    CHECK(made.record.testSummary->passRate() == 75.0);
    CHECK(made.testCases.at(3).testRawDataPath == QStringLiteral("/src/b.xml"));
    REQUIRE(assembler.log().size() == 1);
    CHECK(assembler.log().at(0).startsWith(QStringLiteral("Skipping report file /src/bad.xml: ")));

    ReportAssembler passing(Spec::ReportFormat::JunitXml);
    passing.add(QStringLiteral("a.xml"), junit(2, 0, 3));
    CHECK(passing.finish().record.status == QStringLiteral("SUCCEEDED"));

    ReportAssembler unreadable(Spec::ReportFormat::JunitXml);
    unreadable.add(QStringLiteral("bad.xml"), "not xml");
    CHECK(unreadable.finish().record.status == QStringLiteral("INCOMPLETE"));
}

TEST_CASE("A report keeps at most 500 cases, failures first, and says it was truncated", "[reports]")
{
    ReportAssembler assembler(Spec::ReportFormat::JunitXml);
    assembler.add(QStringLiteral("big.xml"), junit(600, 3));
    const ReportAssembler::Assembled made = assembler.finish();
    CHECK(made.record.truncated);
    CHECK(made.record.testSummary->total == 603);
    REQUIRE(made.testCases.size() == ReportAssembler::maxTestCases);
    for (int i = 0; i < 3; ++i)
        CHECK(made.testCases.at(i).testCase.status == QStringLiteral("FAILED"));
    CHECK(made.testCases.at(3).testCase.name == QStringLiteral("pass0"));
}

TEST_CASE("Coverage of one file in several raw files is merged into the report's figures", "[reports]")
{
    ReportAssembler assembler(Spec::ReportFormat::Lcov);
    assembler.add(QStringLiteral("a.info"), "SF:src/a.c\nDA:1,1\nDA:2,0\nDA:3,1\nend_of_record\n");
    assembler.add(QStringLiteral("b.info"), "SF:src/b.c\nDA:1,0\nend_of_record\n");
    const ReportAssembler::Assembled made = assembler.finish();
    CHECK(made.record.type == Reports::ReportType::CodeCoverage);
    CHECK(made.record.status == QStringLiteral("SUCCEEDED"));
    REQUIRE(made.files.size() == 2);
    REQUIRE(made.record.coverageSummary);
    CHECK(made.record.coverageSummary->linesCovered == 2);
    CHECK(made.record.coverageSummary->linesMissed == 2);
    CHECK(made.record.coverageSummary->lineCoveragePercentage() == 50.0);
}
