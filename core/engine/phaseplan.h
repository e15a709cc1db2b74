#pragma once

#include "buildrecord.h"

#include "buildspec/buildspec.h"

#include <QList>
#include <optional>

namespace BuildDeck::Engine {

// Which phase comes next (reference §2.3 with ARCHITECTURE §6's decisions), and how a build's
// status follows from its phases. Pure rules, so the runner and its tests share one truth.
class PhasePlan final
{
public:
    // The phase after `phase` ended with `outcome`. `onFailure` is the phase's buildspec
    // `on-failure` (command phases only); RETRY is the runner's to do before it asks.
    static PhaseType next(PhaseType phase, Status outcome,
                          std::optional<Spec::OnFailure::Action> onFailure = std::nullopt);

    // The build's final status: TIMED_OUT, STOPPED, FAULT or FAILED when a phase ended so (in that
    // order of precedence), SUCCEEDED otherwise.
    static Status finalStatus(const QList<BuildPhase> &phases);

    // Whether the buildspec phase behind a phase type runs commands.
    static bool isCommandPhase(PhaseType phase);
};

} // namespace BuildDeck::Engine
