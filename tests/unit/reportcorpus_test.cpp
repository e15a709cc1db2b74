#include "buildspecfixtures.h"
#include "reporttests.h"
#include "stringmakers.h"

#include "reports/reportparser.h"
#include "reports/reportvalues.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <catch2/catch.hpp>

#include <optional>
#include <random>

using namespace BuildDeck;
using namespace ReportTests;

namespace {

// What the corpus files hold, from the MANIFEST notes and a reading of each file.
struct ExpectedTests
{
    const char *file; // the number the file name starts with
    int cases, succeeded, failed, error, skipped, unknown;
    qint64 duration; // the sum over the cases, in nanoseconds
    int warnings;
};

const ExpectedTests expectedTests[] = {
    // JUNITXML: the manifest's "N testcases, F failures, E errors, S skipped"
    {"001", 2, 0, 2, 0, 0, 0, 1000000, 0},
    {"002", 5, 2, 2, 0, 1, 0, 7000000, 0},
    {"003", 5, 3, 1, 0, 1, 0, 21908000000, 0},
    {"004", 10, 6, 2, 0, 2, 0, 7000000, 0},
    {"005", 6, 1, 4, 0, 1, 0, 7000000, 0},
    {"006", 1, 0, 1, 0, 0, 0, 0, 0},
    {"007", 9, 9, 0, 0, 0, 0, 0, 0},
    {"008", 109, 109, 0, 0, 0, 0, 266000000, 0},
    {"009", 12, 10, 2, 0, 0, 0, 140398000, 0},
    {"010", 7, 1, 2, 2, 2, 0, 8610000000, 0},
    // CUCUMBERJSON: one case per scenario; 012's failing Background fails its scenario "Addition"
    {"011", 1, 1, 0, 0, 0, 0, 1089467, 0},
    {"012", 8, 7, 1, 0, 0, 0, 334271354, 0},
    {"013", 1, 1, 0, 0, 0, 0, 15296376902, 0},
    // TESTNGXML: 015's failed configuration method is a warning, its header totals are ignored
    {"014", 8, 4, 4, 0, 0, 0, 12000000, 0},
    {"015", 1, 0, 0, 0, 1, 0, 11000000, 1},
    // VISUALSTUDIOTRX: outcomes {Passed, Failed, NotExecuted}
    {"016", 11, 5, 5, 0, 1, 0, 118009600, 0},
    {"017", 6, 2, 3, 0, 1, 0, 77765800, 0},
    // NUNITXML: 018's 28 test-case elements: failures=1 errors=1 not-run=7 inconclusive=1
    {"018", 28, 18, 1, 1, 7, 1, 27000000, 0},
    {"019", 4, 3, 1, 0, 0, 0, 178000000, 0},
    // NUNIT3XML: Failed with label="Error" is ERROR
    {"020", 9, 3, 3, 2, 1, 0, 68935000, 0},
    {"021", 18, 12, 1, 1, 3, 1, 33000000, 0},
};

struct ExpectedCoverage
{
    const char *file;
    int files, linesCovered, linesMissed, branchesCovered, branchesMissed;
    int warnings;
};

const ExpectedCoverage expectedCoverage[] = {
    {"022", 3, 2, 9, 0, 0, 0},      // JaCoCo: the report's LINE counter 2 covered, 9 missed
    {"023", 4, 30, 2, 9, 3, 1},     // Cobertura: 5 classes in 4 files, duplicate lines, a line 0
    {"024", 12, 270, 29, 0, 0, 0},  // coverage.py: line-rate 0.903 = 270 / 299
    {"025", 13, 148, 158, 0, 0, 0}, // Clover: project statements=306 coveredstatements=148
    {"026", 7, 56, 1, 0, 0, 0},     // SimpleCov JSON formatter
    {"027", 7, 56, 1, 0, 0, 0},     // the same coverage as a legacy .resultset.json
    {"028", 1, 47, 5, 9, 7, 0},     // LCOV: LH 47, LF 52, BRH 9, BRF 16
};

struct ManifestRow
{
    QString file;
    ReportFormat format;
};

QList<ManifestRow> manifestRows(const QString &directory)
{
    const QByteArray manifest = readFile(QDir(directory).filePath(QStringLiteral("MANIFEST.tsv")));
    QList<ManifestRow> rows;
    const QList<QByteArray> lines = manifest.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QStringList columns = QString::fromUtf8(lines.at(i)).split(QLatin1Char('\t'));
        REQUIRE(columns.size() >= 6);
        const std::optional<ReportFormat> format = Spec::reportFormatFromName(columns.at(4));
        INFO(columns.at(4).toStdString());
        REQUIRE(format);
        rows.append({columns.at(0), *format});
    }
    return rows;
}

