#pragma once

#include "reportparser.h"

namespace BuildDeck::Reports {

// COBERTURAXML (a <coverage> root with <packages>; coverage.py and others write it too). Each
// <class filename> gives lines of that file: every <line number hits> below the class (its own
// <lines> and its methods' lines, which repeat them), a line covered when hits > 0, its branches
// from condition-coverage="50% (1/2)". Classes with the same filename are merged, and each line
// number counts once (covered if any mention has hits). Line numbers below 1 are skipped with a
// warning. The file path is the filename as written (not joined to a <source>). A <coverage> root
// holding a <project> is Clover's, and is refused.
class CoberturaParser final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::CoberturaParser)

public:
    static Result<ParsedReport> parse(const QByteArray &data, const QString &fileName);
};

} // namespace BuildDeck::Reports
