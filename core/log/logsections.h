#pragma once

#include "engine/buildlog.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <atomic>

namespace BuildDeck::Log {

// A part of a log that folds: a build phase (from the agent's "Entering phase" line to the next
// one), a GitHub Actions group (::group::title ... ::endgroup::) or a GitLab section
// (section_start:time:name ... section_end:time:name).
struct LogSection
{
    enum class Kind : quint8
    {
        Phase,
        Group
    };

    Kind kind = Kind::Group;
    qint64 first = 0; // the header line
    qint64 last = -1; // the last line inside, or -1 while the section is open
    int depth = 0;    // sections inside sections are deeper
    QString title;
    QString status;         // a phase's, once it completed: SUCCEEDED, FAILED, ...
    qint64 durationMs = -1; // once the section ended
    bool startsCollapsed = false;

    bool isOpen() const { return last < 0; }
    // The last line inside, for a section still open in a log of `lineCount` lines.
    qint64 end(qint64 lineCount) const { return isOpen() ? lineCount - 1 : last; }

    friend bool operator==(const LogSection &, const LogSection &) = default;
};

// Finds the sections of a log one line at a time, in order, so that a growing log is scanned only
// once. Lines are given raw, as the log holds them.
class LogSectionScanner final
{
public:
    void addLine(qint64 index, QByteArrayView raw, Engine::LogLine::Stream stream, qint64 millisecondsAfterStart);
    const QList<LogSection> &sections() const { return m_sections; }
    qint64 linesScanned() const { return m_next; }

    // The sections of lines [from, to) of `reader`, added to this scanner; returns false when
    // `cancelled` turned true on the way.
    bool scan(const Engine::BuildLogReader &reader, qint64 to, const std::atomic_bool *cancelled = nullptr);

private:
    void open(LogSection::Kind kind, qint64 index, const QString &title, qint64 ms, bool collapsed,
              const QString &name = {});
    // Ends the sections opened at or after `position` in m_open, the last line inside being `last`.
    void closeFrom(qsizetype position, qint64 last, qint64 ms);

    struct Open
    {
        qsizetype section; // index in m_sections
        qint64 startMs;
        QString name; // a GitLab section's name
    };

    QList<LogSection> m_sections;
    QList<Open> m_open; // innermost last
    qint64 m_next = 0;
    qint64 m_lastMs = 0;
};

} // namespace BuildDeck::Log
