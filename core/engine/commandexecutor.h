#pragma once

#include "buildlog.h"

#include "runtime/containerruntime.h"
#include "source/directoryarchive.h"
#include "support/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace BuildDeck::Engine {

// Runs buildspec commands in a build's container the way CodeBuild does (reference §2.4): each
// command in a fresh shell that, for version 0.2, first restores the working directory and the
// variables left by the commands before it and saves them again after; for 0.1 from the source
// directory with the base environment. A command fails when its shell exits non-zero (for a
// multi-line command: its last command, unless it sets -e). Output goes to the build log.
class CommandExecutor final
{
public:
    static constexpr const char *directory = "/codebuild/bd";

    CommandExecutor(Runtime::ContainerRuntime &runtime, BuildLogWriter &log, QString sourceDirectory);
    ~CommandExecutor();

    // The container's main process: an agent that runs the phases from its standard input.
    QStringList agentCommand() const;
    // Once the container runs: connects to the agent and has it make the build's directories and
    // scripts.
    Result<void> connect(const QString &containerId);
    // env.shell (sh or bash) and whether state is kept between commands (version 0.2).
    void configure(const QString &shell, bool keepState);

    struct Outcome
    {
        int failedIndex = -1; // the command that failed, or -1 when all succeeded
        int status = 0;       // its exit status
    };

    // Runs `commands` one after another as `user` (empty: root) with `environment`, stopping at the
    // first that fails, all in one request through a driver script. The agent's "Running command"
    // line goes into the log before each command's output, and "Command did not exit
    // successfully" after a failure. `output` collects the tail of what they printed (for
    // on-failure RETRY patterns).
    Result<Outcome> run(const QStringList &commands, const QStringList &environment, const QString &user,
                        QByteArray *output = nullptr, const std::atomic_bool *cancel = nullptr);

    // The exported variables the commands left (0.2 state), for exported-variables.
    Result<QList<QPair<QString, QString>>> variables(const QStringList &names);
    // Each text as the build's shell expands it inside double quotes (variables, `$(...)`), with
    // `environment` and the variables the commands left: artifact names and base directories.
    // `prelude` runs first (shell text, such as a PATH for helper commands).
    Result<QStringList> evaluate(const QStringList &texts, const QStringList &environment, const QString &prelude = {});
    // Runs a script of the engine's own (not the buildspec's) with `environment`, from the source
    // directory, nothing in the log: its exit status and what it printed on both streams.
    Result<QPair<int, QByteArray>> runScript(const QString &text, const QStringList &environment);

    // Streams the host `hostDirectory` into the container's `containerPath` (an existing directory),
    // as `containerPath/prefix` when a prefix is given. A small tree (a source checkout, mostly)
    // goes as a tar through the agent's standard input to the image's own tar, which costs no
    // request to the engine; a large one, or any in an image without tar or dd, through the
    // engine's archive endpoint.
    Result<Source::DirectoryArchive::Summary> upload(const QString &hostDirectory, const QString &containerPath,
                                                     const QStringList &excludes = {}, const QString &prefix = {},
                                                     const std::atomic_bool *cancel = nullptr);

private:
    struct Streams
    {
        std::function<void(const QByteArray &)> output; // standard output, events taken out
        std::function<void(const QByteArray &)> error;  // standard error
        std::function<void(const QByteArray &)> event;  // the driver's events
        std::function<bool()> abandon;                  // true: stop reading, the request is given up
    };
    // A shell script for the container: a file there, or the text itself.
    struct Script
    {
        QString file;
        QString text;
        QStringList arguments;
        QString shell = QStringLiteral("sh");
        bool input = false; // reads what follows the request on the agent's standard input
    };
    // Runs `script` in `workingDir` (empty: where the agent is): through the agent, or as an exec
    // when another user is asked for. Returns its exit status.
    Result<int> execute(const Script &script, const QStringList &environment, const QString &user,
                        const QString &workingDir, const Streams &streams, const std::atomic_bool *cancel = nullptr);
    // The agent's request for `script`.
    QByteArray request(const Script &script, const QStringList &environment, const QString &workingDir) const;
    // upload() through the agent; nothing (and nothing sent) when the image cannot unpack a tar.
    Result<std::optional<Source::DirectoryArchive::Summary>>
    uploadThroughAgent(const QString &hostDirectory, const QString &containerPath, const QStringList &excludes,
                       const QString &prefix, const std::atomic_bool *cancel);
    // The command line that runs `script` on its own.
    static QStringList argv(const Script &script);

    Runtime::ContainerRuntime &m_runtime;
    BuildLogWriter &m_log;
    QString m_sourceDirectory;
    QByteArray m_nonce; // marks the scripts' events in the output stream
    QString m_containerId;
    std::unique_ptr<Runtime::ContainerAttachment> m_agent;
    QString m_shell = QStringLiteral("sh");
    bool m_keepState = true;
};

} // namespace BuildDeck::Engine
