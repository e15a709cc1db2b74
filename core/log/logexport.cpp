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
    constexpr qint64 chunkBytes = 8 << 20;
    const qint64 lines = reader.lineCount();
    for (qint64 first = 0; first < lines;) {
        if (cancelled && cancelled->load()) {
            file.cancelWriting();
            return makeError(ErrorCode::Cancelled, tr("Saving %1 was cancelled.").arg(target));
        }
        const qint64 base = reader.offset(first);
        qint64 last = first;
        while (last + 1 < lines && reader.offset(last + 2) - base <= chunkBytes)
            ++last;
        const QByteArray chunk = reader.bytes(first, last);
        if (form == Form::Raw) {
            file.write(chunk);
        } else {
            QByteArray plain;
            plain.reserve(chunk.size());
            for (qint64 index = first; index <= last; ++index) {
                const qint64 start = reader.offset(index) - base;
                qint64 end = std::min<qint64>(reader.offset(index + 1) - base, chunk.size());
                const bool newline = end > start && chunk.at(end - 1) == '\n';
                if (newline)
                    --end;
                const QByteArrayView line(chunk.constData() + start, std::max<qint64>(0, end - start));
                plain += AnsiLine::needsParsing(line) ? AnsiLine::plainText(line).toUtf8() : line.toByteArray();
                if (newline)
                    plain += '\n';
            }
            file.write(plain);
        }
        first = last + 1;
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("%1 cannot be written: %2").arg(target, file.errorString()));
    return {};
}

} // namespace BuildDeck::Log