QString reportsCorpus()
{
    const QString corpus = corpusDir();
    return corpus.isEmpty() ? QString() : QDir(corpus).filePath(QStringLiteral("reports"));
}

} // namespace

TEST_CASE("The report corpus: every file parses, with the counts its manifest notes give", "[reports][corpus]")
{
    const QString directory = reportsCorpus();
    if (directory.isEmpty())
        return;
    const QList<ManifestRow> rows = manifestRows(directory);
    REQUIRE(rows.size() == std::size(expectedTests) + std::size(expectedCoverage));
    for (const ManifestRow &row : rows) {
        INFO(row.file.toStdString());
        const QString number = QFileInfo(row.file).fileName().left(3);
        const Result<ParsedReport> result =
            ReportParser::parse(row.format, readFile(QDir(directory).filePath(row.file)), row.file);
        INFO((result ? std::string() : result.error().message.toStdString()));
        REQUIRE(result);
        const ParsedReport &report = *result;
        INFO(report.warnings.join(QLatin1Char('\n')).toStdString());
        CHECK(report.type == Reports::reportType(row.format));
        const auto test =
            std::find_if(std::begin(expectedTests), std::end(expectedTests),
                         [&](const ExpectedTests &expected) { return number == QLatin1String(expected.file); });
        const auto coverage =
            std::find_if(std::begin(expectedCoverage), std::end(expectedCoverage),
                         [&](const ExpectedCoverage &expected) { return number == QLatin1String(expected.file); });
        if (test != std::end(expectedTests)) {
            REQUIRE(report.type == Reports::ReportType::Test);
            const StatusCounts counts = countsOf(report.testCases);
            CHECK(report.testCases.size() == test->cases);
            CHECK(counts.succeeded == test->succeeded);
            CHECK(counts.failed == test->failed);
            CHECK(counts.error == test->error);
            CHECK(counts.skipped == test->skipped);
            CHECK(counts.unknown == test->unknown);
            CHECK(counts.duration == test->duration);
            CHECK(report.warnings.size() == test->warnings);
            CHECK(report.files.isEmpty());
            for (const TestCase &testCase : report.testCases)
                CHECK(testCase.message.size() <= 5000);
        } else {
            REQUIRE(coverage != std::end(expectedCoverage));
            REQUIRE(report.type == Reports::ReportType::CodeCoverage);
            FileCoverage total;
            for (const FileCoverage &file : report.files) {
                CHECK_FALSE(file.filePath.isEmpty());
                total.linesCovered += file.linesCovered;
                total.linesMissed += file.linesMissed;
                total.branchesCovered += file.branchesCovered;
                total.branchesMissed += file.branchesMissed;
            }
            CHECK(report.files.size() == coverage->files);
            CHECK(total.linesCovered == coverage->linesCovered);
            CHECK(total.linesMissed == coverage->linesMissed);
            CHECK(total.branchesCovered == coverage->branchesCovered);
            CHECK(total.branchesMissed == coverage->branchesMissed);
            CHECK(report.warnings.size() == coverage->warnings);
            CHECK(report.testCases.isEmpty());
        }
    }
}

