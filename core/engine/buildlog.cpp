#include "buildlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>

namespace BuildDeck::Engine {

namespace {

constexpr qint64 headerSize = 16;
constexpr qint64 recordSize = 16;
constexpr char magic[4] = {'B', 'D', 'L', 'X'};

// `code` is the errno of the failed write: QFile's buffered flush does not keep it ("a disk full"
// reads as "Unknown error" there).
Error writeError(const QFile &file, int code = 0)
{
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("BuildDeck::Engine::BuildLog", "Writing the build log %1 failed: %2")
            .arg(file.fileName(), code ? QString::fromLocal8Bit(std::strerror(code)) : file.errorString()));
}

} // namespace

BuildLogWriter::~BuildLogWriter()
{
    (void)flush(); // output held back in case it began a secret
}

Result<void> BuildLogWriter::create(const QString &logPath, const QDateTime &start)
{
    QDir().mkpath(QFileInfo(logPath).absolutePath());
    m_log.setFileName(logPath);
    m_index.setFileName(indexPath(logPath));
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return writeError(m_log);
    if (!m_index.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return writeError(m_index);
    m_start = start.toUTC();
    char header[headerSize] = {};
    std::memcpy(header, magic, 4);
    qToLittleEndian<quint32>(1, header + 4);
    qToLittleEndian<quint64>(quint64(m_start.toMSecsSinceEpoch()), header + 8);
    errno = 0;
    if (m_index.write(header, headerSize) != headerSize || !m_index.flush())
        return writeError(m_index, errno);
    return {};
}

QByteArray BuildLogWriter::agentLine(const QString &text, const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    // CodeBuild prints microseconds; a QDateTime has milliseconds.
    return QStringLiteral("[Container] %1%2 %3\n")
        .arg(utc.toString(QStringLiteral("yyyy/MM/dd HH:mm:ss.zzz")), QStringLiteral("000"), text)
        .toUtf8();
}

void BuildLogWriter::setSecrets(const QList<QByteArray> &values)
{
    m_masker.setSecrets(values);
}

Result<void> BuildLogWriter::flush()
{
    for (int stream = 0; stream < 3; ++stream) {
        const QByteArray held = std::exchange(m_held[stream], {});
        if (Result<void> written =
                write(LogLine::Stream(stream), held.constData(), held.size(), QDateTime::currentDateTimeUtc());
            !written)
            return written;
    }
    return {};
}

Result<void> BuildLogWriter::appendAgentLine(const QString &text, const QDateTime &time)
{
    if (Result<void> flushed = flush(); !flushed)
        return flushed;
    if (!m_atLineStart) {
        if (Result<void> ended = write(m_lastStream, "\n", 1, time); !ended)
            return ended;
    }
    const QByteArray line = m_masker.masked(agentLine(text, time));
    return write(LogLine::Stream::Agent, line.constData(), line.size(), time);
}

Result<void> BuildLogWriter::append(LogLine::Stream stream, const char *data, qint64 size)
{
    if (m_masker.isEmpty())
        return write(stream, data, size, QDateTime::currentDateTimeUtc());
    // Secrets are masked before anything reaches the disk; a possible start of one waits.
    QByteArray &held = m_held[int(stream) % 3];
    QByteArray text = m_masker.masked(held + QByteArray(data, size));
    const qsizetype wait = m_masker.undecided(text);
    held = text.last(wait);
    text.chop(wait);
    return write(stream, text.constData(), text.size(), QDateTime::currentDateTimeUtc());
}

Result<void> BuildLogWriter::write(LogLine::Stream stream, const char *data, qint64 size, const QDateTime &time)
{
    if (size <= 0)
        return {};
    const quint32 delta = quint32(std::max<qint64>(0, m_start.msecsTo(time)));
    QByteArray records;
    const auto startLine = [&](qint64 offset) {
        char record[recordSize] = {};
        qToLittleEndian<quint64>(quint64(offset), record);
        qToLittleEndian<quint32>(delta, record + 8);
        record[12] = char(stream);
        records.append(record, recordSize);
    };
    if (stream != m_lastStream && !m_atLineStart)
        m_atLineStart = true; // another stream interrupts a line: its bytes start a line of their own
    for (qint64 i = 0; i < size; ++i) {
        if (m_atLineStart || (data[i] != '\n' && m_size + i - m_lineStart >= maxLineBytes)) {
            startLine(m_size + i);
            m_lineStart = m_size + i;
            m_atLineStart = false;
        }
        if (data[i] == '\n')
            m_atLineStart = true;
    }
    m_lastStream = stream;
    errno = 0;
    if (m_log.write(data, size) != size || !m_log.flush())
        return writeError(m_log, errno);
    m_size += size;
    if (!records.isEmpty() && (m_index.write(records) != records.size() || !m_index.flush()))
        return writeError(m_index, errno);
    return {};
}

BuildLogReader::~BuildLogReader()
{
    if (m_map)
        m_index.unmap(const_cast<uchar *>(m_map));
}

Result<void> BuildLogReader::open(const QString &logPath)
{
    m_log.setFileName(logPath);
    m_index.setFileName(BuildLogWriter::indexPath(logPath));
    if (!m_log.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("BuildDeck::Engine::BuildLog",
                                                                          "The build log %1 cannot be read: %2")
                                                  .arg(logPath, m_log.errorString()));
    if (!m_index.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("BuildDeck::Engine::BuildLog", "The index of build log %1 cannot be read: %2")
                .arg(logPath, m_index.errorString()));
    char header[headerSize];
    if (m_index.read(header, headerSize) != headerSize || std::memcmp(header, magic, 4) != 0 ||
        qFromLittleEndian<quint32>(header + 4) != 1)
        return makeError(ErrorCode::Protocol,
                         QCoreApplication::translate("BuildDeck::Engine::BuildLog", "%1 is not a BuildDeck log index.")
                             .arg(m_index.fileName()));
    m_start = QDateTime::fromMSecsSinceEpoch(qint64(qFromLittleEndian<quint64>(header + 8)), Qt::UTC);
    refresh();
    return {};
}

void BuildLogReader::map()
{
    const qint64 size = m_index.size();
    if (size == m_mappedSize)
        return;
    if (m_map)
        m_index.unmap(const_cast<uchar *>(m_map));
    m_map = m_index.map(0, size);
    m_mappedSize = m_map ? size : 0;
    m_lines = m_map ? (size - headerSize) / recordSize : 0;
}

void BuildLogReader::refresh()
{
    map();
    findEnd();
}

void BuildLogReader::findEnd()
{
    // The log is written before its index: bytes past the last indexed line's newline belong to
    // lines the index does not hold yet, and are not part of that line.
    m_end = 0;
    if (m_lines == 0)
        return;
    // An index from elsewhere may point anywhere: nothing beyond the log is ever read.
    const qint64 start = std::clamp<qint64>(rawOffset(m_lines - 1), 0, m_log.size());
    if (!m_log.seek(start)) {
        m_end = start;
        return;
    }
    qint64 position = start;
    for (;;) {
        const QByteArray block = m_log.read(64 * 1024);
        if (block.isEmpty())
            break;
        if (const qsizetype newline = block.indexOf('\n'); newline >= 0) {
            m_end = position + newline + 1;
            return;
        }
        position += block.size();
    }
    m_end = position; // a line still being written
}

LogLine BuildLogReader::line(qint64 index) const
{
    LogLine line;
    if (index < 0 || index >= m_lines)
        return line;
    const uchar *record = m_map + headerSize + index * recordSize;
    line.offset = offset(index);
    line.time = m_start.addMSecs(qFromLittleEndian<quint32>(record + 8));
    line.stream = LogLine::Stream(record[12]);
    line.length = std::max<qint64>(0, offset(index + 1) - line.offset);
    return line;
}

qint64 BuildLogReader::rawOffset(qint64 index) const
{
    return qint64(qFromLittleEndian<quint64>(m_map + headerSize + index * recordSize));
}

qint64 BuildLogReader::offset(qint64 index) const
{
    if (index >= m_lines)
        return m_end;
    if (index < 0)
        return 0;
    return std::clamp<qint64>(rawOffset(index), 0, m_end);
}

qint64 BuildLogReader::millisecondsAfterStart(qint64 index) const
{
    if (index < 0 || index >= m_lines)
        return 0;
    return qFromLittleEndian<quint32>(m_map + headerSize + index * recordSize + 8);
}

LogLine::Stream BuildLogReader::stream(qint64 index) const
{
    if (index < 0 || index >= m_lines)
        return LogLine::Stream::Stdout;
    return LogLine::Stream(m_map[headerSize + index * recordSize + 12]);
}

QByteArray BuildLogReader::bytes(qint64 first, qint64 last) const
{
    const qint64 from = offset(first);
    const qint64 to = offset(last + 1);
    if (to <= from || !m_log.seek(from))
        return {};
    return m_log.read(to - from);
}

qint64 BuildLogReader::readLines(qint64 first, qint64 to, const LineVisitor &line,
                                 const std::function<bool(qint64 next)> &chunkRead) const
{
    constexpr qint64 chunkBytes = 8 << 20;
    to = std::min(to, m_lines);
    while (first < to) {
        const qint64 base = offset(first);
        qint64 last = first;
        while (last + 1 < to && offset(last + 2) - base <= chunkBytes)
            ++last;
        const QByteArray chunk = bytes(first, last);
        for (qint64 index = first; index <= last; ++index) {
            // Offsets only grow in an index BuildDeck wrote; a damaged one is kept inside the chunk.
            const qint64 start = std::clamp<qint64>(offset(index) - base, 0, chunk.size());
            qint64 end = std::clamp<qint64>(offset(index + 1) - base, start, chunk.size());
            const bool newline = end > start && chunk.at(end - 1) == '\n';
            if (newline)
                --end;
            line(index, QByteArrayView(chunk.constData() + start, std::max<qint64>(0, end - start)), newline);
        }
        first = last + 1;
        if (chunkRead && !chunkRead(first))
            break;
    }
    return first;
}

qint64 BuildLogReader::textLength(qint64 index) const
{
    const LogLine entry = line(index);
    char last = 0;
    if (entry.length == 0 || !m_log.seek(entry.offset + entry.length - 1) || m_log.read(&last, 1) != 1)
        return 0;
    return last == '\n' ? entry.length - 1 : entry.length;
}

QByteArray BuildLogReader::text(qint64 index, qint64 limit) const
{
    const LogLine entry = line(index);
    if (entry.length == 0 || !m_log.seek(entry.offset))
        return {};
    const bool cut = limit >= 0 && limit < entry.length;
    QByteArray bytes = m_log.read(cut ? limit : entry.length);
    if (!cut && bytes.endsWith('\n'))
        bytes.chop(1);
    return bytes;
}

} // namespace BuildDeck::Engine
