#pragma once

#include "reportparser.h"

namespace BuildDeck::Reports {

// NUNIT3XML (a <test-run> root). Each <test-case> is a case: result Passed SUCCEEDED, Failed
// FAILED (ERROR with label="Error"), Skipped SKIPPED, Inconclusive UNKNOWN, anything else (such as
// Warning) UNKNOWN. prefix = classname, or the fullname without its last part (NUnit 3.0 writes no
// classname); duration = duration in seconds (time in NUnit 3.0); testSuiteName = the nearest
// enclosing <test-suite>. The message is <failure><message> and <stack-trace>, or
// <reason><message>; a case that did not pass and has neither gets its label ("Test exceeded
// Timeout value 1ms."). The <assertions> copies of the failure are not read.
class Nunit3Parser final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::Nunit3Parser)

public:
    static Result<ParsedReport> parse(const QByteArray &data, const QString &fileName);
};

} // namespace BuildDeck::Reports
