#include "stringmakers.h"

#include "engine/phaseplan.h"

using namespace BuildDeck::Engine;
using Action = BuildDeck::Spec::OnFailure::Action;

namespace {

// The phases a build goes through when `failing` fails (once) with `onFailure`.
QStringList walk(std::optional<PhaseType> failing, Status failure = Status::Failed,
                 std::optional<Action> onFailure = std::nullopt)
{
    QStringList visited;
    PhaseType phase = PhaseType::Submitted;
    while (true) {
        visited.append(phaseTypeName(phase));
        if (phase == PhaseType::Completed)
            return visited;
        const bool fails = failing && phase == *failing;
        phase = PhasePlan::next(phase, fails ? failure : Status::Succeeded,
                                PhasePlan::isCommandPhase(phase) ? onFailure : std::nullopt);
    }
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result.append(QString::fromLatin1(name));
    return result;
}

} // namespace

TEST_CASE("A successful build goes through every phase in order", "[phases]")
{
    CHECK(walk(std::nullopt) == names({"SUBMITTED", "QUEUED", "PROVISIONING", "DOWNLOAD_SOURCE", "INSTALL", "PRE_BUILD",
                                       "BUILD", "POST_BUILD", "UPLOAD_ARTIFACTS", "FINALIZING", "COMPLETED"}));
}

TEST_CASE("The transition table of reference §2.3", "[phases]")
{
    CHECK(walk(PhaseType::Provisioning) == names({"SUBMITTED", "QUEUED", "PROVISIONING", "FINALIZING", "COMPLETED"}));
    CHECK(walk(PhaseType::DownloadSource) ==
          names({"SUBMITTED", "QUEUED", "PROVISIONING", "DOWNLOAD_SOURCE", "FINALIZING", "COMPLETED"}));
    CHECK(walk(PhaseType::Install) ==
          names({"SUBMITTED", "QUEUED", "PROVISIONING", "DOWNLOAD_SOURCE", "INSTALL", "FINALIZING", "COMPLETED"}));
    CHECK(walk(PhaseType::PreBuild) == names({"SUBMITTED", "QUEUED", "PROVISIONING", "DOWNLOAD_SOURCE", "INSTALL",
                                              "PRE_BUILD", "FINALIZING", "COMPLETED"}));
    // BUILD fails: POST_BUILD and UPLOAD_ARTIFACTS still run.
    CHECK(walk(PhaseType::Build) ==
          names({"SUBMITTED", "QUEUED", "PROVISIONING", "DOWNLOAD_SOURCE", "INSTALL", "PRE_BUILD", "BUILD",
                 "POST_BUILD", "UPLOAD_ARTIFACTS", "FINALIZING", "COMPLETED"}));
    CHECK(walk(PhaseType::PostBuild) ==
          names({"SUBMITTED", "QUEUED", "PROVISIONING", "DOWNLOAD_SOURCE", "INSTALL", "PRE_BUILD", "BUILD",
                 "POST_BUILD", "UPLOAD_ARTIFACTS", "FINALIZING", "COMPLETED"}));
    CHECK(walk(PhaseType::UploadArtifacts) ==
          names({"SUBMITTED", "QUEUED", "PROVISIONING", "DOWNLOAD_SOURCE", "INSTALL", "PRE_BUILD", "BUILD",
                 "POST_BUILD", "UPLOAD_ARTIFACTS", "FINALIZING", "COMPLETED"}));
}

TEST_CASE("on-failure CONTINUE goes on and ABORT goes to FINALIZING", "[phases]")
{
    CHECK(walk(PhaseType::Install, Status::Failed, Action::Continue) ==
          names({"SUBMITTED", "QUEUED", "PROVISIONING", "DOWNLOAD_SOURCE", "INSTALL", "PRE_BUILD", "BUILD",
                 "POST_BUILD", "UPLOAD_ARTIFACTS", "FINALIZING", "COMPLETED"}));
    // ABORT after BUILD: no POST_BUILD, no UPLOAD_ARTIFACTS (ARCHITECTURE §6).
    CHECK(walk(PhaseType::Build, Status::Failed, Action::Abort) ==
          names({"SUBMITTED", "QUEUED", "PROVISIONING", "DOWNLOAD_SOURCE", "INSTALL", "PRE_BUILD", "BUILD",
                 "FINALIZING", "COMPLETED"}));
}

TEST_CASE("A timeout, a stop or a fault goes straight to FINALIZING", "[phases]")
{
    for (const Status status : {Status::TimedOut, Status::Stopped, Status::Fault}) {
        INFO(statusName(status).toStdString());
        CHECK(walk(PhaseType::Build, status, Action::Continue) ==
              names({"SUBMITTED", "QUEUED", "PROVISIONING", "DOWNLOAD_SOURCE", "INSTALL", "PRE_BUILD", "BUILD",
                     "FINALIZING", "COMPLETED"}));
    }
}

TEST_CASE("The build's status follows from its phases", "[phases]")
{
    const auto phase = [](Status status) { return BuildPhase{PhaseType::Build, status, {}, {}, {}}; };
    CHECK(PhasePlan::finalStatus({phase(Status::Succeeded), phase(Status::Succeeded)}) == Status::Succeeded);
    CHECK(PhasePlan::finalStatus({phase(Status::Failed), phase(Status::Succeeded)}) == Status::Failed);
    CHECK(PhasePlan::finalStatus({phase(Status::Failed), phase(Status::TimedOut)}) == Status::TimedOut);
    CHECK(PhasePlan::finalStatus({phase(Status::Stopped), phase(Status::Failed)}) == Status::Stopped);
    CHECK(PhasePlan::finalStatus({phase(Status::Fault)}) == Status::Fault);
    CHECK(PhasePlan::finalStatus({BuildPhase{PhaseType::Completed, std::nullopt, {}, {}, {}}}) == Status::Succeeded);
}
