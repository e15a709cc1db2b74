#include "buildcommands.h"

#include "clioutput.h"

#include "engine/buildcache.h"
#include "engine/buildrunner.h"
#include "engine/buildservice.h"
#include "engine/buildsettings.h"
#include "engine/orphanfinalizer.h"
#include "project/projectvalidator.h"
#include "runtime/enginelocator.h"
#include "support/datadirectory.h"
#include "support/setting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <sys/resource.h>
#include <thread>

using namespace BuildDeck;
using namespace BuildDeck::Engine;

namespace {

// Set by SIGTERM in a worker: stop-build's signal, or the system shutting down.
std::atomic_bool stopSignalled{false};
static_assert(std::atomic_bool::is_always_lock_free);

void onStopSignal(int)
{
    stopSignalled = true;
}

} // namespace

BuildCommands::BuildCommands(QString dataDir, QString engine)
    : m_dataDir(std::move(dataDir))
    , m_engine(std::move(engine))
{
}

BuildCommands::~BuildCommands() = default;

bool BuildCommands::open(bool frontEnd)
{
    if (m_builds)
        return true;
    const Result<DataDirectory> directory = DataDirectory::open(m_dataDir);
    if (!directory) {
        CliOutput::fail(directory.error().message);
        return false;
    }
    m_resolvedDataDir = directory->path();
    Result<History::Database> database = History::Database::open(m_resolvedDataDir);
    if (!database) {
        CliOutput::fail(database.error().message);
        return false;
    }
    m_projects = std::make_unique<Projects::ProjectStore>(*database);
    m_builds = std::make_unique<BuildStore>(std::move(database).value());
    // The worker is this program: `builddeck-cli run-build`.
    BuildService::Worker worker{QCoreApplication::applicationFilePath(), {}};
    if (!m_engine.isEmpty())
        worker.options = {QStringLiteral("--engine"), m_engine};
    m_service = std::make_unique<BuildService>(*m_builds, m_resolvedDataDir, worker);

    if (!frontEnd)
        return true;
    // Builds whose worker died are finalised by whichever front end starts next.
    const Result<int> finalised = OrphanFinalizer::finalize(
        m_resolvedDataDir, Runtime::EngineLocator::candidates(m_engine).value_or(QList<Runtime::EngineEndpoint>()));
    if (finalised && *finalised > 0)
        CliOutput::printErr(
            tr("builddeck-cli: %n build(s) whose worker had ended were finalised as FAULT.\n", nullptr, *finalised));
    return true;
}

std::optional<Projects::EnvironmentVariable> BuildCommands::parseVariable(const QString &text)
{
    Projects::EnvironmentVariable variable;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1);
        if (key == QStringLiteral("name"))
            variable.name = value;
        else if (key == QStringLiteral("value"))
            variable.value = value;
        else if (key == QStringLiteral("type"))
            variable.type = value;
        else
            return std::nullopt;
    }
    if (variable.name.isEmpty())
        return std::nullopt;
    return variable;
}

int BuildCommands::startBuild(const BuildRequest &request, bool wait)
{
    if (request.projectName.isEmpty())
        return CliOutput::fail(tr("--project-name is required"), CliOutput::UsageError);
    if (request.timeoutInMinutesOverride &&
        (*request.timeoutInMinutesOverride < 5 || *request.timeoutInMinutesOverride > 2160))
        return CliOutput::fail(tr("--timeout-in-minutes-override: must be 5 to 2160"), CliOutput::UsageError);
    if (!open())
        return CliOutput::Failure;
    const Result<Projects::ProjectRecord> project = m_projects->get(request.projectName);
    if (!project)
        return CliOutput::fail(tr("--project-name: %1").arg(project.error().message), CliOutput::UsageError);
    QList<Issue> issues;
    const Projects::Project effective = request.apply(project->project, &issues);
    issues += Projects::ProjectValidator::validateForBuild(effective);
    if (hasErrors(issues)) {
        CliOutput::printIssues(issues);
        return CliOutput::UsageError;
    }
    return finish(m_service->start(project->project, request), wait);
}

