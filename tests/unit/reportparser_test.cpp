#include "reporttests.h"
#include "stringmakers.h"

#include "reports/reportparser.h"
#include "reports/reportvalues.h"
#include "reports/trxparser.h"

#include <catch2/catch.hpp>

#include <optional>
#include <random>

using namespace BuildDeck;
using namespace ReportTests;

TEST_CASE("Report formats are TEST or CODE_COVERAGE, and coverage percentages follow", "[reports]")
{
    CHECK(Reports::reportType(ReportFormat::JunitXml) == Reports::ReportType::Test);
    CHECK(Reports::reportType(ReportFormat::CucumberJson) == Reports::ReportType::Test);
    CHECK(Reports::reportType(ReportFormat::VisualStudioTrx) == Reports::ReportType::Test);
    CHECK(Reports::reportType(ReportFormat::Nunit3Xml) == Reports::ReportType::Test);
    CHECK(Reports::reportType(ReportFormat::JacocoXml) == Reports::ReportType::CodeCoverage);
    CHECK(Reports::reportType(ReportFormat::SimpleCov) == Reports::ReportType::CodeCoverage);
    CHECK(Reports::reportType(ReportFormat::Lcov) == Reports::ReportType::CodeCoverage);
    CHECK(Reports::reportTypeName(Reports::ReportType::Test) == QStringLiteral("TEST"));
    CHECK(Reports::reportTypeName(Reports::ReportType::CodeCoverage) == QStringLiteral("CODE_COVERAGE"));

    const FileCoverage file{QStringLiteral("a.c"), 3, 1, 1, 3};
    CHECK(file.lineCoveragePercentage() == Approx(75.0));
    CHECK(file.branchCoveragePercentage() == Approx(25.0));
    CHECK(FileCoverage{}.lineCoveragePercentage() == 0.0);
    CHECK(FileCoverage{}.branchCoveragePercentage() == 0.0);

    CHECK(parsed(ReportFormat::Lcov, "SF:a.c\nDA:1,1\nend_of_record\n").type == Reports::ReportType::CodeCoverage);
    CHECK(parsed(ReportFormat::JunitXml, "<testsuite/>").type == Reports::ReportType::Test);
}

TEST_CASE("Report values: numbers as tools and locales write them, names split outside brackets", "[reports]")
{
    CHECK(ReportValues::decimal(u"1.5") == 1.5);
    CHECK(ReportValues::decimal(u" 1,5 ") == 1.5);
    CHECK(ReportValues::decimal(u"1,234.5") == 1234.5);
    CHECK(ReportValues::decimal(u"1.234,5") == 1234.5);
    CHECK(ReportValues::decimal(u"1,234,567") == 1234567.0);
    CHECK(ReportValues::decimal(u"2e-3") == 0.002);
    CHECK_FALSE(ReportValues::decimal(u"abc"));
    CHECK_FALSE(ReportValues::decimal(u""));
    CHECK_FALSE(ReportValues::decimal(u"nan"));
    CHECK_FALSE(ReportValues::decimal(u"inf"));
    CHECK(ReportValues::count(u"1,234") == 1234);
    CHECK(ReportValues::count(u"-3") == 0);
    CHECK(ReportValues::nanoseconds(-1) == 0);
    CHECK(ReportValues::nanoseconds(0.000001) == 1000);
    CHECK(ReportValues::nanoseconds(1e300) > 0);

    using Split = std::pair<QString, QString>;
    CHECK(ReportValues::splitQualifiedName(QStringLiteral("A.B.C")) ==
          Split{QStringLiteral("A.B"), QStringLiteral("C")});
    CHECK(ReportValues::splitQualifiedName(QStringLiteral("N.F.M<Double>(9.2d,11.7d)")) ==
          Split{QStringLiteral("N.F"), QStringLiteral("M<Double>(9.2d,11.7d)")});
    CHECK(ReportValues::splitQualifiedName(QStringLiteral("N.F(1.5).Test")) ==
          Split{QStringLiteral("N.F(1.5)"), QStringLiteral("Test")});
    CHECK(ReportValues::splitQualifiedName(QStringLiteral("N.F.M(\"a).b\")")) ==
          Split{QStringLiteral("N.F"), QStringLiteral("M(\"a).b\")")});
    CHECK(ReportValues::splitQualifiedName(QStringLiteral("Plain")) == Split{QString(), QStringLiteral("Plain")});

    CHECK(ReportValues::message(QStringLiteral("  one\r\n"), QStringLiteral("\ntwo\r\nthree\n")) ==
          QStringLiteral("one\ntwo\nthree"));
    CHECK(ReportValues::message(QStringLiteral("same"), QStringLiteral(" same ")) == QStringLiteral("same"));
    const QString clipped =
        ReportValues::clipped(QString(4999, QLatin1Char('x')) + QString::fromUtf8("\xF0\x9F\x98\x80"));
    CHECK(clipped.size() == 4999);

    CHECK(Reports::TrxParser::timeSpan(u"00:00:00.0597420") == 59742000);
    CHECK(Reports::TrxParser::timeSpan(u"1.02:03:04.5") == ((26 * 60 + 3) * 60 + 4) * 1000000000LL + 500000000);
    CHECK(Reports::TrxParser::timeSpan(u"00:01:02") == 62000000000LL);
    CHECK_FALSE(Reports::TrxParser::timeSpan(u"00:61:00"));
    CHECK_FALSE(Reports::TrxParser::timeSpan(u"1.5"));
    CHECK_FALSE(Reports::TrxParser::timeSpan(u"00:00:0x.1"));
}

