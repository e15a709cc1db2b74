#pragma once

#include "reportparser.h"

namespace BuildDeck::Reports {

// LCOV tracefiles (.info, a BuildDeck extension). Each "SF:<path>" ... "end_of_record" record is a
// file. LF/LH and BRF/BRH give its totals; without them, its DA:<line>,<hits> and
// BRDA:<line>,<block>,<branch>,<taken|-> lines are counted (a line covered when hits > 0, a branch
// when taken > 0). A file in several records (tracefiles joined with cat) is merged line by line from
// its DA/BRDA lines. Lines of other kinds (TN, FN, FNDA, FNF, FNH, VER, ...) are ignored; lines that
// are not LCOV at all are warnings, and a file with no SF record at all is refused.
class LcovParser final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::LcovParser)

public:
    static Result<ParsedReport> parse(const QByteArray &data, const QString &fileName);
};

} // namespace BuildDeck::Reports
