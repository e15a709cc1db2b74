#pragma once

#include "reportparser.h"

namespace BuildDeck::Reports {

// JACOCOXML (a <report> root; its DOCTYPE names report.dtd, which is never fetched). Each
// <package>/<sourcefile> is a file, "<package name>/<sourcefile name>": lines and branches from the
// <counter type="LINE"> and <counter type="BRANCH"> directly under the <sourcefile> (missed and
// covered). A sourcefile without a LINE counter is counted from its <line nr mi ci mb cb> elements:
// a line is covered when ci > 0. Groups (<group>) may nest packages at any depth.
class JacocoParser final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::JacocoParser)

public:
    static Result<ParsedReport> parse(const QByteArray &data, const QString &fileName);
};

} // namespace BuildDeck::Reports
