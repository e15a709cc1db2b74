#pragma once

#include "reportparser.h"

namespace BuildDeck::Reports {

// CUCUMBERJSON: an array of features, each with "elements". Every element of type "scenario" (or
// without a type and not a Background) is a case; a "background" element's steps are folded into
// the scenario that follows it. prefix = the feature's name; testSuiteName = the feature's uri (its
// .feature file), else its name; name = the scenario's name. The results counted are the scenario's
// before hooks, the background's and the scenario's steps (with their own before/after hooks) and
// its after hooks: FAILED if any failed (or was ambiguous), else SKIPPED if any was skipped, pending
// or undefined, else UNKNOWN if any had another status, else SUCCEEDED (also for a scenario without
// steps). message = the first failed result's error_message.
// Durations: nanoseconds, as cucumber-jvm, cucumber-ruby and cucumber-js 1.x and 4.0 on write them.
// cucumber-js 2.x and 3.x wrote milliseconds; a file in which every duration given is below 1000
// (no real step takes under a microsecond) is read as milliseconds, with a warning.
class CucumberParser final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::CucumberParser)

public:
    static Result<ParsedReport> parse(const QByteArray &data, const QString &fileName);
};

} // namespace BuildDeck::Reports