TEST_CASE("JUnit: statuses, nested suites, classname prefixes, times and messages", "[reports][junit]")
{
    const QByteArray xml =
        "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!-- written by hand -->\n"
        "<testsuites name=\"all\" tests=\"99\" xmlns:x=\"urn:x\">\n"
        "  <testsuite name=\"outer\">\n"
        "    <testsuite name=\"inner\">\n"
        "      <testcase classname=\"a.B\" name=\"passes\" time=\"0.5\"/>\n"
        "      <testcase classname=\"a.B\" name=\"fails\" time=\"1,5\">\n"
        "        <failure message=\"expected 1\"><![CDATA[at a.B.fails(B.java:3)\n]]></failure>\n"
        "      </testcase>\n"
        "    </testsuite>\n"
        "    <testcase classname=\"a.C\" name=\"errs\" time=\"2\"><error message=\"boom\"/></testcase>\n"
        "    <testcase classname=\"a.C\" name=\"skips\"><skipped/></testcase>\n"
        "    <testcase classname=\"a.C\" time=\"1\"/>\n"
        "    <x:testcase name=\"prefixed\" time=\"1,234.5\"><system-out>out</system-out></x:testcase>\n"
        "    <testcase name=\"both\"><failure>first</failure><error>second</error></testcase>\n"
        "    <testcase name=\"odd time\" time=\"soon\"/>\n"
        "  </testsuite>\n"
        "  <testsuite><testcase name=\"anonymous suite\"/></testsuite>\n"
        "</testsuites>\n";
    const ParsedReport report = parsed(ReportFormat::JunitXml, xml);
    const QString suite = QStringLiteral("outer");
    // The warnings name lines as in the file: the CDATA section holds a line break of its own.
    CHECK(report.testCases ==
          QList<TestCase>{
              {QStringLiteral("a.B"),
               QStringLiteral("passes"),
               QStringLiteral("SUCCEEDED"),
               500000000,
               {},
               QStringLiteral("inner")},
              {QStringLiteral("a.B"), QStringLiteral("fails"), QStringLiteral("FAILED"), 1500000000,
               QStringLiteral("expected 1\nat a.B.fails(B.java:3)"), QStringLiteral("inner")},
              {QStringLiteral("a.C"), QStringLiteral("errs"), QStringLiteral("ERROR"), 2000000000,
               QStringLiteral("boom"), suite},
              {QStringLiteral("a.C"), QStringLiteral("skips"), QStringLiteral("SKIPPED"), 0, {}, suite},
              {{}, QStringLiteral("prefixed"), QStringLiteral("SUCCEEDED"), 1234500000000, {}, suite},
              {{}, QStringLiteral("both"), QStringLiteral("ERROR"), 0, QStringLiteral("first\nsecond"), suite},
              {{}, QStringLiteral("odd time"), QStringLiteral("SUCCEEDED"), 0, {}, suite},
              {{}, QStringLiteral("anonymous suite"), QStringLiteral("SUCCEEDED"), 0, {}, QStringLiteral("all")},
          });
    CHECK(report.warnings == QStringList{QStringLiteral("line 14: a <testcase> without a name"),
                                         QStringLiteral("line 17: time=\"soon\" is not a number; it counts as 0")});
    CHECK(report.files.isEmpty());
}

TEST_CASE("JUnit: a single testsuite root, a DOCTYPE, blank lines before the declaration, long messages",
          "[reports][junit]")
{
    const QByteArray xml = "\n\n<?xml version=\"1.0\"?>\n"
                           "<!DOCTYPE testsuite SYSTEM \"http://example.invalid/junit.dtd\">\n"
                           "<testsuite name=\"s\"><testcase classname=\"c\" name=\"long\"><failure>" +
                           QByteArray(20000, 'x') + "</failure></testcase>\n<testcase/></testsuite>";
    const ParsedReport report = parsed(ReportFormat::JunitXml, xml);
    REQUIRE(report.testCases.size() == 1);
    CHECK(report.testCases.first().message == QString(5000, QLatin1Char('x')));
    CHECK(report.testCases.first().testSuiteName == QStringLiteral("s"));
    CHECK(report.warnings == QStringList{QStringLiteral("line 6: a <testcase> without a name")});
}

TEST_CASE("NUnit 2: results, executed flags, names split into fixture and test, failure and reason messages",
          "[reports][nunit]")
{
    const QByteArray xml =
        "<test-results total=\"1\">\n"
        " <test-suite type=\"Assembly\" name=\"a.dll\"><results>\n"
        "  <test-suite type=\"TestFixture\" name=\"Fixture\"><results>\n"
        "   <test-case name=\"Ns.Fixture.Passes\" executed=\"True\" result=\"Success\" success=\"True\" "
        "time=\"0.25\"/>\n"
        "   <test-case name=\"Ns.Fixture.Fails\" executed=\"True\" result=\"Failure\" time=\"0,5\">\n"
        "    <failure><message><![CDATA[Expected 1]]></message>\n"
        "     <stack-trace><![CDATA[at Ns.Fixture.Fails()]]></stack-trace></failure></test-case>\n"
        "   <test-case name=\"Ns.Fixture.Errs\" executed=\"True\" result=\"Error\"><failure><message>boom</message>"
        "</failure></test-case>\n"
        "   <test-case name=\"Ns.Fixture.Ignored\" executed=\"False\" result=\"Ignored\"><reason><message>later"
        "</message></reason></test-case>\n"
        "   <test-case name=\"Ns.Fixture.NotRun\" executed=\"False\"/>\n"
        "   <test-case name=\"Ns.Fixture.Maybe\" executed=\"True\" result=\"Inconclusive\"/>\n"
        "   <test-case name=\"Ns.Fixture.Old\" executed=\"True\" success=\"False\"/>\n"
        "   <test-suite type=\"ParameterizedTest\" name=\"Method\"><results>\n"
        "    <test-case name=\"Ns.Fixture.Method(&quot;a.b&quot;,1.5)\" result=\"Success\"/>\n"
        "   </results></test-suite>\n"
        "   <test-case name=\"Ns.Fixture.Cancelled\" executed=\"True\" result=\"Cancelled\"/>\n"
        "  </results></test-suite>\n"
        " </results></test-suite>\n"
        "</test-results>\n";
    const ParsedReport report = parsed(ReportFormat::NunitXml, xml);
    const QString prefix = QStringLiteral("Ns.Fixture");
    const QString suite = QStringLiteral("Fixture");
    CHECK(report.testCases ==
          QList<TestCase>{
              {prefix, QStringLiteral("Passes"), QStringLiteral("SUCCEEDED"), 250000000, {}, suite},
              {prefix, QStringLiteral("Fails"), QStringLiteral("FAILED"), 500000000,
               QStringLiteral("Expected 1\nat Ns.Fixture.Fails()"), suite},
              {prefix, QStringLiteral("Errs"), QStringLiteral("ERROR"), 0, QStringLiteral("boom"), suite},
              {prefix, QStringLiteral("Ignored"), QStringLiteral("SKIPPED"), 0, QStringLiteral("later"), suite},
              {prefix, QStringLiteral("NotRun"), QStringLiteral("SKIPPED"), 0, {}, suite},
              {prefix, QStringLiteral("Maybe"), QStringLiteral("UNKNOWN"), 0, {}, suite},
              {prefix, QStringLiteral("Old"), QStringLiteral("FAILED"), 0, {}, suite},
              {prefix,
               QStringLiteral("Method(\"a.b\",1.5)"),
               QStringLiteral("SUCCEEDED"),
               0,
               {},
               QStringLiteral("Method")},
              {prefix, QStringLiteral("Cancelled"), QStringLiteral("UNKNOWN"), 0, {}, suite},
          });
    CHECK(report.warnings.isEmpty());
}

