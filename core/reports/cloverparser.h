#pragma once

#include "reportparser.h"

namespace BuildDeck::Reports {

// CLOVERXML (a <coverage> root with a <project>; PHPUnit, OpenClover and istanbul write it). Each
// <file> of the <project> (in a <package> or not) is a file, named by its path attribute, else its
// name: lines from the <metrics> directly under it (statements, coveredstatements), branches from
// conditionals and coveredconditionals. A file without <metrics> is counted from its <line>
// elements (type="stmt" covered when count > 0; type="cond" two branches, covered by truecount > 0
// and falsecount > 0). The files of a <testproject> (the tests' own sources) are not counted. A
// <coverage> root holding <packages> or <sources> is Cobertura's, and is refused.
class CloverParser final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::CloverParser)

public:
    static Result<ParsedReport> parse(const QByteArray &data, const QString &fileName);
};

} // namespace BuildDeck::Reports
