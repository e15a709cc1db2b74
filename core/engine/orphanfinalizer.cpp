#include "orphanfinalizer.h"

#include "runtime/enginelocator.h"

namespace BuildDeck::Engine {

Result<int> OrphanFinalizer::finalize(BuildStore &builds,
                                      const std::function<std::unique_ptr<Runtime::ContainerRuntime>()> &connect)
{
    Result<QList<BuildRecord>> orphans = builds.orphans();
    if (!orphans)
        return orphans.error();
    if (orphans->isEmpty())
        return 0;
    std::unique_ptr<Runtime::ContainerRuntime> runtime = connect ? connect() : nullptr;
    for (BuildRecord &record : *orphans) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!record.phases.isEmpty() && !record.phases.last().status) {
            BuildPhase &interrupted = record.phases.last();
            interrupted.status = Status::Fault;
            interrupted.endTime = now;
            interrupted.contexts = {{QStringLiteral("BUILD_WORKER_LOST"),
                                     tr("The BuildDeck worker running this build ended unexpectedly, during %1.")
                                         .arg(phaseTypeName(interrupted.type))}};
        }
        BuildPhase finalizing{PhaseType::Finalizing, Status::Succeeded, now, now, {PhaseContext{}}};
        if (!runtime) {
            finalizing.status = Status::Fault;
            finalizing.contexts = {{QStringLiteral("CLIENT_ERROR"),
                                    tr("No container engine answered, so the build's container may still exist.")}};
        } else {
            const Result<QList<Runtime::ContainerSummary>> containers =
                runtime->listContainers(QStringLiteral("builddeck.build-id=") + record.id);
            for (const Runtime::ContainerSummary &container : containers.value_or(QList<Runtime::ContainerSummary>()))
                (void)runtime->removeContainer(container.id);
        }
        record.phases.append(finalizing);
        record.complete(Status::Fault, now);
        if (Result<void> saved = builds.save(record); !saved)
            return saved.error();
    }
    return int(orphans->size());
}

Result<int> OrphanFinalizer::finalize(const QString &dataDirectory, const QList<Runtime::EngineEndpoint> &engines)
{
    Result<History::Database> database = History::Database::open(dataDirectory);
    if (!database)
        return database.error();
    BuildStore builds(std::move(database).value());
    return finalize(builds, [&engines]() -> std::unique_ptr<Runtime::ContainerRuntime> {
        Result<Runtime::EngineConnection> connection = Runtime::EngineLocator::connect(engines);
        return connection ? std::move(connection.value().runtime) : nullptr;
    });
}

} // namespace BuildDeck::Engine
