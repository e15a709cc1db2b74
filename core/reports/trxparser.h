#pragma once

#include "reportparser.h"

namespace BuildDeck::Reports {

// VISUALSTUDIOTRX (a <TestRun> root, elements matched by local name whatever the namespace). Each
// <UnitTestResult> is a case, except one holding <InnerResults> (a data-driven test), whose inner
// results are the cases. outcome Passed SUCCEEDED, Failed FAILED, NotExecuted SKIPPED,
// Error/Timeout/Aborted ERROR, anything else UNKNOWN; duration = "[d.]hh:mm:ss.fffffff"; name =
// testName; prefix = the className of the <TestMethod> in the <UnitTest> whose id is the result's
// testId, and testSuiteName that UnitTest's storage (the test assembly's file name), wherever the
// <TestDefinitions> are in the file; message = <Output><ErrorInfo><Message> and <StackTrace>.
class TrxParser final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::TrxParser)

public:
    static Result<ParsedReport> parse(const QByteArray &data, const QString &fileName);

    // "00:00:01.5", "1.02:03:04.0000001" as nanoseconds; empty when not such a time span.
    static std::optional<qint64> timeSpan(QStringView text);
};

} // namespace BuildDeck::Reports
