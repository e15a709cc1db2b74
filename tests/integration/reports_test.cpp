#include "buildspecfixtures.h"
#include "processrunner.h"
#include "runnerbuilds.h"
#include "testconfig.h"

#include "reports/reportstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace BuildDeck;
using namespace BuildDeck::Engine;

namespace {

const char *junitFile =
    "JUNITXML/002-mikepenz--action-junit-report--TEST-action.surefire.report.calc.StringUtilsTest.xml";
const char *coberturaFile = "COBERTURAXML/023-codeclimate--test-reporter--example.xml";

// A LOCAL source folder holding real report files from the corpus, a broken one, and a buildspec
// with a test group and a coverage group.
class ReportSource
{
public:
    explicit ReportSource(const QString &corpus, const QString &buildCommand = QStringLiteral("true"))
    {
        const QDir dir(folder.path());
        dir.mkpath(QStringLiteral("reports/junit"));
        dir.mkpath(QStringLiteral("reports/coverage"));
        REQUIRE(QFile::copy(QDir(corpus).filePath(QStringLiteral("reports/") + QLatin1String(junitFile)),
                            dir.filePath(QStringLiteral("reports/junit/TEST-StringUtils.xml"))));
        REQUIRE(QFile::copy(QDir(corpus).filePath(QStringLiteral("reports/") + QLatin1String(coberturaFile)),
                            dir.filePath(QStringLiteral("reports/coverage/cobertura.xml"))));
        write(QStringLiteral("reports/junit/TEST-broken.xml"), "<testsuite><testcase name=\"cut short\"");
        write(QStringLiteral("buildspec.yml"), QStringLiteral("version: 0.2\n"
                                                              "phases:\n"
                                                              "  build:\n"
                                                              "    commands:\n"
                                                              "      - %1\n"
                                                              "reports:\n"
                                                              "  unit:\n"
                                                              "    files:\n"
                                                              "      - '**/*.xml'\n"
                                                              "    base-directory: reports/junit\n"
                                                              "  coverage:\n"
                                                              "    files:\n"
                                                              "      - reports/coverage/cobertura.xml\n"
                                                              "    file-format: CoberturaXml\n"
                                                              "  missing:\n"
                                                              "    files:\n"
                                                              "      - nowhere/*.xml\n")
                                                   .arg(buildCommand)
                                                   .toUtf8());
    }

    Projects::Project project() const
    {
        Projects::Project made = Builds::project({});
        made.name = QStringLiteral("reporting");
        made.source = {};
        made.source.type = QStringLiteral("LOCAL");
        made.source.location = folder.path();
        return made;
    }