TEST_CASE("The report corpus: details of single files", "[reports][corpus]")
{
    const QString directory = reportsCorpus();
    if (directory.isEmpty())
        return;
    QHash<QString, ManifestRow> rows;
    for (const ManifestRow &row : manifestRows(directory))
        rows.insert(QFileInfo(row.file).fileName().left(3), row);
    const auto report = [&](const char *number) {
        const ManifestRow row = rows.value(QLatin1String(number));
        INFO(number);
        REQUIRE_FALSE(row.file.isEmpty());
        return parsed(row.format, readFile(QDir(directory).filePath(row.file)), row.file);
    };

    const ParsedReport surefire = report("002");
    const std::optional<TestCase> requireFail = findCase(surefire, QStringLiteral("require_fail"));
    REQUIRE(requireFail);
    CHECK(requireFail->prefix == QStringLiteral("action.surefire.report.calc.StringUtilsTest"));
    CHECK(requireFail->testSuiteName == QStringLiteral("action.surefire.report.calc.StringUtilsTest"));
    CHECK(requireFail->durationInNanoSeconds == 7000000);
    CHECK(requireFail->message.startsWith(
        QStringLiteral("Expected: (an instance of java.lang.IllegalArgumentException")));
    CHECK(requireFail->message.size() == 5000);

    const std::optional<TestCase> jest = findCase(report("005"), QStringLiteral("Timeout test"));
    REQUIRE(jest);
    CHECK(jest->testSuiteName == QStringLiteral("__tests__\\second.test.js"));
    CHECK(jest->status == QStringLiteral("FAILED"));

    const ParsedReport cucumber = report("012");
    CHECK(cucumber.testCases.first() == TestCase{QStringLiteral("Basic Arithmetic"), QStringLiteral("Addition"),
                                                 QStringLiteral("FAILED"), 310339398,
                                                 QStringLiteral("java.lang.reflect.InvocationTargetException"),
                                                 cucumber.testCases.first().testSuiteName});

    const ParsedReport testng = report("015");
    CHECK(testng.testCases == QList<TestCase>{{QStringLiteral("com.fakepkg.test.MyFakeTest"),
                                               QStringLiteral("testShouldPass"),
                                               QStringLiteral("SKIPPED"),
                                               11000000,
                                               {},
                                               QStringLiteral("Failed Test Config Method test")}});
    REQUIRE(testng.warnings.size() == 1);
    CHECK(testng.warnings.first().contains(QStringLiteral("com.fakepkg.test.MyFakeTest.testSetup")));

    const std::optional<TestCase> trx = findCase(report("016"), QStringLiteral("Should be even number(i: 3)"));
    REQUIRE(trx);
    CHECK(trx->prefix == QStringLiteral("DotnetTests.XUnitTests.CalculatorTests"));
    CHECK(trx->testSuiteName == QStringLiteral("dotnettests.xunittests.dll"));
    CHECK(trx->message.startsWith(QStringLiteral("Assert.True() Failure\nExpected: True\nActual:   False\nat ")));

    const std::optional<TestCase> generic =
        findCase(report("018"), QStringLiteral("GenericMethod<Double>(9.2d,11.7d)"));
    REQUIRE(generic);
    CHECK(generic->prefix == QStringLiteral("NUnit.Tests.FixtureWithTestCases"));
    CHECK(generic->testSuiteName == QStringLiteral("GenericMethod"));
    const std::optional<TestCase> pickles =
        findCase(report("019"), QStringLiteral("AddingSeveralNumbers(\"60\",\"70\",\"130\",System.String[])"));
    REQUIRE(pickles);
    CHECK(pickles->prefix == QStringLiteral("Pickles.TestHarness.AdditionFeature"));

    const std::optional<TestCase> timeout = findCase(report("020"), QStringLiteral("Timeout_Test"));
    REQUIRE(timeout);
    CHECK(timeout->message == QStringLiteral("Test exceeded Timeout value 1ms."));
    const std::optional<TestCase> parameterized = findCase(report("021"), QStringLiteral("MethodWithParameters(9,11)"));
    REQUIRE(parameterized);
    CHECK(parameterized->prefix == QStringLiteral("NUnit.Tests.FixtureWithTestCases"));

    CHECK(report("022").files ==
          QList<FileCoverage>{{QStringLiteral("be/apo/basic/Application.java"), 1, 2, 0, 0},
                              {QStringLiteral("be/apo/basic/rest/EchoService.java"), 1, 1, 0, 0},
                              {QStringLiteral("be/apo/basic/rest/model/Poney.java"), 0, 6, 0, 0}});
    CHECK(report("023").files == QList<FileCoverage>{{QStringLiteral("Main.java"), 11, 0, 0, 0},
                                                     {QStringLiteral("search/BinarySearch.java"), 11, 1, 5, 1},
                                                     {QStringLiteral("search/ISortedArraySearch.java"), 0, 0, 0, 0},
                                                     {QStringLiteral("search/LinearSearch.java"), 8, 1, 4, 2}});
    CHECK(report("026").files == report("027").files);
    CHECK(report("028").files ==
          QList<FileCoverage>{
              {QStringLiteral("/Users/markbates/Dropbox/development/javascript-test-reporter/formatter.js"), 47, 5, 9,
               7}});
}

