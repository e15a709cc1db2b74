#pragma once

#include "reportparser.h"

namespace BuildDeck::Reports {

class XmlReportReader;

// NUNITXML (NUnit 2.x, a <test-results> root). Each <test-case> is a case. The result attribute
// decides: Success SUCCEEDED, Failure FAILED, Error ERROR, Ignored/Skipped/NotRunnable/NotRun
// SKIPPED, Inconclusive UNKNOWN. Without a result (NUnit 2.2), or with another one, executed="False"
// is SKIPPED, and success="True"/"False" is SUCCEEDED/FAILED; anything else UNKNOWN. The name
// attribute is the full name: it is split at its last '.' outside brackets and quotes (parameters
// may hold dots) into prefix and name. testSuiteName = the nearest enclosing <test-suite>; duration
// = time in seconds; message = <failure><message> and <stack-trace>, or <reason><message>.
class NunitParser final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::NunitParser)

public:
    static Result<ParsedReport> parse(const QByteArray &data, const QString &fileName);

    // A <failure> or <reason> (NUnit 2 and 3 write them alike): its <message> and <stack-trace> as
    // one message. Reads through the element's end.
    static QString readOutcome(XmlReportReader &reader);
    // The messages of every <failure> and <reason> in the current <test-case>, skipping its other
    // children; the reader is then on the test case's end.
    static QStringList readOutcomes(XmlReportReader &reader);
};

} // namespace BuildDeck::Reports