TEST_CASE("NUnit 3: results and labels, classname or fullname, duration or time, no assertion copies",
          "[reports][nunit3]")
{
    const QByteArray xml =
        "<test-run id=\"2\" total=\"100\" passed=\"100\">\n"
        " <test-suite type=\"TestFixture\" name=\"Calc\" fullname=\"Ns.Calc\">\n"
        "  <failure><message>One or more child tests had errors</message></failure>\n"
        "  <test-case name=\"Passes\" fullname=\"Ns.Calc.Passes\" classname=\"Ns.Calc\" result=\"Passed\" "
        "duration=\"0.000238\"/>\n"
        "  <test-case name=\"Fails\" fullname=\"Ns.Calc.Fails\" classname=\"Ns.Calc\" result=\"Failed\" "
        "duration=\"1\">\n"
        "   <failure><message><![CDATA[  Expected: 3\n  But was:  2\n]]></message>"
        "<stack-trace><![CDATA[   at Ns.Calc.Fails()\n]]></stack-trace></failure>\n"
        "   <assertions><assertion result=\"Failed\"><message>copy</message></assertion></assertions>\n"
        "  </test-case>\n"
        "  <test-case name=\"Throws\" fullname=\"Ns.Calc.Throws\" result=\"Failed\" label=\"Error\" time=\"0.5\">"
        "<failure><message>System.Exception : Test</message></failure></test-case>\n"
        "  <test-case name=\"Slow\" fullname=\"Ns.Calc.Slow\" result=\"Failed\" label=\"Test exceeded Timeout value "
        "1ms.\"><failure/></test-case>\n"
        "  <test-case name=\"Later\" fullname=\"Ns.Calc.Later\" result=\"Skipped\" label=\"Ignored\"><reason>"
        "<message>Skipped</message></reason></test-case>\n"
        "  <test-case name=\"Maybe\" fullname=\"Ns.Calc.Maybe\" result=\"Inconclusive\"/>\n"
        "  <test-case name=\"Warns\" fullname=\"Ns.Calc.Warns\" result=\"Warning\"/>\n"
        "  <test-case name=\"Test1\" fullname=\"Ns.Fixture(4.2).Test1\" result=\"Passed\"/>\n"
        " </test-suite>\n"
        "</test-run>\n";
    const ParsedReport report = parsed(ReportFormat::Nunit3Xml, xml);
    const QString prefix = QStringLiteral("Ns.Calc");
    const QString suite = QStringLiteral("Calc");
    CHECK(report.testCases ==
          QList<TestCase>{
              {prefix, QStringLiteral("Passes"), QStringLiteral("SUCCEEDED"), 238000, {}, suite},
              {prefix, QStringLiteral("Fails"), QStringLiteral("FAILED"), 1000000000,
               QStringLiteral("Expected: 3\n  But was:  2\nat Ns.Calc.Fails()"), suite},
              {prefix, QStringLiteral("Throws"), QStringLiteral("ERROR"), 500000000,
               QStringLiteral("System.Exception : Test"), suite},
              {prefix, QStringLiteral("Slow"), QStringLiteral("FAILED"), 0,
               QStringLiteral("Test exceeded Timeout value 1ms."), suite},
              {prefix, QStringLiteral("Later"), QStringLiteral("SKIPPED"), 0, QStringLiteral("Skipped"), suite},
              {prefix, QStringLiteral("Maybe"), QStringLiteral("UNKNOWN"), 0, {}, suite},
              {prefix, QStringLiteral("Warns"), QStringLiteral("UNKNOWN"), 0, {}, suite},
              {QStringLiteral("Ns.Fixture(4.2)"), QStringLiteral("Test1"), QStringLiteral("SUCCEEDED"), 0, {}, suite},
          });
}