int BuildCommands::retryBuild(const QString &id, bool wait)
{
    if (id.isEmpty())
        return CliOutput::fail(tr("--id is required"), CliOutput::UsageError);
    if (!open())
        return CliOutput::Failure;
    const Result<BuildRecord> previous = m_builds->get(id);
    if (!previous)
        return CliOutput::fail(tr("--id: %1").arg(previous.error().message), CliOutput::UsageError);
    if (!m_projects->get(previous->projectName)) {
        return CliOutput::fail(tr("--id: the project %1 of build %2 no longer exists").arg(previous->projectName, id),
                               CliOutput::UsageError);
    }
    return finish(m_service->retry(id), wait);
}

int BuildCommands::finish(const Result<BuildRecord> &started, bool wait)
{
    if (!started)
        return CliOutput::fail(started.error().message);
    if (wait)
        return waitFor(started->id);
    CliOutput::printJson(QJsonObject{{QStringLiteral("build"), started->toJson(BuildSettings::region().value())}});
    return CliOutput::Success;
}

int BuildCommands::waitFor(const QString &id)
{
    while (true) {
        const Result<BuildRecord> record = m_builds->get(id);
        if (!record)
            return CliOutput::fail(record.error().message);
        if (record->buildComplete) {
            CliOutput::printJson(
                QJsonObject{{QStringLiteral("build"), record->toJson(BuildSettings::region().value())}});
            return record->buildStatus == Status::Succeeded ? CliOutput::Success : CliOutput::Failure;
        }
        QThread::msleep(20); // a read of the local database: cheap
    }
}

int BuildCommands::invalidateProjectCache(const QString &project)
{
    if (project.isEmpty())
        return CliOutput::fail(tr("--project-name is required"), CliOutput::UsageError);
    if (!open())
        return CliOutput::Failure;
    const Result<Projects::ProjectRecord> record = m_projects->get(project);
    if (!record)
        return CliOutput::fail(tr("--project-name: %1").arg(record.error().message), CliOutput::UsageError);
    const Result<QList<Runtime::EngineEndpoint>> candidates = Runtime::EngineLocator::candidates(m_engine);
    if (!candidates)
        return CliOutput::fail(candidates.error().message, CliOutput::UsageError);
    Result<Runtime::EngineConnection> connection = Runtime::EngineLocator::connect(*candidates);
    if (!connection)
        return CliOutput::fail(connection.error().message);
    if (Result<void> cleared = BuildCache::invalidate(*connection->runtime, m_resolvedDataDir, record->project);
        !cleared)
        return CliOutput::fail(cleared.error().message);
    CliOutput::printJson({});
    return CliOutput::Success;
}

int BuildCommands::runBuild(const QString &id)
{
    if (!open(false))
        return CliOutput::Failure;
    // The project's own engine (its builddeck.engine) comes before the default one.
    const Result<BuildRecord> planned = m_builds->get(id);
    const QString projectEngine = planned ? planned->configuration.value(QStringLiteral("builddeck"))
                                                .toObject()
                                                .value(QStringLiteral("engine"))
                                                .toString()
                                          : QString();
    const Result<QList<Runtime::EngineEndpoint>> candidates =
        Runtime::EngineLocator::candidates(projectEngine.isEmpty() ? m_engine : projectEngine);
    if (!candidates)
        return CliOutput::fail(candidates.error().message, CliOutput::UsageError);
    Result<Runtime::EngineConnection> connection = Runtime::EngineLocator::connect(*candidates);
    if (!connection) {
        // Without an engine the build cannot start: it ends FAULT at once, saying why.
        m_service->abandon(id, connection.error().message);
        return CliOutput::fail(connection.error().message);
    }

    std::signal(SIGTERM, onStopSignal); // before stop-build can know this process
    (void)m_builds->setWorker(id, QCoreApplication::applicationPid());
    const Result<BuildRecord> submitted = m_builds->get(id);
    if (!submitted)
        return CliOutput::fail(submitted.error().message);
    const Result<Projects::ProjectRecord> project = m_projects->get(submitted->projectName);
    const int projectLimit = project ? project->project.concurrentBuildLimit.value_or(0) : 0;
    const int globalLimit = BuildSettings::concurrentLimit().value();

    // Stop requests arrive through the database, and a signal says when to look.
    std::atomic_bool &stop = stopSignalled;
    std::atomic_bool done{false};
    const QString dataDir = m_resolvedDataDir;
    std::thread poller([&done, dataDir, id] {
        Result<History::Database> database = History::Database::open(dataDir);
        if (!database)
            return;
        BuildStore builds(std::move(database).value());
        while (!done.load()) {
            const Result<bool> requested = builds.stopRequested(id);
            if (requested && *requested)
                stopSignalled = true;
            QThread::msleep(200);
        }
    });
    BuildStore *builds = m_builds.get();
    BuildRunner runner(*m_builds, *connection->runtime, m_resolvedDataDir);
    const Result<BuildRecord> record = runner.run(id, &stop, [builds, id, projectLimit, globalLimit] {
        return builds->claimSlot(id, projectLimit, globalLimit);
    });
    done = true;
    poller.join();
    if (!record)
        return CliOutput::fail(record.error().message);
    // For whoever reads the worker's output (the benchmarks do): how much memory the build took.
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    CliOutput::printErr(tr("builddeck-cli: build %1 ended %2; peak memory %3 KiB\n")
                            .arg(id, statusName(record->buildStatus))
                            .arg(usage.ru_maxrss));
    return record->buildStatus == Status::Succeeded ? CliOutput::Success : CliOutput::Failure;
}

