#include "statuspresentation.h"

#include "style/icons.h"

namespace BuildDeck::Ui {

QIcon StatusPresentation::icon(std::optional<Engine::Status> status)
{
    if (!status)
        return Icons::icon(QStringLiteral("status-in-progress"));
    switch (*status) {
    case Engine::Status::Succeeded:
        return Icons::icon(QStringLiteral("status-succeeded"));
    case Engine::Status::Failed:
        return Icons::icon(QStringLiteral("status-failed"));
    case Engine::Status::Fault:
        return Icons::icon(QStringLiteral("status-fault"));
    case Engine::Status::TimedOut:
        return Icons::icon(QStringLiteral("status-timed-out"));
    case Engine::Status::Stopped:
        return Icons::icon(QStringLiteral("status-stopped"));
    case Engine::Status::InProgress:
        return Icons::icon(QStringLiteral("status-in-progress"));
    }
    return {};
}

QIcon StatusPresentation::reportIcon(const QString &status)
{
    if (status == QStringLiteral("SUCCEEDED"))
        return icon(Engine::Status::Succeeded);
    if (status == QStringLiteral("FAILED"))
        return icon(Engine::Status::Failed);
    if (status == QStringLiteral("ERROR") || status == QStringLiteral("INCOMPLETE"))
        return icon(Engine::Status::Fault);
    return icon(Engine::Status::Stopped); // skipped, unknown
}

QString StatusPresentation::reportText(const QString &status)
{
    if (status == QStringLiteral("SUCCEEDED"))
        return tr("Passed");
    if (status == QStringLiteral("FAILED"))
        return tr("Failed");
    if (status == QStringLiteral("ERROR"))
        return tr("Error");
    if (status == QStringLiteral("SKIPPED"))
        return tr("Skipped");
    if (status == QStringLiteral("INCOMPLETE"))
        return tr("Incomplete");
    return tr("Unknown");
}

QString StatusPresentation::text(std::optional<Engine::Status> status)
{
    if (!status)
        return tr("In progress");
    switch (*status) {
    case Engine::Status::Succeeded:
        return tr("Succeeded");
    case Engine::Status::Failed:
        return tr("Failed");
    case Engine::Status::Fault:
        return tr("Fault");
    case Engine::Status::TimedOut:
        return tr("Timed out");
    case Engine::Status::Stopped:
        return tr("Stopped");
    case Engine::Status::InProgress:
        return tr("In progress");
    }
    return {};
}

namespace {

std::optional<Engine::Status> statusOf(const Engine::BuildRecord &build)
{
    return build.buildComplete ? std::optional(build.buildStatus) : std::nullopt;
}

} // namespace

QIcon StatusPresentation::icon(const Engine::BuildRecord &build)
{
    return icon(statusOf(build));
}

QString StatusPresentation::text(const Engine::BuildRecord &build)
{
    return text(statusOf(build));
}

QString StatusPresentation::duration(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid())
        return {};
    const qint64 ms = start.msecsTo(end.isValid() ? end : QDateTime::currentDateTimeUtc());
    if (ms < 1000)
        return tr("%1 ms").arg(std::max<qint64>(ms, 0));
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

} // namespace BuildDeck::Ui