TEST_CASE("TestNG: test methods are cases, configuration methods are not, a failed one is a warning",
          "[reports][testng]")
{
    const QByteArray xml =
        "<testng-results total=\"121\" passed=\"121\">\n"                                          // 1
        " <suite name=\"Suite\">\n"                                                                // 2
        "  <test name=\"Unit\">\n"                                                                 // 3
        "   <class name=\"com.example.CalcTest\">\n"                                               // 4
        "    <test-method status=\"FAIL\" name=\"setUp\" is-config=\"true\" duration-ms=\"3\"/>\n" // 5
        "    <test-method status=\"PASS\" name=\"tearDown\" is-config=\"true\"/>\n"                // 6
        "    <test-method status=\"PASS\" name=\"adds\" duration-ms=\"12\">\n"                     // 7
        "     <params><param index=\"0\"><value><![CDATA[1]]></value></param></params>\n"
        "    </test-method>\n"
        "    <test-method status=\"FAIL\" name=\"divides\" duration-ms=\"1,5\">\n"
        "     <exception class=\"java.lang.ArithmeticException\">\n"
        "      <message><![CDATA[/ by zero]]></message>\n"
        "      <full-stacktrace>\n        <![CDATA[java.lang.ArithmeticException: / by zero\n"
        "\tat com.example.CalcTest.divides(CalcTest.java:9)\n]]>\n      </full-stacktrace>\n"
        "     </exception>\n"
        "    </test-method>\n"
        "    <test-method status=\"FAIL\" name=\"asserts\"><exception class=\"java.lang.AssertionError\"/>"
        "</test-method>\n"
        "    <test-method status=\"SKIP\" name=\"skipped\"/>\n"
        "   </class>\n"
        "  </test>\n"
        " </suite>\n"
        " <suite name=\"Bare\"><test><class name=\"C\"><test-method status=\"WEIRD\" name=\"m\"/>"
        "</class></test></suite>\n"
        "</testng-results>\n";
    const ParsedReport report = parsed(ReportFormat::TestNgXml, xml);
    const QString prefix = QStringLiteral("com.example.CalcTest");
    const QString suite = QStringLiteral("Unit");
    CHECK(report.testCases ==
          QList<TestCase>{
              {prefix, QStringLiteral("adds"), QStringLiteral("SUCCEEDED"), 12000000, {}, suite},
              {prefix, QStringLiteral("divides"), QStringLiteral("FAILED"), 1500000,
               QStringLiteral("/ by zero\njava.lang.ArithmeticException: / by zero\n"
                              "\tat com.example.CalcTest.divides(CalcTest.java:9)"),
               suite},
              {prefix, QStringLiteral("asserts"), QStringLiteral("FAILED"), 0,
               QStringLiteral("java.lang.AssertionError"), suite},
              {prefix, QStringLiteral("skipped"), QStringLiteral("SKIPPED"), 0, {}, suite},
              {QStringLiteral("C"), QStringLiteral("m"), QStringLiteral("UNKNOWN"), 0, {}, QStringLiteral("Bare")},
          });
    REQUIRE(report.warnings.size() == 1);
    CHECK(
        report.warnings.first().startsWith(QStringLiteral("line 5: the configuration method com.example.CalcTest.setUp "
                                                          "failed")));
}

TEST_CASE("TRX: outcomes, time spans, classes from the definitions before or after, inner results", "[reports][trx]")
{
    const QByteArray definitions =
        "<TestDefinitions>\n"
        " <UnitTest name=\"Adds\" storage=\"c:\\build\\calc.tests.dll\" id=\"id-1\">\n"
        "  <TestMethod className=\"Calc.Tests.CalcTests\" name=\"Adds\"/></UnitTest>\n"
        " <UnitTest name=\"Divides\" storage=\"/build/calc.tests.dll\" id=\"id-2\">\n"
        "  <TestMethod className=\"Calc.Tests.CalcTests\" name=\"Divides\"/></UnitTest>\n"
        " <UnitTest name=\"Rows\" storage=\"rows.dll\" id=\"id-3\"><TestMethod className=\"Calc.Rows\" name=\"Rows\"/>"
        "</UnitTest>\n"
        "</TestDefinitions>\n";
    const QByteArray results =
        "<Results>\n"
        " <UnitTestResult testId=\"id-1\" testName=\"Adds\" outcome=\"Passed\" duration=\"00:00:01.5000000\"/>\n"
        " <UnitTestResult testId=\"id-2\" testName=\"Divides\" outcome=\"Failed\" duration=\"00:00:00.0001\">\n"
        "  <Output><StdOut>noise</StdOut><ErrorInfo><Message>Attempted to divide by zero.&#xD;\n</Message>\n"
        "   <StackTrace>   at Calc.Div()&#xD;\n   at Calc.Tests.Divides()</StackTrace></ErrorInfo></Output>\n"
        " </UnitTestResult>\n"
        " <UnitTestResult testId=\"id-2\" testName=\"Divides again\" outcome=\"Timeout\" duration=\"soon\"/>\n"
        " <UnitTestResult testId=\"id-1\" testName=\"Adds later\" outcome=\"NotExecuted\"/>\n"
        " <UnitTestResult testId=\"id-1\" testName=\"Adds maybe\" outcome=\"Inconclusive\"/>\n"
        " <UnitTestResult testId=\"id-3\" testName=\"Rows\" outcome=\"Failed\" duration=\"00:00:03\">\n"
        "  <InnerResults>\n"
        "   <UnitTestResult testId=\"id-3\" testName=\"Rows (1)\" outcome=\"Passed\" duration=\"00:00:01\"/>\n"
        "   <UnitTestResult testId=\"id-3\" testName=\"Rows (2)\" outcome=\"Failed\" duration=\"00:00:02\">\n"
        "    <Output><ErrorInfo><Message>row 2</Message></ErrorInfo></Output></UnitTestResult>\n"
        "  </InnerResults>\n"
        " </UnitTestResult>\n"
        " <UnitTestResult testId=\"id-9\" testName=\"Orphan\" outcome=\"Aborted\"/>\n"
        "</Results>\n";
    const QString prefix = QStringLiteral("Calc.Tests.CalcTests");
    const QString dll = QStringLiteral("calc.tests.dll");
    const QList<TestCase> expected{
        {prefix, QStringLiteral("Adds"), QStringLiteral("SUCCEEDED"), 1500000000, {}, dll},
        {prefix, QStringLiteral("Divides"), QStringLiteral("FAILED"), 100000,
         QStringLiteral("Attempted to divide by zero.\nat Calc.Div()\n   at Calc.Tests.Divides()"), dll},
        {prefix, QStringLiteral("Divides again"), QStringLiteral("ERROR"), 0, {}, dll},
        {prefix, QStringLiteral("Adds later"), QStringLiteral("SKIPPED"), 0, {}, dll},
        {prefix, QStringLiteral("Adds maybe"), QStringLiteral("UNKNOWN"), 0, {}, dll},
        {QStringLiteral("Calc.Rows"),
         QStringLiteral("Rows (1)"),
         QStringLiteral("SUCCEEDED"),
         1000000000,
         {},
         QStringLiteral("rows.dll")},
        {QStringLiteral("Calc.Rows"), QStringLiteral("Rows (2)"), QStringLiteral("FAILED"), 2000000000,
         QStringLiteral("row 2"), QStringLiteral("rows.dll")},
        {{}, QStringLiteral("Orphan"), QStringLiteral("ERROR"), 0, {}, {}},
    };
    const QByteArray head = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                            "<TestRun id=\"1\" xmlns=\"http://microsoft.com/schemas/VisualStudio/TeamTest/2010\">\n";
    SECTION("definitions after the results")
    {
        const ParsedReport report = parsed(ReportFormat::VisualStudioTrx, head + results + definitions + "</TestRun>");
        CHECK(report.testCases == expected);
        CHECK(report.warnings ==
              QStringList{QStringLiteral("line 11: duration=\"soon\" is not a time span; it counts as 0"),
                          QStringLiteral("line 21: no <UnitTest> with the id id-9, so the test's class is not known")});
    }
    SECTION("definitions first, with a namespace prefix")
    {
        QByteArray prefixed = head + definitions + results + "</TestRun>";
        prefixed.replace("<TestRun id=\"1\" xmlns=", "<t:TestRun id=\"1\" xmlns:t=")
            .replace("</TestRun>", "</t:TestRun>");
        CHECK(parsed(ReportFormat::VisualStudioTrx, prefixed).testCases == expected);
    }
}

