#pragma once

#include "support/result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace BuildDeck::Log {

// Saves a build log elsewhere: as it is (colours kept as escape sequences), or as the plain text
// the log view shows. Writes to a temporary file and renames it, so a failed save leaves the
// target as it was.
class LogExport final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Log::LogExport)

public:
    enum class Form
    {
        Raw,
        PlainText
    };

    static Result<void> save(const QString &logPath, const QString &target, Form form,
                             const std::atomic_bool *cancelled = nullptr);
};

} // namespace BuildDeck::Log
