#include "commandexecutor.h"

#include "markedstream.h"

#include "support/logging.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QUuid>

#include <optional>

namespace BuildDeck::Engine {

namespace {

// Runs a command ($2) in the build's shell. Mode 0.2 restores the saved variables and the
// working directory first (CODEBUILD_BUILD_SUCCEEDING keeps the value the engine gives) and saves
// them on exit, whatever way the command ends, without starting another process; mode 0.1 starts
// afresh in the source directory. Variables the command assigns are exported (set -a) so that the
// next command sees them, exported or not, as in CodeBuild.
const char runnerScript[] = R"SCRIPT(# BuildDeck command runner
__bd_dir=/codebuild/bd
if [ "$1" = 0.2 ]; then
  __bd_succeeding=$CODEBUILD_BUILD_SUCCEEDING
  if [ -f "$__bd_dir/state/vars" ]; then
    . "$__bd_dir/state/vars" 2>/dev/null
  fi
  CODEBUILD_BUILD_SUCCEEDING=$__bd_succeeding
  __bd_cwd=$CODEBUILD_SRC_DIR
  if [ -f "$__bd_dir/state/cwd" ]; then
    read -r __bd_cwd < "$__bd_dir/state/cwd"
  fi
  cd "$__bd_cwd" 2>/dev/null || cd "$CODEBUILD_SRC_DIR"
  __bd_save() {
    __bd_status=$?
    umask 000 # the state is shared with the run-as users of later phases
    export -p > "$__bd_dir/state/vars" 2>/dev/null
    pwd > "$__bd_dir/state/cwd"
    exit $__bd_status
  }
  trap __bd_save EXIT
else
  cd "$CODEBUILD_SRC_DIR"
fi
set -a
eval "$2"
)SCRIPT";

// Runs every command of a phase ($4...) through run.sh in the build's shell ($1), state mode $2.
// Before and after each command it writes an event, framed by ASCII record separators and this
// build's random nonce ($3), into the output stream, so that the agent's lines land exactly
// between the commands' outputs; it exits with the status of the first command that fails. The
// agent sources it; its names start with __bd_ so as not to touch the build's variables.
const char driverScript[] = R"SCRIPT(# BuildDeck phase driver
__bd_shell=$1; __bd_mode=$2; __bd_nonce=$3; shift 3
__bd_i=0
for __bd_command in "$@"; do
  printf '\036%s:start:%d\036' "$__bd_nonce" "$__bd_i"
  if [ "$__bd_shell" = sh ]; then
    # A subshell is a fresh shell without starting a program (this driver runs in sh too).
    (set -- "$__bd_mode" "$__bd_command"; . /codebuild/bd/run.sh)
  else
    "$__bd_shell" /codebuild/bd/run.sh "$__bd_mode" "$__bd_command"
  fi
  __bd_status=$?
  printf '\036%s:end:%d:%d\036' "$__bd_nonce" "$__bd_i" "$__bd_status"
  [ "$__bd_status" -eq 0 ] || exit "$__bd_status"
  __bd_i=$((__bd_i + 1))
done
exit 0
)SCRIPT";

// The container's main process (sh -c, so that nothing has to be copied in before the container
// starts): runs each request the engine writes to its standard input (shell text, ended by a line
// holding only the nonce, $1) and reports the request's exit status as an event. One container
// process for the whole build instead of an exec per phase.
const char agentScript[] = R"SCRIPT(__bd_nonce=$1
__bd_request=
while IFS= read -r __bd_line; do
  if [ "$__bd_line" = "$__bd_nonce" ]; then
    eval "$__bd_request"
    printf '\036%s:exit:%d\036' "$__bd_nonce" "$?"
    __bd_request=
  else
    __bd_request="$__bd_request$__bd_line
"
  fi
done
)SCRIPT";

// The agent's first request: the build's directories and the scripts. The state directory is
// writable by any run-as user.
const char setupScript[] = R"SCRIPT(bd=$1; src=$2
mkdir -p "$bd/state" "$src" && chmod 777 "$bd" "$bd/state" &&
  printf '%s' "$3" > "$bd/run.sh" && printf '%s' "$4" > "$bd/phase.sh"
)SCRIPT";