TEST_CASE("Cucumber: scenarios with backgrounds and hooks, statuses, nanosecond durations", "[reports][cucumber]")
{
    const QByteArray json = R"([
      {"name": "Calculator", "uri": "features/calc.feature", "elements": [
        {"type": "background", "name": "A calculator", "steps": [
          {"name": "a calculator", "result": {"status": "passed", "duration": 1000}}]},
        {"type": "scenario", "name": "Adds",
         "before": [{"result": {"status": "passed", "duration": 500}}],
         "steps": [{"result": {"status": "passed", "duration": 2000}},
                   {"result": {"status": "passed", "duration": 3000},
                    "after": [{"result": {"status": "passed", "duration": 4}}]}],
         "after": [{"result": {"status": "passed", "duration": 6}}]},
        {"type": "background", "steps": [
          {"result": {"status": "failed", "duration": 1000, "error_message": "  no calculator\n"}}]},
        {"type": "scenario", "name": "Subtracts", "steps": [
          {"result": {"status": "skipped"}},
          {"result": {"status": "failed", "error_message": "second failure"}}]},
        {"type": "scenario", "name": "Pending", "steps": [
          {"result": {"status": "passed", "duration": 1500}}, {"result": {"status": "pending"}}]},
        {"type": "scenario", "name": "Undefined", "steps": [{"result": {"status": "undefined"}}]},
        {"type": "scenario", "name": "Hook fails", "steps": [{"result": {"status": "passed", "duration": 1000}}],
         "after": [{"result": {"status": "failed", "error_message": "teardown"}}]},
        {"type": "scenario", "name": "Odd", "steps": [{"result": {"status": "strange", "duration": 1000}}]},
        {"keyword": "Scenario", "name": "Untyped", "steps": []}
      ]},
      {"name": "No uri", "elements": [{"type": "scenario", "name": "Alone",
        "steps": [{"result": {"status": "ambiguous", "duration": 1000, "error_message": "two matches"}}]}]},
      42
    ])";
    const ParsedReport report = parsed(ReportFormat::CucumberJson, json);
    const QString feature = QStringLiteral("Calculator");
    const QString uri = QStringLiteral("features/calc.feature");
    CHECK(report.testCases ==
          QList<TestCase>{
              {feature, QStringLiteral("Adds"), QStringLiteral("SUCCEEDED"), 6510, {}, uri},
              {feature, QStringLiteral("Subtracts"), QStringLiteral("FAILED"), 1000, QStringLiteral("no calculator"),
               uri},
              {feature, QStringLiteral("Pending"), QStringLiteral("SKIPPED"), 1500, {}, uri},
              {feature, QStringLiteral("Undefined"), QStringLiteral("SKIPPED"), 0, {}, uri},
              {feature, QStringLiteral("Hook fails"), QStringLiteral("FAILED"), 1000, QStringLiteral("teardown"), uri},
              {feature, QStringLiteral("Odd"), QStringLiteral("UNKNOWN"), 1000, {}, uri},
              {feature, QStringLiteral("Untyped"), QStringLiteral("SUCCEEDED"), 0, {}, uri},
              {QStringLiteral("No uri"), QStringLiteral("Alone"), QStringLiteral("FAILED"), 1000,
               QStringLiteral("two matches"), QStringLiteral("No uri")},
          });
    CHECK(report.warnings == QStringList{QStringLiteral("feature 3: not a JSON object, so it was left out")});
}

TEST_CASE("Cucumber: a file whose durations are all below 1000 is read as milliseconds (cucumber-js 2 and 3)",
          "[reports][cucumber]")
{
    const QByteArray json = R"([{"name": "F", "elements": [{"type": "scenario", "name": "S", "steps": [
        {"result": {"status": "passed", "duration": 12}}, {"result": {"status": "passed", "duration": 3}}]}]}])";
    const ParsedReport report = parsed(ReportFormat::CucumberJson, json);
    REQUIRE(report.testCases.size() == 1);
    CHECK(report.testCases.first().durationInNanoSeconds == 15000000);
    CHECK(report.warnings.size() == 1);

    const QByteArray nanoseconds = R"([{"name": "F", "elements": [{"type": "scenario", "name": "S", "steps": [
        {"result": {"status": "passed", "duration": 12}}, {"result": {"status": "passed", "duration": 3000}}]}]}])";
    CHECK(parsed(ReportFormat::CucumberJson, nanoseconds).testCases.first().durationInNanoSeconds == 3012);
}

