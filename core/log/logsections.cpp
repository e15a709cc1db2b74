#include "logsections.h"

#include "ansiline.h"

namespace BuildDeck::Log {

namespace {

constexpr QByteArrayView enteringPhase = "Entering phase ";
constexpr QByteArrayView phaseComplete = "Phase complete: ";
constexpr QByteArrayView groupStart = "::group::";
constexpr QByteArrayView groupEnd = "::endgroup::";
constexpr QByteArrayView gitlabStart = "section_start:";
constexpr QByteArrayView gitlabEnd = "section_end:";

// The line without escape sequences in front ("\x1b[0Ksection_start:..." as GitLab's runner writes).
QByteArrayView withoutLeadingEscapes(QByteArrayView line)
{
    while (line.size() >= 2 && line.at(0) == '\x1b' && line.at(1) == '[') {
        qsizetype end = 2;
        while (end < line.size() && (uchar(line.at(end)) < 0x40 || uchar(line.at(end)) > 0x7e))
            ++end;
        line = line.sliced(std::min(end + 1, line.size()));
    }
    return line;
}

} // namespace

void LogSectionScanner::open(LogSection::Kind kind, qint64 index, const QString &title, qint64 ms, bool collapsed,
                             const QString &name)
{
    LogSection section;
    section.kind = kind;
    section.first = index;
    section.depth = int(m_open.size());
    section.title = title;
    section.startsCollapsed = collapsed;
    m_open.append({m_sections.size(), ms, name});
    m_sections.append(section);
}

void LogSectionScanner::closeFrom(qsizetype position, qint64 last, qint64 ms)
{
    while (m_open.size() > position) {
        const Open open = m_open.takeLast();
        LogSection &section = m_sections[open.section];
        section.last = std::max(last, section.first);
        // A phase's duration is from its agent line to its "Phase complete" line.
        if (section.durationMs < 0)
            section.durationMs = ms - open.startMs;
    }
}

void LogSectionScanner::addLine(qint64 index, QByteArrayView raw, Engine::LogLine::Stream stream, qint64 ms)
{
    m_next = index + 1;
    m_lastMs = ms;
    if (stream == Engine::LogLine::Stream::Agent) {
        // "[Container] 2026/11/25 04:33:10.123456 Entering phase BUILD"
        if (const qsizetype at = raw.indexOf(enteringPhase); at >= 0) {
            closeFrom(0, index - 1, ms);
            open(LogSection::Kind::Phase, index, QString::fromUtf8(raw.sliced(at + enteringPhase.size())).trimmed(), ms,
                 false);
            return;
        }
        // "Phase complete: BUILD State: FAILED": the phase's status; its section goes on to the
        // next phase, so that the context line after it stays inside.
        if (const qsizetype at = raw.indexOf(phaseComplete); at >= 0 && !m_open.isEmpty()) {
            const QByteArrayView rest = raw.sliced(at + phaseComplete.size());
            const qsizetype state = rest.indexOf("State: ");
            LogSection &phase = m_sections[m_open.first().section];
            if (phase.kind == LogSection::Kind::Phase && state >= 0) {
                phase.status = QString::fromUtf8(rest.sliced(state + 7)).trimmed();
                phase.durationMs = ms - m_open.first().startMs;
            }
        }
        return;
    }

    const QByteArrayView line = withoutLeadingEscapes(raw);
    if (line.startsWith(groupStart)) {
        open(LogSection::Kind::Group, index, QString::fromUtf8(line.sliced(groupStart.size())).trimmed(), ms, true);
    } else if (line.startsWith(groupEnd)) {
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_sections.at(m_open.at(i).section).kind == LogSection::Kind::Group && m_open.at(i).name.isEmpty()) {
                closeFrom(i, index, ms);
                break;
            }
        }
    } else if (line.startsWith(gitlabStart)) {
        // section_start:1560896352:name[collapsed=true]\r\x1b[0KHeader
        const QByteArrayView rest = line.sliced(gitlabStart.size());
        const qsizetype colon = rest.indexOf(':');
        QByteArrayView name = colon >= 0 ? rest.sliced(colon + 1) : QByteArrayView();
        const qsizetype cr = name.indexOf('\r');
        const QByteArrayView header = cr >= 0 ? name.sliced(cr) : QByteArrayView();
        name = cr >= 0 ? name.first(cr) : name;
        bool collapsed = false;
        if (const qsizetype options = name.indexOf('['); options >= 0) {
            collapsed = name.sliced(options).contains("collapsed=true");
            name = name.first(options);
        }
        QString title = AnsiLine::plainText(header).trimmed();
        if (title.isEmpty())
            title = QString::fromUtf8(name);
        open(LogSection::Kind::Group, index, title, ms, collapsed, QString::fromUtf8(name));
    } else if (line.startsWith(gitlabEnd)) {
        const QByteArrayView rest = line.sliced(gitlabEnd.size());
        const qsizetype colon = rest.indexOf(':');
        QByteArrayView name = colon >= 0 ? rest.sliced(colon + 1) : QByteArrayView();
        if (const qsizetype cr = name.indexOf('\r'); cr >= 0)
            name = name.first(cr);
        const QString wanted = QString::fromUtf8(name);
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_open.at(i).name == wanted) {
                closeFrom(i, index, ms);
                break;
            }
        }
    }
}

bool LogSectionScanner::scan(const Engine::BuildLogReader &reader, qint64 to, const std::atomic_bool *cancelled)
{
    if (cancelled && cancelled->load())
        return false;
    reader.readLines(
        m_next, to,
        [&](qint64 index, QByteArrayView text, bool) {
            addLine(index, text, reader.stream(index), reader.millisecondsAfterStart(index));
        },
        [&](qint64) { return !(cancelled && cancelled->load()); });
    return !(cancelled && cancelled->load());
}

} // namespace BuildDeck::Log