// Unpacks into $1 a tar that follows the request on the agent's standard input, in chunks, each
// announced by its size on a line of its own, ended by a size of 0. dd reads each chunk whole
// before it writes it, so the input stays in step with the chunks even when tar stops early.
// Before it reads anything it exits 125 when the image lacks tar or dd, and writes the event
// "ready" ($2 is the nonce) when it has them. What tar says goes to $3, then to standard error.
const char unpackScript[] = R"SCRIPT(command -v tar >/dev/null 2>&1 && command -v dd >/dev/null 2>&1 || exit 125
printf '\036%s:ready\036' "$2"
while IFS= read -r __bd_size && [ "$__bd_size" -gt 0 ] 2>/dev/null; do
  dd bs="$__bd_size" count=1 iflag=fullblock 2>/dev/null
done | tar -xf - -C "$1" 2>"$3"
__bd_status=$?
cat "$3" >&2
rm -f "$3"
exit "$__bd_status"
)SCRIPT";

// The size of the chunks upload() sends the agent.
constexpr qsizetype uploadChunkSize = 1024 * 1024;
// Through the agent, a tree costs no request to the engine (about 0.15 s of fixed cost), but the
// engine moves a container's standard input more slowly than it unpacks an archive upload: trees
// up to this size go through the agent, larger ones through the engine.
constexpr qint64 agentUploadLimit = 16 * 1024 * 1024;

// Whether the files under `directory` (links not followed) add up to less than `limit` bytes;
// stops counting once they do not.
bool smallerThan(const QString &directory, qint64 limit)
{
    qint64 total = 0;
    QDirIterator files(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        total += files.fileInfo().size();
        if (total >= limit)
            return false;
    }
    return true;
}

// A word the shell reads back exactly as it is.
QByteArray quoted(const QString &word)
{
    return '\'' + word.toUtf8().replace('\'', "'\\''") + '\'';
}

} // namespace

CommandExecutor::CommandExecutor(Runtime::ContainerRuntime &runtime, BuildLogWriter &log, QString sourceDirectory)
    : m_runtime(runtime)
    , m_log(log)
    , m_sourceDirectory(std::move(sourceDirectory))
    , m_nonce(QUuid::createUuid().toByteArray(QUuid::Id128))
{
}

CommandExecutor::~CommandExecutor() = default;

QStringList CommandExecutor::agentCommand() const
{
    return {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(agentScript),
            QStringLiteral("builddeck-agent"), QString::fromLatin1(m_nonce)};
}

Result<void> CommandExecutor::connect(const QString &containerId)
{
    m_containerId = containerId;
    Result<std::unique_ptr<Runtime::ContainerAttachment>> attached = m_runtime.attach(m_containerId);
    if (!attached)
        return attached.error();
    m_agent = std::move(attached).value();
    QByteArray output;
    Streams streams;
    streams.output = [&output](const QByteArray &bytes) { output.append(bytes); };
    streams.error = streams.output;
    Script setup;
    setup.text = QString::fromLatin1(setupScript);
    setup.arguments = {QLatin1String(directory), m_sourceDirectory, QString::fromLatin1(runnerScript),
                       QString::fromLatin1(driverScript)};
    const Result<int> status = execute(setup, {}, {}, {}, streams);
    if (!status)
        return status.error();
    if (*status != 0)
        return makeError(
            ErrorCode::Remote,
            QStringLiteral("Preparing the build directories failed: %1").arg(QString::fromUtf8(output).trimmed()));
    return {};
}

void CommandExecutor::configure(const QString &shell, bool keepState)
{
    m_shell = shell;
    m_keepState = keepState;
}