TEST_CASE("JaCoCo: sourcefile counters per package, line elements without counters", "[reports][jacoco]")
{
    const QByteArray xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\" \"report.dtd\">\n"
        "<report name=\"r\">\n"
        " <group name=\"module\">\n"
        "  <package name=\"com/example\">\n"
        "   <class name=\"com/example/A\"><counter type=\"LINE\" missed=\"100\" covered=\"100\"/></class>\n"
        "   <sourcefile name=\"A.java\">\n"
        "    <line nr=\"1\" mi=\"0\" ci=\"3\" mb=\"0\" cb=\"0\"/>\n"
        "    <counter type=\"INSTRUCTION\" missed=\"7\" covered=\"9\"/>\n"
        "    <counter type=\"LINE\" missed=\"2\" covered=\"5\"/>\n"
        "    <counter type=\"BRANCH\" missed=\"1\" covered=\"3\"/>\n"
        "   </sourcefile>\n"
        "   <sourcefile name=\"B.java\">\n"
        "    <line nr=\"1\" mi=\"0\" ci=\"3\" mb=\"1\" cb=\"1\"/>\n"
        "    <line nr=\"2\" mi=\"2\" ci=\"0\" mb=\"0\" cb=\"0\"/>\n"
        "   </sourcefile>\n"
        "   <counter type=\"LINE\" missed=\"1000\" covered=\"1000\"/>\n"
        "  </package>\n"
        " </group>\n"
        " <package name=\"\"><sourcefile name=\"Top.java\"><counter type=\"LINE\" missed=\"0\" "
        "covered=\"1,000\"/></sourcefile></package>\n"
        "</report>\n";
    const ParsedReport report = parsed(ReportFormat::JacocoXml, xml);
    CHECK(report.testCases.isEmpty());
    CHECK(report.files == QList<FileCoverage>{{QStringLiteral("com/example/A.java"), 5, 2, 3, 1},
                                              {QStringLiteral("com/example/B.java"), 1, 1, 1, 1},
                                              {QStringLiteral("Top.java"), 1000, 0, 0, 0}});
}

TEST_CASE("Cobertura: classes of one file merged, each line once, branches from condition-coverage",
          "[reports][cobertura]")
{
    const QByteArray xml =
        "<?xml version=\"1.0\"?>\n"                      // 1
        "<coverage line-rate=\"1\">\n"                   // 2
        " <packages><package name=\"p\"><classes>\n"     // 3
        "  <class name=\"p.A\" filename=\"p/A.java\">\n" // 4
        "   <methods><method name=\"m\"><lines><line number=\"1\" hits=\"1\"/></lines></method></methods>\n"
        "   <lines>\n"                          // 6
        "    <line number=\"1\" hits=\"1\"/>\n" // 7
        "    <line number=\"2\" hits=\"0\" branch=\"true\" condition-coverage=\"50% (1/2)\"/>\n"
        "    <line number=\"3\" hits=\"0\"/>\n" // 9
        "    <line number=\"0\" hits=\"4\"/>\n" // 10
        "    <line number=\"4\" hits=\"2\" branch=\"true\" condition-coverage=\"100%\"/>\n"
        "   </lines>\n"
        "  </class>\n"
        "  <class name=\"p.A$1\" filename=\"p/A.java\"><lines>\n"
        "    <line number=\"3\" hits=\"1,000\"/>\n"
        "    <line number=\"2\" hits=\"1\" branch=\"true\" condition-coverage=\"100% (2/2)\"/>\n"
        "    <line number=\"5\" hits=\"0\"/>\n"
        "  </lines></class>\n"
        "  <class name=\"p.Empty\" filename=\"p/Empty.java\"><methods/><lines/></class>\n"
        "  <class name=\"p.Nameless\"><lines><line number=\"1\" hits=\"1\"/></lines></class>\n"
        " </classes></package></packages>\n"
        "</coverage>\n";
    const ParsedReport report = parsed(ReportFormat::CoberturaXml, xml);
    CHECK(report.files ==
          QList<FileCoverage>{{QStringLiteral("p/A.java"), 4, 1, 2, 0}, {QStringLiteral("p/Empty.java"), 0, 0, 0, 0}});
    CHECK(
        report.warnings ==
        QStringList{QStringLiteral("line 10: a <line> without a line number of 1 or more; skipped"),
                    QStringLiteral("line 11: condition-coverage=\"100%\" has no \"(covered/total)\"; its branches are "
                                   "not counted"),
                    QStringLiteral("line 20: a <class> without a filename; its lines are not counted")});

    const Error clover =
        failure(ReportFormat::CoberturaXml, "<coverage>\n  <project/>\n</coverage>", QStringLiteral("c.xml"));
    CHECK(clover.message == QStringLiteral("c.xml is not a valid COBERTURAXML report (line 2, column 13): this is a "
                                           "Clover report (a <project> element), not Cobertura"));
}

TEST_CASE("Clover: file metrics, path before name, test projects left out, line elements without metrics",
          "[reports][clover]")
{
    const QByteArray xml =
        "<coverage generated=\"1\">\n"
        " <project timestamp=\"1\">\n"
        "  <package name=\"App\">\n"
        "   <file name=\"a.php\" path=\"/src/a.php\">\n"
        "    <class name=\"A\"><metrics statements=\"100\" coveredstatements=\"100\"/></class>\n"
        "    <metrics statements=\"10\" coveredstatements=\"7\" conditionals=\"4\" coveredconditionals=\"1\"/>\n"
        "   </file>\n"
        "  </package>\n"
        "  <file name=\"/src/b.js\">\n"
        "   <line num=\"1\" type=\"stmt\" count=\"2\"/><line num=\"2\" type=\"stmt\" count=\"0\"/>\n"
        "   <line num=\"3\" type=\"cond\" truecount=\"1\" falsecount=\"0\"/><line num=\"4\" type=\"method\" "
        "count=\"1\"/>\n"
        "  </file>\n"
        "  <metrics statements=\"1000\"/>\n"
        " </project>\n"
        " <testproject><file name=\"/tests/aTest.php\"><metrics statements=\"5\" coveredstatements=\"5\"/></file>"
        "</testproject>\n"
        "</coverage>\n";
    const ParsedReport report = parsed(ReportFormat::CloverXml, xml);
    CHECK(report.files ==
          QList<FileCoverage>{{QStringLiteral("/src/a.php"), 7, 3, 1, 3}, {QStringLiteral("/src/b.js"), 1, 1, 1, 1}});

    const Error cobertura = failure(ReportFormat::CloverXml, "<coverage><packages/></coverage>");
    CHECK(cobertura.message.contains(QStringLiteral("this is a Cobertura report (a <packages> element), not Clover")));
}

