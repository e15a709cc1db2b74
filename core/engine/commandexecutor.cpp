#include "commandexecutor.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cstring>

namespace BuildDeck::Engine {

namespace {

// Runs a command ($2) in the build's shell. Mode 0.2 restores the saved variables and the
// working directory first and saves them on exit, whatever way the command ends; mode 0.1 starts
// afresh in the source directory. Variables the command assigns are exported (set -a) so that the
// next command sees them, exported or not, as in CodeBuild.
const char runnerScript[] = R"SCRIPT(# BuildDeck command runner
bd=/codebuild/bd
if [ "$1" = 0.2 ]; then
  if [ -f "$bd/state/vars" ]; then
    . "$bd/state/vars" 2>/dev/null
  fi
  cd "$(cat "$bd/state/cwd" 2>/dev/null || echo "$CODEBUILD_SRC_DIR")" 2>/dev/null || cd "$CODEBUILD_SRC_DIR"
  __bd_save() {
    __bd_status=$?
    export -p | grep -v -e '^export CODEBUILD_' -e '^declare -x CODEBUILD_' -e ' __bd_' > "$bd/state/vars.new" 2>/dev/null
    mv -f "$bd/state/vars.new" "$bd/state/vars"
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

} // namespace

CommandExecutor::CommandExecutor(Runtime::ContainerRuntime &runtime, BuildLogWriter &log, Settings settings)
    : m_runtime(runtime)
    , m_log(log)
    , m_settings(std::move(settings))
{
}

Result<void> CommandExecutor::prepare()
{
    Runtime::ExecSpec spec;
    spec.command = {QStringLiteral("mkdir"), QStringLiteral("-p"),
                    QStringLiteral("%1/state").arg(QLatin1String(directory)),
                    QStringLiteral("%1/cmd").arg(QLatin1String(directory)), m_settings.sourceDirectory};
    QByteArray output;
    const Result<int> made =
        m_runtime.exec(m_settings.containerId, spec,
                       [&output](Runtime::OutputStream, const char *data, qint64 size) { output.append(data, size); });
    if (!made)
        return made.error();
    if (*made != 0)
        return makeError(ErrorCode::Remote,
                         tr("Preparing the build directories failed: %1").arg(QString::fromUtf8(output).trimmed()));
    // The state directory must be writable by any run-as user.
    spec.command = {QStringLiteral("chmod"), QStringLiteral("-R"), QStringLiteral("a+rwX"), QLatin1String(directory)};
    (void)m_runtime.exec(m_settings.containerId, spec, [](Runtime::OutputStream, const char *, qint64) {});
    return upload(QStringLiteral("run.sh"), QByteArray(runnerScript));
}

Result<void> CommandExecutor::upload(const QString &name, const QByteArray &content)
{
    // A one-file tar: a 512-byte header, the content padded to 512, two zero blocks.
    QByteArray tar(512, '\0');
    const QByteArray fileName = name.toUtf8().left(99);
    std::memcpy(tar.data(), fileName.constData(), size_t(fileName.size()));
    std::memcpy(tar.data() + 100, "0000644", 7);
    std::memcpy(tar.data() + 108, "0000000", 7);
    std::memcpy(tar.data() + 116, "0000000", 7);
    const QByteArray size = QByteArray::number(content.size(), 8).rightJustified(11, '0');
    std::memcpy(tar.data() + 124, size.constData(), 11);
    const QByteArray mtime = QByteArray::number(QDateTime::currentSecsSinceEpoch(), 8).rightJustified(11, '0');
    std::memcpy(tar.data() + 136, mtime.constData(), 11);
    tar[156] = '0';
    std::memcpy(tar.data() + 257, "ustar", 6);
    std::memcpy(tar.data() + 263, "00", 2);
    std::memset(tar.data() + 148, ' ', 8);
    unsigned checksum = 0;
    for (int i = 0; i < 512; ++i)
        checksum += static_cast<unsigned char>(tar.at(i));
    const QByteArray sum = QByteArray::number(checksum, 8).rightJustified(6, '0');
    std::memcpy(tar.data() + 148, sum.constData(), 6);
    tar[154] = '\0';
    tar += content;
    tar += QByteArray((512 - content.size() % 512) % 512, '\0');
    tar += QByteArray(1024, '\0');

    qsizetype sent = 0;
    return m_runtime.uploadArchive(m_settings.containerId, QLatin1String(directory),
                                   [&](char *buffer, qint64 capacity) {
                                       const qint64 count = std::min<qint64>(capacity, tar.size() - sent);
                                       std::memcpy(buffer, tar.constData() + sent, size_t(count));
                                       sent += count;
                                       return count;
                                   });
}

Result<int> CommandExecutor::run(const QString &command, const QStringList &environment, const QString &user,
                                 QByteArray *output, const std::atomic_bool *cancel)
{
    Runtime::ExecSpec spec;
    spec.command = {m_settings.shell, QStringLiteral("%1/run.sh").arg(QLatin1String(directory)),
                    m_settings.keepState ? QStringLiteral("0.2") : QStringLiteral("0.1"), command};
    spec.environment = environment;
    spec.workingDir = m_settings.sourceDirectory;
    spec.user = user;
    Result<void> logged;
    const Result<int> status = m_runtime.exec(
        m_settings.containerId, spec,
        [&](Runtime::OutputStream stream, const char *data, qint64 size) {
            if (logged)
                logged = m_log.append(stream == Runtime::OutputStream::Stdout ? LogLine::Stream::Stdout
                                                                              : LogLine::Stream::Stderr,
                                      data, size);
            if (output) {
                output->append(data, size);
                if (output->size() > 1024 * 1024)
                    output->remove(0, output->size() - 1024 * 1024);
            }
        },
        cancel);
    if (!logged)
        return logged.error();
    return status;
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
