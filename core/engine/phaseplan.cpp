#include "phaseplan.h"

namespace BuildDeck::Engine {

namespace {

PhaseType following(PhaseType phase)
{
    return phase == PhaseType::Completed ? PhaseType::Completed : PhaseType(int(phase) + 1);
}

} // namespace

bool PhasePlan::isCommandPhase(PhaseType phase)
{
    return phase == PhaseType::Install || phase == PhaseType::PreBuild || phase == PhaseType::Build ||
           phase == PhaseType::PostBuild;
}

PhaseType PhasePlan::next(PhaseType phase, Status outcome, std::optional<Spec::OnFailure::Action> onFailure)
{
    if (phase == PhaseType::Finalizing || phase == PhaseType::Completed)
        return PhaseType::Completed;
    if (outcome == Status::Succeeded || outcome == Status::InProgress)
        return following(phase);
    // A timeout, a stop or a fault ends the build: only FINALIZING still runs.
    if (outcome != Status::Failed)
        return PhaseType::Finalizing;
    if (onFailure == Spec::OnFailure::Action::Continue)
        return following(phase);
    if (onFailure == Spec::OnFailure::Action::Abort)
        return PhaseType::Finalizing;
    switch (phase) {
    case PhaseType::Build:
        return PhaseType::PostBuild; // POST_BUILD runs with CODEBUILD_BUILD_SUCCEEDING=0
    case PhaseType::PostBuild:
        return PhaseType::UploadArtifacts; // artifacts are still attempted
    default:
        return PhaseType::Finalizing;
    }
}

Status PhasePlan::finalStatus(const QList<BuildPhase> &phases)
{
    const auto any = [&phases](Status status) {
        return std::any_of(phases.cbegin(), phases.cend(),
                           [status](const BuildPhase &phase) { return phase.status == status; });
    };
    for (const Status status : {Status::TimedOut, Status::Stopped, Status::Fault, Status::Failed}) {
        if (any(status))
            return status;
    }
    return Status::Succeeded;
}

} // namespace BuildDeck::Engine