TEST_CASE("SimpleCov: the JSON formatter with branches, and a result set of two commands merged",
          "[reports][simplecov]")
{
    const QByteArray formatter = R"({"meta": {"simplecov_version": "0.22.0"}, "coverage": {
        "lib/a.rb": {"lines": [1, null, 0, "ignored", 3],
                     "branches": [{"type": "then", "start_line": 1, "coverage": 1},
                                  {"type": "else", "start_line": 1, "coverage": 0},
                                  {"type": "else", "start_line": 2, "coverage": "ignored"}]},
        "lib/b.rb": {"lines": []}}})";
    CHECK(parsed(ReportFormat::SimpleCov, formatter).files ==
          QList<FileCoverage>{{QStringLiteral("lib/a.rb"), 2, 1, 1, 1}, {QStringLiteral("lib/b.rb"), 0, 0, 0, 0}});

    const QByteArray resultSet = R"({
        "RSpec": {"coverage": {
            "lib/a.rb": {"lines": [1, 0, null, 0],
                         "branches": {"[:if, 0, 1, 2, 1, 9]": {"[:then, 1, 1, 2, 1, 5]": 0, "[:else, 2, 1, 2, 1, 9]": 2}}}},
            "timestamp": 1},
        "Minitest": {"coverage": {
            "lib/a.rb": {"lines": [0, 4, null, 0],
                         "branches": {"[:if, 0, 1, 2, 1, 9]": {"[:then, 1, 1, 2, 1, 5]": 1, "[:else, 2, 1, 2, 1, 9]": 0}}},
            "lib/c.rb": [null, 1]},
            "timestamp": 2},
        "broken": 3})";
    const ParsedReport report = parsed(ReportFormat::SimpleCov, resultSet);
    CHECK(report.files ==
          QList<FileCoverage>{{QStringLiteral("lib/a.rb"), 2, 1, 2, 0}, {QStringLiteral("lib/c.rb"), 1, 0, 0, 0}});
    CHECK(report.warnings == QStringList{QStringLiteral("broken: not a command with a \"coverage\" object; skipped")});

    CHECK(failure(ReportFormat::SimpleCov, R"({"files": [{"filename": "a.rb", "coverage": [1]}]})")
              .message.contains(QStringLiteral("expected SimpleCov's JSON")));
    CHECK(failure(ReportFormat::SimpleCov, "[1, 2]").message.contains(QStringLiteral("expected SimpleCov's JSON")));
}

TEST_CASE("LCOV: totals from LF/LH and BRF/BRH, else DA/BRDA counted, records of one file merged", "[reports][lcov]")
{
    const QByteArray info = "TN:\n"
                            "SF:/src/a.c\n"
                            "FN:1,main\nFNDA:1,main\nFNF:1\nFNH:1\n"
                            "DA:1,1\nDA:2,0\n"
                            "LF:10\nLH:7\nBRF:4\nBRH:1\n"
                            "end_of_record\n"
                            "SF:/src/b.c\r\n"
                            "DA:1,5\r\nDA:2,0\r\nDA:3,0,abcdef\r\n"
                            "BRDA:1,0,0,1\r\nBRDA:1,0,1,-\r\nBRDA:2,0,0,0\r\n"
                            "end_of_record\r\n"
                            "SF:/src/b.c\n"
                            "DA:2,3\nDA:4,0\nBRDA:2,0,0,1\nLF:2\nLH:1\n"
                            "end_of_record\n"
                            "garbage here\n"
                            "SF:/src/c.c\n"
                            "DA:x,1\n"
                            "DA:1,1\n";
    const ParsedReport report = parsed(ReportFormat::Lcov, info);
    CHECK(report.files == QList<FileCoverage>{{QStringLiteral("/src/a.c"), 7, 3, 1, 3},
                                              {QStringLiteral("/src/b.c"), 2, 2, 2, 1},
                                              {QStringLiteral("/src/c.c"), 1, 0, 0, 0}});
    CHECK(report.warnings == QStringList{QStringLiteral("line 29: not an LCOV line"),
                                         QStringLiteral("line 31: a malformed DA: line"),
                                         QStringLiteral("line 32: the last record has no end_of_record")});

    const Error none = failure(ReportFormat::Lcov, "hello\nworld\n", QStringLiteral("coverage.info"));
    CHECK(none.message == QStringLiteral("coverage.info is not a valid LCOV report (line 1, column 1): there is no SF: "
                                         "record; expected an LCOV tracefile"));
}