int BuildCommands::stopBuild(const QString &id)
{
    if (id.isEmpty())
        return CliOutput::fail(tr("--id is required"), CliOutput::UsageError);
    if (!open())
        return CliOutput::Failure;
    const Result<BuildRecord> record = m_builds->get(id);
    if (!record)
        return CliOutput::fail(record.error().message, CliOutput::UsageError);
    if (!record->buildComplete) {
        if (Result<void> requested = m_service->stop(id); !requested)
            return CliOutput::fail(requested.error().message);
    }
    CliOutput::printJson(QJsonObject{{QStringLiteral("build"), record->toJson(BuildSettings::region().value())}});
    return CliOutput::Success;
}

int BuildCommands::batchGetBuilds(const QStringList &ids)
{
    if (ids.isEmpty())
        return CliOutput::fail(tr("--ids is required"), CliOutput::UsageError);
    if (!open())
        return CliOutput::Failure;
    const auto found = m_builds->get(ids);
    if (!found)
        return CliOutput::fail(found.error().message);
    QJsonArray builds;
    for (const BuildRecord &record : found->first)
        builds.append(record.toJson(BuildSettings::region().value()));
    CliOutput::printJson(QJsonObject{{QStringLiteral("builds"), builds},
                                     {QStringLiteral("buildsNotFound"), QJsonArray::fromStringList(found->second)}});
    return CliOutput::Success;
}

int BuildCommands::listBuilds(const QString &project, const QString &sortOrder)
{
    if (!sortOrder.isEmpty() && sortOrder != QStringLiteral("ASCENDING") && sortOrder != QStringLiteral("DESCENDING"))
        return CliOutput::fail(tr("--sort-order: %1 is not one of ASCENDING, DESCENDING").arg(sortOrder),
                               CliOutput::UsageError);
    if (!open())
        return CliOutput::Failure;
    BuildQuery query;
    query.project = project;
    query.newestFirst = sortOrder != QStringLiteral("ASCENDING");
    query.limit = 100000;
    const Result<QList<BuildRecord>> records = m_builds->query(query);
    if (!records)
        return CliOutput::fail(records.error().message);
    QJsonArray ids;
    for (const BuildRecord &record : *records)
        ids.append(record.id);
    CliOutput::printJson(QJsonObject{{QStringLiteral("ids"), ids}});
    return CliOutput::Success;
}

int BuildCommands::logs(const QString &id, bool follow)
{
    if (id.isEmpty())
        return CliOutput::fail(tr("--id is required"), CliOutput::UsageError);
    if (!open())
        return CliOutput::Failure;
    Result<BuildRecord> record = m_builds->get(id);
    if (!record)
        return CliOutput::fail(record.error().message, CliOutput::UsageError);
    QFile log(BuildRunner::logPath(m_resolvedDataDir, *record));
    qint64 printed = 0;
    while (true) {
        if (!log.isOpen())
            (void)log.open(QIODevice::ReadOnly);
        if (log.isOpen()) {
            log.seek(printed);
            const QByteArray bytes = log.readAll();
            if (!bytes.isEmpty()) {
                std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
                std::fflush(stdout);
                printed += bytes.size();
            }
        }
        if (!follow || record->buildComplete)
            break;
        QThread::msleep(200);
        record = m_builds->get(id);
        if (!record)
            return CliOutput::fail(record.error().message);
    }
    return CliOutput::Success;
}
