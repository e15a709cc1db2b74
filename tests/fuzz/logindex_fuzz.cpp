// libFuzzer target: the build log reader on a hostile log index (a damaged or forged .log.idx
// beside a log). The input's first half is the index, the rest the log. Opening either fails with
// an error or gives lines that stay inside the log: no crash, no read out of bounds, no hang.

#include "engine/buildlog.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace BuildDeck::Engine;
    static const QTemporaryDir directory;
    const QString logPath = directory.filePath(QStringLiteral("fuzzed.log"));
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = bytes.size() / 2;
    for (const auto &[path, content] :
         {std::pair{BuildLogWriter::indexPath(logPath), bytes.left(split)}, std::pair{logPath, bytes.mid(split)}}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            std::abort();
    }
    BuildLogReader reader;
    if (!reader.open(logPath))
        return 0;
    reader.refresh();
    const qint64 logSize = bytes.size() - split;
    for (qint64 i = 0; i < reader.lineCount() && i < 4096; ++i) {
        const LogLine line = reader.line(i);
        if (line.offset < 0 || line.length < 0 || line.offset + line.length > logSize)
            std::abort();
        if (reader.text(i).size() > line.length)
            std::abort();
        (void)reader.stream(i);
    }
    reader.readLines(0, std::min<qint64>(reader.lineCount(), 4096), [&](qint64, QByteArrayView text, bool) {
        if (text.size() > logSize)
            std::abort();
    });
    return 0;
}