TEST_CASE("Bad input fails with the file, the format and the place, and never crashes", "[reports][errors]")
{
    SECTION("empty and blank files")
    {
        for (const QByteArray &data : {QByteArray(), QByteArray("  \n\t\n"), QByteArray("\xEF\xBB\xBF\n")}) {
            const Error error = failure(ReportFormat::JunitXml, data, QStringLiteral("reports/empty.xml"));
            CHECK(error.code == ErrorCode::InvalidArgument);
            CHECK(error.file == QStringLiteral("reports/empty.xml"));
            CHECK(error.line == 1);
            CHECK(error.message ==
                  QStringLiteral("reports/empty.xml is not a valid JUNITXML report (line 1, column 1): "
                                 "the file is empty"));
        }
        CHECK(failure(ReportFormat::CucumberJson, "").message.contains(QStringLiteral("CUCUMBERJSON")));
        CHECK(failure(ReportFormat::Lcov, "\n").message.contains(QStringLiteral("LCOV")));
    }
    SECTION("truncated XML names the line where it ends")
    {
        const QByteArray xml = "<testsuite name=\"s\">\n  <testcase name=\"a\">\n    <failure message=\"x\">at";
        const Error error = failure(ReportFormat::JunitXml, xml, QStringLiteral("TEST-s.xml"));
        CHECK(error.code == ErrorCode::InvalidArgument);
        CHECK(error.line == 3);
        CHECK(error.message.startsWith(QStringLiteral("TEST-s.xml is not a valid JUNITXML report (line 3, column")));
    }
    SECTION("not well-formed XML")
    {
        const Error error = failure(ReportFormat::NunitXml, "<test-results>\n<test-case name=\"a\">\n</test-results>");
        CHECK(error.line == 3);
        CHECK(error.message.contains(QStringLiteral("NUNITXML")));
    }
    SECTION("the wrong format")
    {
        const QByteArray junit = "<?xml version=\"1.0\"?>\n<testsuite name=\"s\"><testcase name=\"a\"/></testsuite>\n";
        const Error cobertura = failure(ReportFormat::CoberturaXml, junit, QStringLiteral("TEST-s.xml"));
        CHECK(cobertura.message == QStringLiteral("TEST-s.xml is not a valid COBERTURAXML report (line 2, column 21): "
                                                  "expected the root element <coverage>, found <testsuite>"));
        CHECK(cobertura.line == 2);
        CHECK(failure(ReportFormat::Nunit3Xml, junit).message.contains(QStringLiteral("<test-run>")));
        CHECK(failure(ReportFormat::JunitXml, "<coverage/>")
                  .message.contains(QStringLiteral("expected the root element <testsuites> or <testsuite>")));
        const Error json = failure(ReportFormat::CucumberJson, junit, QStringLiteral("TEST-s.xml"));
        INFO(json.message.toStdString());
        CHECK(json.message.startsWith(
            QStringLiteral("TEST-s.xml is not a valid CUCUMBERJSON report (line 1, column 1)")));
        CHECK(failure(ReportFormat::CucumberJson, "{\"coverage\": {}}")
                  .message.contains(QStringLiteral("expected a JSON array of features")));
        const Error lcov = failure(ReportFormat::Lcov, junit);
        CHECK(lcov.message.contains(QStringLiteral("no SF: record")));
    }
    SECTION("JSON errors name the line and column")
    {
        const Error error =
            failure(ReportFormat::SimpleCov, "{\n  \"coverage\": {\n    \"a.rb\": [1, 2,]\n", QStringLiteral("r.json"));
        CHECK(error.line == 3);
        CHECK(error.message.startsWith(QStringLiteral("r.json is not a valid SIMPLECOV report (line 3, column")));
    }
    SECTION("a root alone, comments alone")
    {
        CHECK(failure(ReportFormat::JunitXml, "<!-- nothing -->").message.contains(QStringLiteral("JUNITXML")));
        CHECK(parsed(ReportFormat::JunitXml, "<testsuites/>").testCases.isEmpty());
    }
    SECTION("random bytes")
    {
        std::mt19937 random(20240601);
        std::uniform_int_distribution<int> byte(0, 255);
        QByteArray noise(4096, '\0');
        for (char &c : noise)
            c = char(byte(random));
        for (const QString &name : Spec::reportFormatNames()) {
            const ReportFormat format = *Spec::reportFormatFromName(name);
            const Error error = failure(format, noise, QStringLiteral("noise.bin"));
            INFO(error.message.toStdString());
            CHECK(error.code == ErrorCode::InvalidArgument);
            CHECK(error.message.startsWith(QStringLiteral("noise.bin is not a valid %1 report (line ").arg(name)));
            CHECK(error.line >= 1);
        }
    }
    SECTION("entities: none fetched, none expanded without bound")
    {
        const QByteArray doctype = "<!DOCTYPE testsuite [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n";
        const Error attribute =
            failure(ReportFormat::JunitXml, doctype + "<testsuite><testcase name=\"a&secret;\"/></testsuite>");
        CHECK(attribute.line == 2);
        CHECK(attribute.message.contains(QStringLiteral("external entity")));
        const ParsedReport text =
            parsed(ReportFormat::JunitXml, doctype + "<testsuite><testcase name=\"a\"><failure>x&secret;y</failure>"
                                                     "</testcase></testsuite>");
        REQUIRE(text.testCases.size() == 1);
        CHECK(text.testCases.first().message == QStringLiteral("xy"));

        QByteArray laughs = "<!DOCTYPE testsuite [<!ENTITY a \"aaaaaaaaaa\">";
        for (char level = 'b'; level <= 'j'; ++level) {
            const QByteArray reference = QByteArray("&") + char(level - 1) + ';';
            laughs += QByteArray("<!ENTITY ") + level + " \"" + reference.repeated(10) + "\">";
        }
        laughs += "]>\n<testsuite><testcase name=\"a\"><failure>&j;</failure></testcase></testsuite>";
        const Error bomb = failure(ReportFormat::JunitXml, laughs, QStringLiteral("bomb.xml"));
        CHECK(bomb.message.contains(QStringLiteral("entity expansion limit")));
    }
}

TEST_CASE("Large and deep inputs are read in one pass", "[reports][errors]")
{
    SECTION("100000 test cases")
    {
        QByteArray xml = "<testsuite name=\"big\">";
        const QByteArray testcase = "<testcase classname=\"c\" name=\"t\" time=\"0.001\"/>\n";
        xml.reserve(100000 * testcase.size() + 100);
        for (int i = 0; i < 100000; ++i)
            xml += testcase;
        xml += "</testsuite>";
        const ParsedReport report = parsed(ReportFormat::JunitXml, xml);
        CHECK(report.testCases.size() == 100000);
        CHECK(countsOf(report.testCases).duration == 100000LL * 1000000);
    }
    SECTION("suites nested 100000 deep")
    {
        QByteArray xml;
        for (int i = 0; i < 100000; ++i)
            xml += "<testsuite name=\"s\">";
        xml += "<testcase name=\"deep\"/>";
        for (int i = 0; i < 100000; ++i)
            xml += "</testsuite>";
        const ParsedReport report = parsed(ReportFormat::JunitXml, xml);
        CHECK(report.testCases.size() == 1);
    }
    SECTION("JSON nested 100000 deep")
    {
        const QByteArray json = QByteArray(100000, '[') + QByteArray(100000, ']');
        CHECK_FALSE(ReportParser::parse(ReportFormat::CucumberJson, json, QStringLiteral("deep.json")));
        CHECK_FALSE(ReportParser::parse(ReportFormat::SimpleCov, json, QStringLiteral("deep.json")));
    }
    SECTION("an LCOV file of 200000 lines")
    {
        QByteArray info = "SF:a.c\n";
        for (int i = 1; i <= 200000; ++i)
            info += "DA:" + QByteArray::number(i) + (i % 4 == 0 ? ",0\n" : ",1\n");
        info += "end_of_record\n";
        CHECK(parsed(ReportFormat::Lcov, info).files ==
              QList<FileCoverage>{{QStringLiteral("a.c"), 150000, 50000, 0, 0}});
    }
}
