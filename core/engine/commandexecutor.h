#pragma once

#include "buildlog.h"

#include "runtime/containerruntime.h"
#include "support/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

namespace BuildDeck::Engine {

// Runs buildspec commands in a build's container the way CodeBuild does (reference §2.4): each
// command in a fresh shell that, for version 0.2, first restores the working directory and the
// variables left by the commands before it and saves them again after; for 0.1 from the source
// directory with the base environment. A command fails when its shell exits non-zero (for a
// multi-line command: its last command, unless it sets -e). Output goes to the build log.
class CommandExecutor final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Engine::CommandExecutor)

public:
    static constexpr const char *directory = "/codebuild/bd";

    struct Settings
    {
        QString containerId;
        QString shell = QStringLiteral("sh"); // env.shell: sh or bash
        bool keepState = true;                // version 0.2
        QString sourceDirectory;
    };

    CommandExecutor(Runtime::ContainerRuntime &runtime, BuildLogWriter &log, Settings settings);

    // Creates the runner script, the state and the source directory in the container.
    Result<void> prepare();

    struct Outcome
    {
        int failedIndex = -1; // the command that failed, or -1 when all succeeded
        int status = 0;       // its exit status
    };

    // Runs `commands` one after another as `user` (empty: root) with `environment`, all in one
    // exec through a driver script, stopping at the first that fails. The agent's "Running
    // command" line goes into the log before each command's output, and "Command did not exit
    // successfully" after a failure. `output` collects the tail of what they printed (for
    // on-failure RETRY patterns).
    Result<Outcome> run(const QStringList &commands, const QStringList &environment, const QString &user,
                        QByteArray *output = nullptr, const std::atomic_bool *cancel = nullptr);

    // The exported variables the commands left (0.2 state), for exported-variables.
    Result<QList<QPair<QString, QString>>> variables(const QStringList &names);

private:
    Result<void> upload(const QString &name, const QByteArray &content);

    Runtime::ContainerRuntime &m_runtime;
    BuildLogWriter &m_log;
    Settings m_settings;
    QByteArray m_nonce; // marks the driver's events in the output stream
};

} // namespace BuildDeck::Engine