QByteArray CommandExecutor::request(const Script &script, const QStringList &environment,
                                    const QString &workingDir) const
{
    // A subshell, so that nothing stays behind in the agent; standard input is not the agent's.
    // The agent's own variables hold the request (secrets among it): not for the commands to see.
    QByteArray request = "(unset __bd_request __bd_line; ";
    if (!workingDir.isEmpty())
        request += "cd " + quoted(workingDir) + " && ";
    static const QRegularExpression shellName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
    const bool exportable = std::all_of(environment.cbegin(), environment.cend(),
                                        [](const QString &entry) { return shellName.match(entry).hasMatch(); });
    if (exportable && script.shell == QStringLiteral("sh")) {
        // The cheapest way: no process but the subshell.
        for (const QString &entry : environment)
            request += "export " + quoted(entry) + " && ";
        request += "set --";
        for (const QString &argument : script.arguments)
            request += ' ' + quoted(argument);
        request += script.file.isEmpty() ? QByteArray(" && eval " + quoted(script.text))
                                         : QByteArray(" && . " + quoted(script.file));
    } else {
        // Names the shell cannot take, or another shell: through env.
        request += "exec env";
        for (const QString &word : environment + argv(script))
            request += ' ' + quoted(word);
    }
    return request + (script.input ? ")\n" : ") </dev/null\n") + m_nonce + '\n';
}

QStringList CommandExecutor::argv(const Script &script)
{
    QStringList argv{script.shell};
    argv +=
        script.file.isEmpty() ? QStringList{QStringLiteral("-c"), script.text, script.shell} : QStringList{script.file};
    return argv + script.arguments;
}

Result<int> CommandExecutor::execute(const Script &script, const QStringList &environment, const QString &user,
                                     const QString &workingDir, const Streams &streams, const std::atomic_bool *cancel)
{
    if (!m_agent)
        return makeError(ErrorCode::Unavailable, QStringLiteral("The build container is not connected"));
    // Through the agent, as root; as another user (run-as), an exec of its own.
    if (user.isEmpty()) {
        const QByteArray request = this->request(script, environment, workingDir);
        std::optional<int> exitStatus;
        MarkedStream stream(m_nonce, streams.output, [&](const QByteArray &event) {
            if (event.startsWith("exit:"))
                exitStatus = event.mid(5).toInt();
            else if (streams.event)
                streams.event(event);
        });
        Result<void> done = m_agent->write(request);
        if (done) {
            done = m_agent->read(
                [&](Runtime::OutputStream kind, const char *data, qint64 size) {
                    if (kind == Runtime::OutputStream::Stderr)
                        streams.error(QByteArray(data, size));
                    else
                        stream.feed(data, size);
                    return !exitStatus && !(streams.abandon && streams.abandon());
                },
                cancel);
        }
        stream.finish();
        if (!done || !exitStatus) {
            m_agent.reset(); // a request may still be running: the agent cannot take another
            return done ? makeError(ErrorCode::Cancelled,
                                    QStringLiteral("The request to the build container was given up"))
                        : done.error();
        }
        return *exitStatus;
    }

    Runtime::ExecSpec spec;
    spec.command = argv(script);
    spec.environment = environment;
    spec.workingDir = workingDir;
    spec.user = user;
    MarkedStream stream(m_nonce, streams.output,
                        streams.event ? streams.event : MarkedStream::Handler([](const QByteArray &) {}));
    const Result<int> status = m_runtime.exec(
        m_containerId, spec,
        [&](Runtime::OutputStream kind, const char *data, qint64 size) {
            if (kind == Runtime::OutputStream::Stderr)
                streams.error(QByteArray(data, size));
            else
                stream.feed(data, size);
        },
        cancel);
    stream.finish();
    return status;
}

