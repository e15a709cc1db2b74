#pragma once

#include "reportparser.h"

namespace BuildDeck::Reports {

// SIMPLECOV: the JSON formatter's output ({"meta": ..., "coverage": {file: {"lines": [...],
// "branches": [...]}}}) or the legacy .resultset.json ({"<command>": {"coverage": {file: [...] or
// {"lines": [...], "branches": {...}}}, "timestamp": ...}}). A line entry that is null (or
// "ignored") is not relevant, 0 is missed, more is covered. Branches: the formatter's list of
// {"coverage": n}, or the result set's {condition: {branch: n}}; a branch is covered when n > 0.
// Several commands naming one file are merged line by line. Files come in the order first seen, which
// within one JSON object is by path (QJsonObject sorts its keys). simplecov-json's {"files": [...]}
// is not this format.
class SimpleCovParser final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::SimpleCovParser)

public:
    static Result<ParsedReport> parse(const QByteArray &data, const QString &fileName);
};

} // namespace BuildDeck::Reports
