#include "commandexecutor.h"

#include "source/directoryarchive.h"

#include <QRegularExpression>
#include <QUuid>

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

} // namespace

CommandExecutor::CommandExecutor(Runtime::ContainerRuntime &runtime, BuildLogWriter &log, Settings settings)
    : m_runtime(runtime)
    , m_log(log)
    , m_settings(std::move(settings))
{
}

Result<void> CommandExecutor::prepare()
{
    // The state directory must be writable by any run-as user.
    Runtime::ExecSpec spec;
    spec.command = {QStringLiteral("sh"),
                    QStringLiteral("-c"),
                    QStringLiteral("mkdir -p \"$1/state\" \"$2\" && chmod -R a+rwX \"$1\""),
                    QStringLiteral("sh"),
                    QLatin1String(directory),
                    m_settings.sourceDirectory};
    QByteArray output;
    const Result<int> made =
        m_runtime.exec(m_settings.containerId, spec,
                       [&output](Runtime::OutputStream, const char *data, qint64 size) { output.append(data, size); });
    if (!made)
        return made.error();
    if (*made != 0)
        return makeError(ErrorCode::Remote,
                         tr("Preparing the build directories failed: %1").arg(QString::fromUtf8(output).trimmed()));
    if (Result<void> uploaded = upload(QStringLiteral("run.sh"), QByteArray(runnerScript)); !uploaded)
        return uploaded;
    m_nonce = QUuid::createUuid().toByteArray(QUuid::Id128);
    return upload(QStringLiteral("phase.sh"), QByteArray(driverScript));
}

Result<void> CommandExecutor::upload(const QString &name, const QByteArray &content)
{
    return Source::DirectoryArchive::uploadFile(m_runtime, m_settings.containerId, QLatin1String(directory), name,
                                                content);
}

Result<CommandExecutor::Outcome> CommandExecutor::run(const QStringList &commands, const QStringList &environment,
                                                      const QString &user, QByteArray *output,
                                                      const std::atomic_bool *cancel)
{
    Outcome outcome;
    if (commands.isEmpty())
        return outcome;
    Runtime::ExecSpec spec;
    spec.command = {QStringLiteral("sh"), QStringLiteral("%1/phase.sh").arg(QLatin1String(directory)), m_settings.shell,
                    m_settings.keepState ? QStringLiteral("0.2") : QStringLiteral("0.1"), QString::fromLatin1(m_nonce)};
    spec.command += commands;
    spec.environment = environment;
    spec.workingDir = m_settings.sourceDirectory;
    spec.user = user;

    const QByteArray prefix = '\036' + m_nonce + ':';
    QByteArray pending; // stdout not yet logged: it may hold the start of an event
    int started = -1;
    Result<void> logged;
    const auto write = [&](LogLine::Stream stream, const QByteArray &bytes) {
        if (bytes.isEmpty() || !logged)
            return;
        logged = m_log.append(stream, bytes.constData(), bytes.size());
        if (output) {
            output->append(bytes);
            if (output->size() > 1024 * 1024)
                output->remove(0, output->size() - 1024 * 1024);
        }
    };
    const auto event = [&](const QByteArray &text) {
        const QList<QByteArray> parts = text.split(':'); // start:I or end:I:STATUS
        const int index = parts.value(1).toInt();
        if (parts.value(0) == "start" && index >= 0 && index < commands.size()) {
            started = index;
            if (logged)
                logged = m_log.appendAgentLine(QStringLiteral("Running command %1").arg(commands.at(index)));
        } else if (parts.value(0) == "end" && parts.value(2).toInt() != 0 && index >= 0 && index < commands.size()) {
            outcome = {index, parts.value(2).toInt()};
            if (logged)
                logged = m_log.appendAgentLine(QStringLiteral("Command did not exit successfully %1 exit status %2")
                                                   .arg(commands.at(index))
                                                   .arg(outcome.status));
        }
    };
    const auto scan = [&](bool final) {
        while (true) {
            const qsizetype at = pending.indexOf(prefix);
            if (at < 0) {
                const qsizetype keep = final ? 0 : std::min<qsizetype>(pending.size(), prefix.size() - 1);
                write(LogLine::Stream::Stdout, pending.left(pending.size() - keep));
                pending.remove(0, pending.size() - keep);
                return;
            }
            const qsizetype end = pending.indexOf('\036', at + prefix.size());
            if (end < 0) {
                write(LogLine::Stream::Stdout, pending.left(at));
                pending.remove(0, at);
                if (final)
                    write(LogLine::Stream::Stdout, std::exchange(pending, {}));
                return;
            }
            write(LogLine::Stream::Stdout, pending.left(at));
            event(pending.mid(at + prefix.size(), end - at - prefix.size()));
            pending.remove(0, end + 1);
        }
    };
    const Result<int> status = m_runtime.exec(
        m_settings.containerId, spec,
        [&](Runtime::OutputStream stream, const char *data, qint64 size) {
            if (stream == Runtime::OutputStream::Stderr) {
                write(LogLine::Stream::Stderr, QByteArray(data, size));
                return;
            }
            pending.append(data, size);
            scan(false);
        },
        cancel);
    scan(true);
    if (!logged)
        return logged.error();
    if (!status)
        return status.error();
    // The driver's own status is the side channel: a failure it did not announce (a killed
    // container) belongs to the command that had started.
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
    Runtime::ExecSpec spec;
    spec.command = {m_settings.shell, QStringLiteral("-c"), script};
    QByteArray output;
    const Result<int> status = m_runtime.exec(m_settings.containerId, spec,
                                              [&output](Runtime::OutputStream stream, const char *data, qint64 size) {
                                                  if (stream == Runtime::OutputStream::Stdout)
                                                      output.append(data, size);
                                              });
    if (!status)
        return status.error();
    const QList<QByteArray> parts = output.split('\0');
    for (qsizetype i = 0; i < names.size(); ++i)
        values.append({names.at(i), QString::fromUtf8(parts.value(i))});
    return values;
}

} // namespace BuildDeck::Engine