Result<CommandExecutor::Outcome> CommandExecutor::run(const QStringList &commands, const QStringList &environment,
                                                      const QString &user, QByteArray *output,
                                                      const std::atomic_bool *cancel)
{
    Outcome outcome;
    if (commands.isEmpty())
        return outcome;
    Script driver;
    driver.file = QLatin1String(directory) + QStringLiteral("/phase.sh");
    driver.arguments = QStringList{m_shell, m_keepState ? QStringLiteral("0.2") : QStringLiteral("0.1"),
                                   QString::fromLatin1(m_nonce)} +
                       commands;

    int started = -1;
    Result<void> logged;
    const auto write = [&](LogLine::Stream stream, const QByteArray &bytes) {
        if (!logged)
            return;
        logged = m_log.append(stream, bytes.constData(), bytes.size());
        if (output) {
            output->append(bytes);
            if (output->size() > 1024 * 1024)
                output->remove(0, output->size() - 1024 * 1024);
        }
    };
    Streams streams;
    streams.output = [&](const QByteArray &bytes) { write(LogLine::Stream::Stdout, bytes); };
    streams.error = [&](const QByteArray &bytes) { write(LogLine::Stream::Stderr, bytes); };
    // A log that cannot be written (its disk full) ends the phase now, not when its commands do.
    streams.abandon = [&] { return !logged; };
    streams.event = [&](const QByteArray &text) {
        const QList<QByteArray> parts = text.split(':'); // start:I or end:I:STATUS
        const int index = parts.value(1).toInt();
        if (index < 0 || index >= commands.size() || !logged)
            return;
        if (parts.value(0) == "start") {
            started = index;
            logged = m_log.appendAgentLine(QStringLiteral("Running command %1").arg(commands.at(index)));
        } else if (parts.value(0) == "end" && parts.value(2).toInt() != 0) {
            outcome = {index, parts.value(2).toInt()};
            logged = m_log.appendAgentLine(QStringLiteral("Command did not exit successfully %1 exit status %2")
                                               .arg(commands.at(index))
                                               .arg(outcome.status));
        }
    };
    const Result<int> status = execute(driver, environment, user, m_sourceDirectory, streams, cancel);
    if (!logged)
        return logged.error();
    if (!status)
        return status.error();
    // The driver's own status is the side channel: a failure it did not announce (a killed
    // process) belongs to the command that had started.
    if (*status != 0 && outcome.failedIndex < 0)
        outcome = {std::max(started, 0), *status};
    return outcome;
}

Result<QList<QPair<QString, QString>>> CommandExecutor::variables(const QStringList &names)
{
    static const QRegularExpression shellName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QStringList words;
    for (const QString &name : names)
        words.append(shellName.match(name).hasMatch() ? QStringLiteral("${%1}").arg(name) : QString());
    const Result<QStringList> values = evaluate(words, {});
    if (!values)
        return values.error();
    QList<QPair<QString, QString>> named;
    for (qsizetype i = 0; i < names.size(); ++i)
        named.append({names.at(i), values->value(i)});
    return named;
}

Result<QPair<int, QByteArray>> CommandExecutor::runScript(const QString &text, const QStringList &environment)
{
    QByteArray output;
    Streams streams;
    streams.output = [&output](const QByteArray &bytes) { output.append(bytes); };
    streams.error = streams.output;
    Script script;
    script.text = text;
    const Result<int> status = execute(script, environment, {}, m_sourceDirectory, streams);
    if (!status)
        return status.error();
    return QPair<int, QByteArray>{*status, output};
}

Result<QStringList> CommandExecutor::evaluate(const QStringList &texts, const QStringList &environment,
                                              const QString &prelude)
{
    if (texts.isEmpty())
        return QStringList{};
    // sh ends at a '.' of a file that is not there (before the first command, or for version 0.1).
    QString script = QStringLiteral("if [ -f %1/state/vars ]; then . %1/state/vars; fi; %2\n")
                         .arg(QLatin1String(directory), prelude);
    for (const QString &text : texts)
        script += QStringLiteral("printf '%s\\0' \"%1\" || exit 1; ").arg(text);
    QByteArray output;
    QByteArray errors;
    Streams streams;
    streams.output = [&output](const QByteArray &bytes) { output.append(bytes); };
    streams.error = [&errors](const QByteArray &bytes) { errors.append(bytes); };
    Script reader;
    reader.text = script;
    reader.shell = m_shell; // the shell that wrote the state reads it
    const Result<int> status = execute(reader, environment, {}, m_sourceDirectory, streams);
    if (!status)
        return status.error();
    if (*status != 0)
        return makeError(ErrorCode::InvalidArgument, QString::fromUtf8(errors).trimmed());
    QStringList values;
    const QList<QByteArray> parts = output.split('\0');
    for (qsizetype i = 0; i < texts.size(); ++i)
        values.append(QString::fromUtf8(parts.value(i)));
    return values;
}

