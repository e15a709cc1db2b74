#include "logexport.h"

#include "ansiline.h"

#include "engine/buildlog.h"

#include <QSaveFile>

namespace BuildDeck::Log {

Result<void> LogExport::save(const QString &logPath, const QString &target, Form form,
                             const std::atomic_bool *cancelled)
{
    Engine::BuildLogReader reader;
    if (Result<void> opened = reader.open(logPath); !opened)
        return opened;
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be written: %2").arg(target, file.errorString()));
    // Whole chunks of lines go to the file at once: raw as they are, or as the view shows them.
    QByteArray out;
    reader.readLines(
        0, reader.lineCount(),
        [&](qint64, QByteArrayView line, bool newline) {
            if (form == Form::Raw || !AnsiLine::needsParsing(line))
                out.append(line);
            else
                out.append(AnsiLine::plainText(line).toUtf8());
            if (newline)
                out.append('\n');
        },
        [&](qint64) {
            file.write(out);
            out.clear();
            return !(cancelled && cancelled->load());
        });
    if (cancelled && cancelled->load()) {
        file.cancelWriting();
        return makeError(ErrorCode::Cancelled, tr("Saving %1 was cancelled.").arg(target));
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("%1 cannot be written: %2").arg(target, file.errorString()));
    return {};
}

} // namespace BuildDeck::Log
