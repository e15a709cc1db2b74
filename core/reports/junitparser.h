#pragma once

#include "reportparser.h"

namespace BuildDeck::Reports {

// JUNITXML: a <testsuites> or <testsuite> root, suites nested to any depth. Each <testcase> is a case:
// <failure> FAILED, <error> ERROR, <skipped> SKIPPED (an error outranks a failure, which outranks a
// skip), none SUCCEEDED; prefix = classname, testSuiteName = the nearest enclosing suite with a name,
// duration = time in seconds. The message is the element's message attribute and its text (the
// stack trace), joined by a newline; several such elements are joined too. A <testcase> without a
// name is skipped with a warning.
class JunitParser final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::JunitParser)

public:
    static Result<ParsedReport> parse(const QByteArray &data, const QString &fileName);
};

} // namespace BuildDeck::Reports