Result<Source::DirectoryArchive::Summary> CommandExecutor::upload(const QString &hostDirectory,
                                                                  const QString &containerPath,
                                                                  const QStringList &excludes, const QString &prefix,
                                                                  const std::atomic_bool *cancel)
{
    if (m_agent && smallerThan(hostDirectory, agentUploadLimit)) {
        Result<std::optional<Source::DirectoryArchive::Summary>> sent =
            uploadThroughAgent(hostDirectory, containerPath, excludes, prefix, cancel);
        if (!sent)
            return sent.error();
        if (*sent)
            return **sent;
    }
    return Source::DirectoryArchive::upload(m_runtime, m_containerId, hostDirectory, containerPath, excludes, cancel,
                                            prefix);
}

Result<std::optional<Source::DirectoryArchive::Summary>>
CommandExecutor::uploadThroughAgent(const QString &hostDirectory, const QString &containerPath,
                                    const QStringList &excludes, const QString &prefix, const std::atomic_bool *cancel)
{
    Script unpack;
    unpack.text = QString::fromLatin1(unpackScript);
    unpack.arguments = {containerPath, QString::fromLatin1(m_nonce),
                        QLatin1String(directory) + QStringLiteral("/unpack.err")};
    unpack.input = true;

    std::optional<int> exitStatus;
    bool ready = false;
    QByteArray errors;
    MarkedStream stream(
        m_nonce, [](const QByteArray &) {},
        [&](const QByteArray &event) {
            if (event.startsWith("exit:"))
                exitStatus = event.mid(5).toInt();
            else if (event == "ready")
                ready = true;
        });
    const auto readUntil = [&](const std::function<bool()> &done) {
        return m_agent->read(
            [&](Runtime::OutputStream kind, const char *data, qint64 size) {
                if (kind == Runtime::OutputStream::Stderr)
                    errors.append(data, size);
                else
                    stream.feed(data, size);
                return !done();
            },
            cancel);
    };

    Result<void> sent = m_agent->write(request(unpack, {}, {}));
    if (sent)
        sent = readUntil([&] { return ready || exitStatus; });
    if (!sent) {
        m_agent.reset(); // a request may still be running: the agent cannot take another
        return sent.error();
    }
    const auto unpackFailed = [&] {
        return makeError(ErrorCode::Remote, QStringLiteral("Unpacking into %1 in the container failed: %2")
                                                .arg(containerPath, QString::fromUtf8(errors).trimmed()));
    };
    if (exitStatus) {
        if (*exitStatus == 125)
            return std::optional<Source::DirectoryArchive::Summary>();
        return unpackFailed();
    }

    QByteArray chunk;
    chunk.reserve(uploadChunkSize);
    const auto flush = [&] {
        if (sent && !chunk.isEmpty())
            sent = m_agent->write(QByteArray::number(chunk.size()) + '\n' + chunk);
        chunk.clear();
    };
    const Result<Source::DirectoryArchive::Summary> packed = Source::DirectoryArchive::write(
        hostDirectory, excludes, prefix,
        [&](const char *data, qsizetype size) {
            chunk.append(data, size);
            if (chunk.size() >= uploadChunkSize)
                flush();
            return bool(sent);
        },
        cancel);
    if (packed)
        flush();
    // Ended early, the tar is cut short: tar fails, and the failure reported is the archive's.
    if (sent)
        sent = m_agent->write("0\n");
    if (sent)
        sent = readUntil([&] { return exitStatus.has_value(); });
    stream.finish();
    if (!sent) {
        m_agent.reset();
        return sent.error();
    }
    if (!packed)
        return packed.error();
    if (*exitStatus != 0)
        return unpackFailed();
    return std::optional<Source::DirectoryArchive::Summary>(*packed);
}

} // namespace BuildDeck::Engine
