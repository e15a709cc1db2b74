#pragma once

#include "engine/buildrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>
#include <QString>

#include <optional>

namespace BuildDeck::Ui {

// How a build's or a phase's status looks: its icon and words; no status means still running.
class StatusPresentation final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Ui::StatusPresentation)

public:
    static QIcon icon(std::optional<Engine::Status> status);
    static QString text(std::optional<Engine::Status> status);
    // A build's: its final status once complete, running before.
    static QIcon icon(const Engine::BuildRecord &build);
    static QString text(const Engine::BuildRecord &build);
    // A test case's or a report's status (SUCCEEDED, FAILED, ERROR, SKIPPED, UNKNOWN, INCOMPLETE),
    // as CodeBuild names it.
    static QIcon reportIcon(const QString &status);
    static QString reportText(const QString &status);
    // "2 min 5 s", "850 ms"; until now when `end` is not set.
    static QString duration(const QDateTime &start, const QDateTime &end);
};

} // namespace BuildDeck::Ui
