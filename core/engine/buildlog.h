#pragma once

#include "secretmasker.h"

#include "support/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>

#include <functional>

namespace BuildDeck::Engine {

// A build log on disk (ARCHITECTURE §4): the raw bytes as the build produced them (ANSI kept) in
// `<name>.log`, and beside it `<name>.log.idx`, one fixed-size record per line with where the
// line starts, when it was written and which stream wrote it, so that a viewer can open a 1 GB
// log at once and read any line without scanning.
//
// Index format, little-endian: a 16-byte header "BDLX", version (u32 = 1), start time (u64, ms
// since the epoch); then 16-byte records: offset (u64), milliseconds after the start (u32),
// stream (u8), and three reserved bytes.
struct LogLine
{
    enum class Stream : quint8
    {
        Agent = 0,
        Stdout = 1,
        Stderr = 2
    };

    qint64 offset = 0;
    qint64 length = 0; // up to the next line's start, newline included
    QDateTime time;
    Stream stream = Stream::Stdout;
};

class BuildLogWriter final
{
    Q_DISABLE_COPY_MOVE(BuildLogWriter)

public:
    // Output without a newline for this long (a binary printed, a 1 GB line) goes on as a new
    // line of the index (its newline aside), so that no reader ever has to hold more of it at
    // once. The log's bytes are as the build printed them.
    static constexpr qint64 maxLineBytes = 1024 * 1024;

    BuildLogWriter() = default;
    ~BuildLogWriter();

    // Creates the log and its index (the directory too); fails when they exist.
    Result<void> create(const QString &logPath, const QDateTime &start = QDateTime::currentDateTimeUtc());

    // Command output as it came; a new index line starts after each newline and whenever the
    // stream changes. Fails when the disk is full or the file is gone.
    Result<void> append(LogLine::Stream stream, const char *data, qint64 size);
    // One of the agent's own lines: "[Container] YYYY/MM/DD HH:MM:SS.ffffff TEXT", always on a
    // line of its own.
    Result<void> appendAgentLine(const QString &text, const QDateTime &time = QDateTime::currentDateTimeUtc());

    // Values to print as "***" from now on (a build's secrets).
    void setSecrets(const QList<QByteArray> &values);
    // Those values, for text that leaves the build elsewhere (its record).
    const SecretMasker &secrets() const { return m_masker; }
    // Writes output held back because it could have been the start of a secret.
    Result<void> flush();

    static QByteArray agentLine(const QString &text, const QDateTime &time);
    static QString indexPath(const QString &logPath) { return logPath + QStringLiteral(".idx"); }

private:
    Result<void> write(LogLine::Stream stream, const char *data, qint64 size, const QDateTime &time);

    QFile m_log;
    QFile m_index;
    QDateTime m_start;
    qint64 m_size = 0;
    qint64 m_lineStart = 0; // where the line being written starts
    bool m_atLineStart = true;
    LogLine::Stream m_lastStream = LogLine::Stream::Agent;
    SecretMasker m_masker;
    QByteArray m_held[3]; // per stream: output that may be the start of a secret
};

// Reads a log and its index without loading either: the index is memory-mapped.
class BuildLogReader final
{
    Q_DISABLE_COPY_MOVE(BuildLogReader)

public:
    BuildLogReader() = default;
    ~BuildLogReader();

    Result<void> open(const QString &logPath);
    // Picks up lines written since open() or the last refresh (the log may be growing). Until the
    // next refresh, the last line ends at its newline as the log was then, or where the log ended.
    void refresh();

    qint64 lineCount() const { return m_lines; }
    QDateTime start() const { return m_start; }
    LogLine line(qint64 index) const;
    // The line's bytes, without the trailing newline; the first `limit` of them when it is given.
    QByteArray text(qint64 index, qint64 limit = -1) const;
    // How many bytes text() gives for the whole line, without reading it.
    qint64 textLength(qint64 index) const;
    // The parts of line(), cheaper, for code that walks millions of lines.
    qint64 offset(qint64 index) const; // where the line starts; lineCount() gives the log's end
    qint64 millisecondsAfterStart(qint64 index) const;
    LogLine::Stream stream(qint64 index) const;
    // The bytes from the start of line `first` to the end of line `last`, as one read.
    QByteArray bytes(qint64 first, qint64 last) const;
    // Reads lines [first, to) in order, a few megabytes at a time, and gives each to `line`: its
    // bytes without the newline, and whether it had one. After each chunk, `chunkRead` is told
    // where the next line starts and may say false to stop. Returns the first line not read.
    using LineVisitor = std::function<void(qint64 index, QByteArrayView text, bool newline)>;
    qint64 readLines(qint64 first, qint64 to, const LineVisitor &line,
                     const std::function<bool(qint64 next)> &chunkRead = {}) const;

private:
    void map();
    void findEnd();
    qint64 rawOffset(qint64 index) const; // as the index says, unchecked

    mutable QFile m_log;
    QFile m_index;
    const uchar *m_map = nullptr;
    qint64 m_mappedSize = 0;
    qint64 m_lines = 0;
    qint64 m_end = 0; // where the last line ends
    QDateTime m_start;
};

} // namespace BuildDeck::Engine
