#include "logfolding.h"

#include <algorithm>

namespace BuildDeck::Log {

void LogFolding::update(const QList<LogSection> &sections, qint64 lineCount)
{
    m_sections = sections;
    m_lineCount = lineCount;
    for (const LogSection &section : std::as_const(m_sections)) {
        if (m_seen.contains(section.first))
            continue;
        m_seen.insert(section.first);
        if (section.startsCollapsed)
            m_folded.insert(section.first);
    }
    rebuild();
}

const LogSection *LogFolding::sectionAt(qint64 line) const
{
    // Sections are in the order of their header lines.
    const auto it = std::lower_bound(m_sections.cbegin(), m_sections.cend(), line,
                                     [](const LogSection &section, qint64 wanted) { return section.first < wanted; });
    return it != m_sections.cend() && it->first == line ? &*it : nullptr;
}

void LogFolding::setFolded(qint64 headerLine, bool folded)
{
    if (folded)
        m_folded.insert(headerLine);
    else
        m_folded.remove(headerLine);
    rebuild();
}

void LogFolding::setAllFolded(bool folded)
{
    m_folded.clear();
    if (folded) {
        for (const LogSection &section : std::as_const(m_sections))
            m_folded.insert(section.first);
    }
    rebuild();
}

void LogFolding::reveal(qint64 line)
{
    bool changed = false;
    for (const LogSection &section : std::as_const(m_sections)) {
        if (line > section.first && line <= section.end(m_lineCount) && m_folded.remove(section.first))
            changed = true;
    }
    if (changed)
        rebuild();
}

void LogFolding::rebuild()
{
    m_hidden.clear();
    m_hiddenTotal = 0;
    // Sections come in header order, so an outer section is met before those inside it.
    qint64 hiddenUpTo = -1;
    for (const LogSection &section : std::as_const(m_sections)) {
        if (!m_folded.contains(section.first) || section.first <= hiddenUpTo)
            continue;
        const qint64 first = section.first + 1;
        const qint64 last = std::min(section.end(m_lineCount), m_lineCount - 1);
        if (last < first)
            continue;
        m_hidden.append({first, last, m_hiddenTotal});
        m_hiddenTotal += last - first + 1;
        hiddenUpTo = last;
    }
}

qint64 LogFolding::lineAt(qint64 row) const
{
    // The last range that starts at or before the line: its hiddenBefore plus its own size, when
    // the row lies past it.
    qint64 line = row;
    for (qsizetype low = 0, high = m_hidden.size(); low < high;) {
        const qsizetype middle = (low + high) / 2;
        const Range &range = m_hidden.at(middle);
        // Rows before this range's first line: first - hiddenBefore.
        if (range.first - range.hiddenBefore <= row) {
            line = row + range.hiddenBefore + (range.last - range.first + 1);
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return std::min(line, m_lineCount - 1);
}

bool LogFolding::isHidden(qint64 line) const
{
    const auto it = std::upper_bound(m_hidden.cbegin(), m_hidden.cend(), line,
                                     [](qint64 wanted, const Range &range) { return wanted < range.first; });
    return it != m_hidden.cbegin() && line <= std::prev(it)->last;
}

qint64 LogFolding::rowOf(qint64 line) const
{
    const auto it = std::upper_bound(m_hidden.cbegin(), m_hidden.cend(), line,
                                     [](qint64 wanted, const Range &range) { return wanted < range.first; });
    if (it == m_hidden.cbegin())
        return line;
    const Range &range = *std::prev(it);
    if (line <= range.last)
        return range.first - 1 - range.hiddenBefore; // the header
    return line - range.hiddenBefore - (range.last - range.first + 1);
}

} // namespace BuildDeck::Log
