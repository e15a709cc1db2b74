#pragma once

#include "reportparser.h"

namespace BuildDeck::Reports {

// TESTNGXML (a <testng-results> root). Every <test-method> that is not is-config="true" is a case:
// status PASS SUCCEEDED, FAIL FAILED, SKIP SKIPPED, anything else UNKNOWN; duration = duration-ms;
// prefix = the enclosing <class name>; testSuiteName = the enclosing <test name>, else <suite name>;
// message = <exception><message> and <full-stacktrace>, else the exception's class.
// Configuration methods (@BeforeMethod and the like) are not test cases, as in CodeBuild and TestNG's
// own counts; one that failed is reported as a warning, since it is why the tests after it were
// skipped. The root's total/passed/failed attributes are never read: they can disagree with the body.
class TestNgParser final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::TestNgParser)

public:
    static Result<ParsedReport> parse(const QByteArray &data, const QString &fileName);
};

} // namespace BuildDeck::Reports
