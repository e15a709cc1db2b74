#pragma once

#include "logsections.h"

#include <QList>
#include <QSet>

namespace BuildDeck::Log {

// Which lines of a log are in view when some of its sections are folded: maps the rows a view
// shows to log lines and back. A folded section keeps its header line and hides the rest; a
// section inside a folded one stays hidden whatever its own state.
class LogFolding final
{
public:
    // Takes the log's sections (as found so far) and its length. A section seen for the first time
    // starts folded when it asks to (LogSection::startsCollapsed); the others keep their state.
    void update(const QList<LogSection> &sections, qint64 lineCount);

    const QList<LogSection> &sections() const { return m_sections; }
    // The section whose header is `line`, or nullptr.
    const LogSection *sectionAt(qint64 line) const;
    bool isFolded(qint64 headerLine) const { return m_folded.contains(headerLine); }
    void setFolded(qint64 headerLine, bool folded);
    void setAllFolded(bool folded);
    // Unfolds every section that hides `line`.
    void reveal(qint64 line);

    qint64 rowCount() const { return m_lineCount - m_hiddenTotal; }
    qint64 lineAt(qint64 row) const;
    // The row of `line`; for a hidden line, the row of the header that hides it.
    qint64 rowOf(qint64 line) const;
    bool isHidden(qint64 line) const;

private:
    void rebuild();

    QList<LogSection> m_sections;
    qint64 m_lineCount = 0;
    QSet<qint64> m_folded; // header lines
    QSet<qint64> m_seen;   // header lines whose initial state was applied
    // Hidden line ranges [first, last], sorted and disjoint, with the lines hidden before each.
    struct Range
    {
        qint64 first;
        qint64 last;
        qint64 hiddenBefore;
    };
    QList<Range> m_hidden;
    qint64 m_hiddenTotal = 0;
};

} // namespace BuildDeck::Log
