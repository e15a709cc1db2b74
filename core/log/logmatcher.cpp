#include "logmatcher.h"

#include "ansiline.h"

#include <algorithm>
#include <cstring>

namespace BuildDeck::Log {

namespace {

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

} // namespace

LogMatcher::LogMatcher(const LogSearchQuery &query)
    : m_query(query)
{
    if (query.regularExpression) {
        m_regex.setPattern(query.text);
        m_regex.setPatternOptions(query.caseSensitive ? QRegularExpression::NoPatternOption
                                                      : QRegularExpression::CaseInsensitiveOption);
        if (!m_regex.isValid())
            m_error = tr("The regular expression is not valid at character %1: %2")
                          .arg(m_regex.patternErrorOffset() + 1)
                          .arg(m_regex.errorString());
        else
            m_regex.optimize();
        return;
    }
    // Bytes serve for every case-sensitive literal, and for ASCII ones that ignore case.
    m_bytewise = query.caseSensitive || isAscii(query.text);
    m_needle = query.caseSensitive ? query.text.toUtf8() : query.text.toLower().toUtf8();
}

QList<std::pair<int, int>> LogMatcher::matches(const QString &text) const
{
    QList<std::pair<int, int>> found;
    if (!isValid())
        return found;
    if (m_query.regularExpression) {
        QRegularExpressionMatchIterator it = m_regex.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() > 0)
                found.append({int(match.capturedStart()), int(match.capturedLength())});
        }
        return found;
    }
    const Qt::CaseSensitivity sensitivity = m_query.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (qsizetype at = text.indexOf(m_query.text, 0, sensitivity); at >= 0;
         at = text.indexOf(m_query.text, at + m_query.text.size(), sensitivity))
        found.append({int(at), int(m_query.text.size())});
    return found;
}

qint64 LogMatcher::countBytes(QByteArrayView raw) const
{
    const qsizetype size = m_needle.size();
    if (raw.size() < size)
        return 0;
    qint64 count = 0;
    const char *data = raw.data();
    const char *end = data + raw.size();
    const char first = m_needle.at(0);
    if (m_query.caseSensitive) {
        for (const char *at = data; end - at >= size;) {
            at = static_cast<const char *>(std::memchr(at, first, size_t(end - at - size + 1)));
            if (!at)
                break;
            if (std::memcmp(at, m_needle.constData(), size_t(size)) == 0) {
                ++count;
                at += size;
            } else {
                ++at;
            }
        }
        return count;
    }
    for (const char *at = data; end - at >= size;) {
        qsizetype i = 0;
        while (i < size && lowerAscii(at[i]) == m_needle.at(i))
            ++i;
        if (i == size) {
            ++count;
            at += size;
        } else {
            ++at;
        }
    }
    return count;
}

qint64 LogMatcher::count(QByteArrayView raw) const
{
    if (!isValid())
        return 0;
    if (m_bytewise && !AnsiLine::needsParsing(raw))
        return countBytes(raw);
    // Coloured output is most of a build log: cutting the colour codes out is enough for those lines.
    thread_local QByteArray stripped;
    if (m_bytewise && AnsiLine::stripStyles(raw, stripped))
        return countBytes(stripped);
    const QString text =
        AnsiLine::needsParsing(raw) ? AnsiLine::plainText(raw) : QString::fromUtf8(raw.data(), raw.size());
    return matches(text).size();
}

} // namespace BuildDeck::Log