TEST_CASE("Mutated corpus files never crash the parsers", "[reports][corpus][fuzz]")
{
    const QString directory = reportsCorpus();
    if (directory.isEmpty())
        return;
    QList<QPair<QByteArray, ReportFormat>> seeds;
    for (const ManifestRow &row : manifestRows(directory))
        seeds.append({readFile(QDir(directory).filePath(row.file)), row.format});
    REQUIRE_FALSE(seeds.isEmpty());
    const QStringList formats = Spec::reportFormatNames();

    std::mt19937 random(4242);
    const auto below = [&](qsizetype bound) { return qsizetype(random() % quint64(std::max<qsizetype>(bound, 1))); };
    int parsedCount = 0;
    int refusedCount = 0;
    for (int round = 0; round < 400; ++round) {
        const auto &[seed, seedFormat] = seeds.at(below(seeds.size()));
        QByteArray data = seed;
        const qsizetype mutations = 1 + below(8);
        for (qsizetype m = 0; m < mutations && !data.isEmpty(); ++m) {
            const qsizetype at = below(data.size());
            switch (below(6)) {
            case 0: // flip a byte
                data[at] = char(random());
                break;
            case 1: // cut a range
                data.remove(at, below(64));
                break;
            case 2: // repeat a range
                data.insert(at, data.mid(below(data.size()), below(256)));
                break;
            case 3: // insert markup
                data.insert(at, QByteArrayList{"<", ">", "</", "&", "\"", "<![CDATA[", "{", "}", "[", ",", "\n",
                                               "SF:", "end_of_record\n", "<testcase>", "null"}
                                    .at(below(15)));
                break;
            case 4: // truncate
                data.truncate(at);
                break;
            default: // a byte that is not UTF-8
                data.insert(at, char(0x80 + below(0x80)));
                break;
            }
        }
        // Mostly the file's own format; sometimes another one.
        const ReportFormat format =
            below(4) == 0 ? *Spec::reportFormatFromName(formats.at(below(formats.size()))) : seedFormat;
        const Result<ParsedReport> result = ReportParser::parse(format, data, QStringLiteral("mutated"));
        if (result) {
            ++parsedCount;
            for (const TestCase &test : result->testCases) {
                CHECK(test.message.size() <= 5000);
                CHECK(test.durationInNanoSeconds >= 0);
            }
            for (const FileCoverage &file : result->files)
                CHECK((file.linesCovered >= 0 && file.linesMissed >= 0 && file.branchesCovered >= 0 &&
                       file.branchesMissed >= 0));
            CHECK(result->warnings.size() <= ReportValues::MaxWarnings + 1);
        } else {
            ++refusedCount;
            CHECK(result.error().code == ErrorCode::InvalidArgument);
            CHECK(result.error().message.startsWith(QStringLiteral("mutated is not a valid ")));
            CHECK(result.error().line >= 1);
        }
    }
    // Both outcomes happen, so the loop exercises the readers and their errors.
    CHECK(parsedCount > 0);
    CHECK(refusedCount > 0);
}