    QTemporaryDir folder;

private:
    void write(const QString &name, const QByteArray &content) const
    {
        QFile file(QDir(folder.path()).filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
};

QJsonObject cli(const QString &dataDir, QStringList arguments)
{
    arguments.prepend(dataDir);
    arguments.prepend(QStringLiteral("--data-dir"));
    const ProcessResult result = runProgram(QStringLiteral(BUILDDECK_BIN_DIR "/builddeck-cli"), arguments);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

TEST_CASE("A build's report groups become reports: tests and coverage, by group, read through the CLI",
          "[docker][reports]")
{
    if (!requireEngine())
        return;
    const QString corpus = corpusDir();
    if (corpus.isEmpty())
        return;
    ReportSource source(corpus);
    Builds builds;
    const BuildRecord record = builds.run(source.project());
    INFO(builds.log().toStdString());
    CHECK(record.buildStatus == Status::Succeeded); // failed tests never change the build's status
    REQUIRE(record.reportArns.size() == 2);
    CHECK(builds.log().contains(QStringLiteral("Report group reporting-missing: no matching report paths found")));
    CHECK(builds.log().contains(QStringLiteral("Skipping report file ")));
    CHECK(builds.log().contains(QStringLiteral(
        "Report group reporting-unit: 5 test case(s), 2 succeeded, 2 failed, 1 skipped; status FAILED")));

    const QString data = builds.dataDirectory();
    const QJsonArray groups =
        cli(data, {QStringLiteral("list-report-groups")}).value(QStringLiteral("reportGroups")).toArray();
    CHECK(groups ==
          QJsonArray{QStringLiteral("arn:aws:codebuild:us-east-1:000000000000:report-group/reporting-coverage"),
                     QStringLiteral("arn:aws:codebuild:us-east-1:000000000000:report-group/reporting-unit")});
    const QJsonArray unitReports = cli(data, {QStringLiteral("list-reports-for-report-group"),
                                              QStringLiteral("--report-group-arn"), groups.at(1).toString()})
                                       .value(QStringLiteral("reports"))
                                       .toArray();
    REQUIRE(unitReports.size() == 1);
    const QString unitArn = unitReports.at(0).toString();
    CHECK(record.reportArns.contains(unitArn));

    const QJsonObject batch = cli(data, {QStringLiteral("batch-get-reports"), QStringLiteral("--report-arns"),
                                         record.reportArns.at(0), record.reportArns.at(1), QStringLiteral("arn:none")});
    CHECK(batch.value(QStringLiteral("reportsNotFound")).toArray() == QJsonArray{QStringLiteral("arn:none")});
    const QJsonArray reports = batch.value(QStringLiteral("reports")).toArray();
    REQUIRE(reports.size() == 2);
    const QJsonObject unit = reports.at(0).toObject().value(QStringLiteral("name")) == QStringLiteral("reporting-unit")
                                 ? reports.at(0).toObject()
                                 : reports.at(1).toObject();
    const QJsonObject coverage = reports.at(0).toObject() == unit ? reports.at(1).toObject() : reports.at(0).toObject();
    CHECK(unit.value(QStringLiteral("type")) == QStringLiteral("TEST"));
    CHECK(unit.value(QStringLiteral("status")) == QStringLiteral("FAILED"));
    CHECK(unit.value(QStringLiteral("executionId")) == record.arn());
    const QJsonObject summary = unit.value(QStringLiteral("testSummary")).toObject();
    CHECK(summary.value(QStringLiteral("total")) == 5);
    CHECK(summary.value(QStringLiteral("statusCounts")).toObject() == QJsonObject{{QStringLiteral("SUCCEEDED"), 2},
                                                                                  {QStringLiteral("FAILED"), 2},
                                                                                  {QStringLiteral("ERROR"), 0},
                                                                                  {QStringLiteral("SKIPPED"), 1},
                                                                                  {QStringLiteral("UNKNOWN"), 0}});
    CHECK(coverage.value(QStringLiteral("type")) == QStringLiteral("CODE_COVERAGE"));
    CHECK(coverage.value(QStringLiteral("status")) == QStringLiteral("SUCCEEDED"));
    const QJsonObject lines = coverage.value(QStringLiteral("codeCoverageSummary")).toObject();
    CHECK(lines.value(QStringLiteral("linesCovered")).toInt() + lines.value(QStringLiteral("linesMissed")).toInt() > 0);

    const QJsonArray failed = cli(data, {QStringLiteral("describe-test-cases"), QStringLiteral("--report-arn"), unitArn,
                                         QStringLiteral("--filter"), QStringLiteral("status=FAILED")})
                                  .value(QStringLiteral("testCases"))
                                  .toArray();
    REQUIRE(failed.size() == 2);
    for (const QJsonValue &testCase : failed) {
        CHECK(testCase.toObject().value(QStringLiteral("status")) == QStringLiteral("FAILED"));
        CHECK(testCase.toObject().value(QStringLiteral("prefix")) ==
              QStringLiteral("action.surefire.report.calc.StringUtilsTest"));
        CHECK(testCase.toObject()
                  .value(QStringLiteral("testRawDataPath"))
                  .toString()
                  .endsWith(QStringLiteral("/reports/junit/TEST-StringUtils.xml")));
        CHECK_FALSE(testCase.toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
    const QString coverageArn = coverage.value(QStringLiteral("arn")).toString();
    const QJsonArray files =
        cli(data, {QStringLiteral("describe-code-coverages"), QStringLiteral("--report-arn"), coverageArn,
                   QStringLiteral("--sort-by"), QStringLiteral("LINE_COVERAGE_PERCENTAGE")})
            .value(QStringLiteral("codeCoverages"))
            .toArray();
    REQUIRE_FALSE(files.isEmpty());
    for (qsizetype i = 1; i < files.size(); ++i)
        CHECK(files.at(i - 1).toObject().value(QStringLiteral("lineCoveragePercentage")).toDouble() <=
              files.at(i).toObject().value(QStringLiteral("lineCoveragePercentage")).toDouble());

    // A failing build still has its reports, and its status stays its own.
    ReportSource failing(corpus, QStringLiteral("exit 3"));
    const BuildRecord failedBuild = builds.run(failing.project());
    CHECK(failedBuild.buildStatus == Status::Failed);
    CHECK(failedBuild.reportArns.size() == 2);
    Reports::ReportStore store(builds.store().database());
    const auto unitHistory = store.reportsOf(QStringLiteral("reporting-unit"));
    REQUIRE(unitHistory);
    CHECK(unitHistory->size() == 2);
}

TEST_CASE("Report and cache CLI verbs name what is wrong with their options", "[cli][reports]")
{
    QTemporaryDir data;
    const auto run = [&](const QStringList &arguments) {
        return runProgram(QStringLiteral(BUILDDECK_BIN_DIR "/builddeck-cli"),
                          QStringList{QStringLiteral("--data-dir"), data.path()} + arguments);
    };
    ProcessResult result = run({QStringLiteral("describe-test-cases")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--report-arn is required")));
    result = run({QStringLiteral("describe-test-cases"), QStringLiteral("--report-arn"), QStringLiteral("x"),
                  QStringLiteral("--filter"), QStringLiteral("state=BAD")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--filter: 'state=BAD' is not status=STATUS")));
    result = run({QStringLiteral("describe-test-cases"), QStringLiteral("--report-arn"), QStringLiteral("x")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--report-arn: there is no report x")));
    result = run({QStringLiteral("list-reports-for-report-group"), QStringLiteral("--report-group-arn"),
                  QStringLiteral("nope")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("There is no report group nope.")));
    result = run({QStringLiteral("describe-code-coverages"), QStringLiteral("--report-arn"), QStringLiteral("x"),
                  QStringLiteral("--min-line-coverage-percentage"), QStringLiteral("120")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--min-line-coverage-percentage: '120' is not a percentage")));
    CHECK(run({QStringLiteral("list-report-groups")}).out.contains(QStringLiteral("\"reportGroups\": [")));
    result = run({QStringLiteral("invalidate-project-cache")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--project-name is required")));
    result =
        run({QStringLiteral("invalidate-project-cache"), QStringLiteral("--project-name"), QStringLiteral("nope")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--project-name: there is no project named nope")));
}
