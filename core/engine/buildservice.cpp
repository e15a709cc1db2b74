#include "buildservice.h"

#include "buildrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <csignal>

namespace BuildDeck::Engine {

namespace {

// Whether `pid` is a BuildDeck worker (and not another process that got its number since).
bool isWorker(qint64 pid)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return pid > 0 && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().split('\0').contains("run-build");
}

} // namespace

BuildService::BuildService(BuildStore &builds, QString dataDirectory, Worker worker, QObject *parent)
    : QObject(parent)
    , m_builds(builds)
    , m_dataDirectory(std::move(dataDirectory))
    , m_worker(std::move(worker))
{
}

Result<BuildRecord> BuildService::start(const Projects::Project &project, const BuildRequest &request)
{
    const Result<BuildRecord> record = BuildRunner::submit(m_builds, project, request);
    if (!record)
        return record;
    return launch(*record);
}

Result<BuildRecord> BuildService::retry(const QString &id)
{
    const Result<BuildRecord> previous = m_builds.get(id);
    if (!previous)
        return previous;
    const Result<BuildRecord> record = BuildRunner::resubmit(m_builds, *previous);
    if (!record)
        return record;
    return launch(*record);
}

Result<void> BuildService::stop(const QString &id)
{
    const Result<BuildRecord> record = m_builds.get(id);
    if (!record)
        return record.error();
    if (record->buildComplete)
        return {};
    if (Result<void> requested = m_builds.requestStop(id); !requested)
        return requested;
    if (const Result<qint64> pid = m_builds.worker(id); pid && isWorker(*pid))
        ::kill(pid_t(*pid), SIGTERM);
    return {};
}

Result<BuildRecord> BuildService::launch(const BuildRecord &record)
{
    QStringList arguments{QStringLiteral("--data-dir"), m_dataDirectory};
    arguments += m_worker.options;
    arguments << QStringLiteral("run-build") << QStringLiteral("--id") << record.id;
    const QString logPath = BuildRunner::logPath(m_dataDirectory, record);
    QDir().mkpath(QFileInfo(logPath).absolutePath());
    QProcess worker;
    worker.setProgram(m_worker.program);
    worker.setArguments(arguments);
    worker.setStandardOutputFile(QProcess::nullDevice());
    worker.setStandardErrorFile(logPath + QStringLiteral(".worker"));
    if (!worker.startDetached()) {
        const QString reason =
            tr("The build worker %1 could not be started: %2").arg(m_worker.program, worker.errorString());
        abandon(record.id, reason);
        return makeError(ErrorCode::Unavailable, reason);
    }
    Q_EMIT buildStarted(record.id);
    return record;
}

Result<void> BuildService::forget(const QString &project)
{
    if (const Result<int> removed = m_builds.removeAll(project); !removed)
        return removed.error();
    const QString logs = QStringLiteral("%1/logs/%2").arg(m_dataDirectory, project);
    if (QDir(logs).exists() && !QDir(logs).removeRecursively())
        return makeError(ErrorCode::Io, tr("The logs of %1 in %2 could not all be removed.").arg(project, logs));
    return {};
}

void BuildService::abandon(const QString &id, const QString &reason)
{
    Result<BuildRecord> record = m_builds.get(id);
    if (!record || record->buildComplete)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!record->phases.isEmpty() && !record->phases.last().status) {
        record->phases.last().status = Status::Succeeded;
        record->phases.last().endTime = now;
    }
    record->phases.append(
        {PhaseType::Provisioning, Status::Fault, now, now, {{QStringLiteral("CLIENT_ERROR"), reason}}});
    record->phases.append({PhaseType::Finalizing, Status::Succeeded, now, now, {PhaseContext{}}});
    record->complete(Status::Fault, now);
    (void)m_builds.save(*record);
}

} // namespace BuildDeck::Engine
