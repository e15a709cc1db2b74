#pragma once

#include "buildspec/buildspec.h"
#include "support/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace BuildDeck::Reports {

// What a report group holds (reference §6.1): test results or code coverage.
enum class ReportType
{
    Test,
    CodeCoverage
};

ReportType reportType(Spec::ReportFormat format); // TEST or CODE_COVERAGE
QString reportTypeName(ReportType type);          // "TEST", "CODE_COVERAGE"

// One test case as `describe-test-cases` shows it (reference §6.3).
struct TestCase
{
    QString prefix; // classname / fixture / feature, framework-dependent
    QString name;
    QString status; // SUCCEEDED, FAILED, ERROR, SKIPPED, UNKNOWN
    qint64 durationInNanoSeconds = 0;
    QString message; // failure text / stack, at most 5000 characters
    QString testSuiteName;
    friend bool operator==(const TestCase &, const TestCase &) = default;
};

// The coverage of one source file (reference §6.3, `CodeCoverage`).
struct FileCoverage
{
    QString filePath;
    int linesCovered = 0, linesMissed = 0, branchesCovered = 0, branchesMissed = 0;
    double lineCoveragePercentage() const; // 0..100, 0 when no lines
    double branchCoveragePercentage() const;
    friend bool operator==(const FileCoverage &, const FileCoverage &) = default;
};

struct ParsedReport
{
    ReportType type = ReportType::Test;
    QList<TestCase> testCases; // every case found (truncation to 500 is done later, not here)
    QList<FileCoverage> files; // per file, for coverage formats
    QStringList warnings;      // things skipped but not fatal, e.g. "line 12: a <testcase> without a name"
};

// Reads the raw report files a build leaves behind, in the formats of reference §6.1 and LCOV. Only
// QtCore: XML through QXmlStreamReader (which never fetches an external DTD), JSON through
// QJsonDocument, LCOV line by line. The header totals some formats carry are never trusted; what
// counts is the cases and files in the body. The choices for each format are written down beside
// its reader (junitparser.h, nunitparser.h, ... in this directory).
class ReportParser final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::ReportParser)

public:
    // Parses one raw report file. Fails (ErrorCode::InvalidArgument, a message naming the file
    // name given and the line/column of the XML or JSON error, and saying which format was
    // expected) for a file that is not that format; never crashes or throws on any input.
    static Result<ParsedReport> parse(Spec::ReportFormat format, const QByteArray &data, const QString &fileName);
};

} // namespace BuildDeck::Reports
