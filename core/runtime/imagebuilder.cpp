#include "imagebuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <fcntl.h>
#include <linux/close_range.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace BuildDeck::Runtime {

namespace {

// mmdebstrap's progress lines ("I: downloading packages with apt...") and how far each one is
// into the whole build, importing included.
struct Milestone
{
    const char *prefix;
    int percent;
};
constexpr Milestone milestones[] = {
    {"I: running apt-get update", 5},
    {"I: downloading packages", 15},
    {"I: extracting archives", 35},
    {"I: installing essential packages", 45},
    {"I: installing remaining packages", 55},
    {"I: cleaning package lists", 68},
    {"I: creating tarball", 70},
};
constexpr int importStart = 75;

// Runs in the child before exec: descriptors this process left open (the engine's socket, the
// database) are not the child's to keep. mmdebstrap numbers its own from the lowest free one, and
// the shell it hands them to reads only single digits.
void closeInheritedDescriptors()
{
    if (::syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) == 0)
        return;
    const long limit = std::min(::sysconf(_SC_OPEN_MAX), 65536L);
    for (int fd = 3; fd < limit; ++fd)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

} // namespace

ImageBuilder::ImageBuilder(ContainerRuntime &runtime, ImageRecipe recipe, QString workDirectory)
    : m_runtime(runtime)
    , m_recipe(std::move(recipe))
    , m_workDirectory(std::move(workDirectory))
{
}

QStringList ImageBuilder::mmdebstrapArguments(const ImageRecipe &recipe, const QString &output)
{
    QStringList arguments{QStringLiteral("--variant=") + recipe.variant, QStringLiteral("--format=tar")};
    if (!recipe.packages.isEmpty())
        arguments.append(QStringLiteral("--include=") + recipe.packages.join(QLatin1Char(',')));
    // The image names itself, for the build log and for people looking inside it. An extract hook
    // runs in every variant (customize hooks do not run in extract and custom).
    arguments.append(QStringLiteral("--extract-hook=echo '%1' > \"$1/etc/builddeck-image\"").arg(recipe.reference()));
    arguments << recipe.suite << output << recipe.resolvedSources();
    return arguments;
}

void ImageBuilder::report(int percent, const QString &stage, const QString &line)
{
    if (stage.isEmpty() && line.isEmpty() && percent == m_last.percent)
        return;
    if (!stage.isEmpty())
        m_last.stage = stage;
    m_last.percent = percent;
    m_last.line = line;
    if (m_progress)
        m_progress(m_last);
}

Result<ImageInfo> ImageBuilder::build(const Progress &progress, const std::atomic_bool *cancel)
{
    m_progress = progress;
    m_cancel = cancel;
    m_last = {};
    if (!QDir().mkpath(m_workDirectory))
        return makeError(ErrorCode::Io, tr("The folder %1 cannot be made.").arg(m_workDirectory));
    QTemporaryDir work(m_workDirectory + QStringLiteral("/image-XXXXXX"));
    if (!work.isValid())
        return makeError(ErrorCode::Io,
                         tr("A folder cannot be made in %1: %2").arg(m_workDirectory, work.errorString()));
    const QString tar = work.filePath(QStringLiteral("rootfs.tar"));
    if (const Result<void> made = makeRootFileSystem(tar); !made)
        return made.error();
    if (const Result<void> imported = import(tar); !imported)
        return imported.error();
    const Result<ImageInfo> image = m_runtime.inspectImage(m_recipe.reference());
    if (image)
        report(100, tr("Done"));
    return image;
}

Result<void> ImageBuilder::makeRootFileSystem(const QString &output)
{
    const QString mmdebstrap = QStandardPaths::findExecutable(QStringLiteral("mmdebstrap"));
    if (mmdebstrap.isEmpty()) {
        return makeError(ErrorCode::NotFound, tr("mmdebstrap, which makes the image from Debian's packages, is not "
                                                 "installed. Install it (sudo apt install mmdebstrap) and try again."));
    }
    report(0, tr("Making the file system from Debian %1").arg(m_recipe.suite));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier(closeInheritedDescriptors);
    process.start(mmdebstrap, mmdebstrapArguments(m_recipe, output));
    if (!process.waitForStarted())
        return makeError(ErrorCode::Io, tr("mmdebstrap cannot be started: %1").arg(process.errorString()));

    QStringList errors;
    int percent = 0;
    auto readLines = [&] {
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.startsWith(QLatin1String("E: ")))
                errors.append(line.mid(3));
            for (const Milestone &milestone : milestones) {
                if (line.startsWith(QLatin1String(milestone.prefix)))
                    percent = std::max(percent, milestone.percent);
            }
            report(percent, {}, line);
        }
    };
    while (process.state() != QProcess::NotRunning) {
        if (cancelled(m_cancel)) {
            process.terminate();
            if (!process.waitForFinished(10000))
                process.kill();
            process.waitForFinished();
            return makeError(ErrorCode::Cancelled, tr("The image build was cancelled."));
        }
        process.waitForReadyRead(250);
        readLines();
    }
    process.waitForFinished();
    readLines();
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 && QFileInfo(output).size() > 0)
        return {};

    QString message = tr("mmdebstrap failed (exit status %1)").arg(process.exitCode());
    if (!errors.isEmpty())
        message += QStringLiteral(": ") + errors.join(QStringLiteral("; "));
    if (::geteuid() != 0) {
        message += QLatin1Char(' ') + tr("As a user other than root, mmdebstrap needs user namespaces and the uidmap "
                                         "package; or build the image as root: sudo builddeck-cli build-image");
    }
    return makeError(ErrorCode::Remote, message);
}

Result<void> ImageBuilder::import(const QString &tar)
{
    QFile file(tar);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be read: %2").arg(tar, file.errorString()));
    const qint64 total = std::max<qint64>(file.size(), 1);
    report(importStart, tr("Importing into the engine"));
    ImageImport spec{m_recipe.repository, m_recipe.tag, m_recipe.config,
                     QStringLiteral("builddeck %1").arg(QFileInfo(m_recipe.file).absoluteFilePath())};
    return m_runtime.importImage(
        spec,
        [&](char *buffer, qint64 capacity) -> qint64 {
            const qint64 count = file.read(buffer, capacity);
            report(importStart + int((100 - importStart - 1) * file.pos() / total), {});
            return count;
        },
        m_cancel);
}

} // namespace BuildDeck::Runtime
