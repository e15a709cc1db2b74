#include "commandexecutor.h"

#include "markedstream.h"

#include "source/directoryarchive.h"
#include "support/logging.h"

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
bd=/codebuild/bd
if [ "$1" = 0.2 ]; then
  __bd_succeeding=$CODEBUILD_BUILD_SUCCEEDING
  if [ -f "$bd/state/vars" ]; then
    . "$bd/state/vars" 2>/dev/null
  fi
  CODEBUILD_BUILD_SUCCEEDING=$__bd_succeeding
  __bd_cwd=$CODEBUILD_SRC_DIR
  if [ -f "$bd/state/cwd" ]; then
    read -r __bd_cwd < "$bd/state/cwd"
  fi
  cd "$__bd_cwd" 2>/dev/null || cd "$CODEBUILD_SRC_DIR"
  __bd_save() {
    __bd_status=$?
    umask 000 # the state is shared with the run-as users of later phases
    export -p > "$bd/state/vars" 2>/dev/null
    pwd > "$bd/state/cwd"
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
// between the commands' outputs; it exits with the status of the first command that fails.
const char driverScript[] = R"SCRIPT(# BuildDeck phase driver
shell=$1; mode=$2; nonce=$3; shift 3
i=0
for command in "$@"; do
  printf '\036%s:start:%d\036' "$nonce" "$i"
  "$shell" /codebuild/bd/run.sh "$mode" "$command"
  status=$?
  printf '\036%s:end:%d:%d\036' "$nonce" "$i" "$status"
  [ "$status" -eq 0 ] || exit "$status"
  i=$((i + 1))
done
exit 0
)SCRIPT";

// The container's main process: runs each request the engine writes to its standard input
// (shell text, ended by a line holding only the nonce, $1) and reports the request's exit status
// as an event. One container process for the whole build instead of an exec per phase.
const char agentScript[] = R"SCRIPT(# BuildDeck agent
nonce=$1
request=
while IFS= read -r line; do
  if [ "$line" = "$nonce" ]; then
    eval "$request"
    printf '\036%s:exit:%d\036' "$nonce" "$?"
    request=
  else
    request="$request$line
"
  fi
done
)SCRIPT";

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
    return {QStringLiteral("sh"), QLatin1String(directory) + QStringLiteral("/agent.sh"), QString::fromLatin1(m_nonce)};
}

Result<void> CommandExecutor::install(const QString &containerId)
{
    m_containerId = containerId;
    m_agent.reset();
    // The state directory is writable by any run-as user; the source directory exists for the
    // commands to start in.
    const QString bd = QLatin1String(directory).mid(1);
    QList<Source::DirectoryArchive::Entry> entries{{bd, {}, 0777, true},
                                                   {bd + QStringLiteral("/state"), {}, 0777, true},
                                                   {bd + QStringLiteral("/run.sh"), runnerScript},
                                                   {bd + QStringLiteral("/phase.sh"), driverScript},
                                                   {bd + QStringLiteral("/agent.sh"), agentScript}};
    QString parent;
    for (const QString &part : m_sourceDirectory.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        parent += (parent.isEmpty() ? QString() : QStringLiteral("/")) + part;
        entries.append({parent, {}, 0755, true});
    }
    return Source::DirectoryArchive::uploadEntries(m_runtime, m_containerId, QStringLiteral("/"), entries);
}

void CommandExecutor::connect()
{
    Result<std::unique_ptr<Runtime::ContainerAttachment>> attached = m_runtime.attach(m_containerId);
    if (attached)
        m_agent = std::move(attached).value();
    else
        qCWarning(lcCore) << "Running each phase as an exec: attaching failed:" << attached.error().message;
}

void CommandExecutor::configure(const QString &shell, bool keepState)
{
    m_shell = shell;
    m_keepState = keepState;
}

Result<int> CommandExecutor::execute(const QStringList &argv, const QStringList &environment, const QString &user,
                                     const Streams &streams, const std::atomic_bool *cancel)
{
    // Through the agent when it is there, as root; otherwise (another user) an exec of its own.
    if (m_agent && user.isEmpty()) {
        QByteArray request = "(cd " + quoted(m_sourceDirectory) + " && exec env";
        for (const QString &word : environment + argv)
            request += ' ' + quoted(word);
        request += ") </dev/null\n" + m_nonce + '\n';
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
                    return !exitStatus;
                },
                cancel);
        }
        stream.finish();
        if (!done) {
            m_agent.reset(); // a request may still be running: the agent cannot take another
            return done.error();
        }
        return *exitStatus;
    }

    Runtime::ExecSpec spec;
    spec.command = argv;
    spec.environment = environment;
    spec.workingDir = m_sourceDirectory;
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
    QStringList argv{QStringLiteral("sh"), QLatin1String(directory) + QStringLiteral("/phase.sh"), m_shell,
                     m_keepState ? QStringLiteral("0.2") : QStringLiteral("0.1"), QString::fromLatin1(m_nonce)};
    argv += commands;

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
    const Result<int> status = execute(argv, environment, user, streams, cancel);
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
    QList<QPair<QString, QString>> values;
    if (names.isEmpty())
        return values;
    static const QRegularExpression shellName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QString script = QStringLiteral(". %1/state/vars 2>/dev/null; ").arg(QLatin1String(directory));
    for (const QString &name : names)
        script += shellName.match(name).hasMatch() ? QStringLiteral("printf '%s\\0' \"${%1}\"; ").arg(name)
                                                   : QStringLiteral("printf '\\0'; ");
    QByteArray output;
    Streams streams;
    streams.output = [&output](const QByteArray &bytes) { output.append(bytes); };
    streams.error = [](const QByteArray &) {};
    const Result<int> status = execute({m_shell, QStringLiteral("-c"), script}, {}, {}, streams);
    if (!status)
        return status.error();
    const QList<QByteArray> parts = output.split('\0');
    for (qsizetype i = 0; i < names.size(); ++i)
        values.append({names.at(i), QString::fromUtf8(parts.value(i))});
    return values;
}

} // namespace BuildDeck::Engine
