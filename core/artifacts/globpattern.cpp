#include "globpattern.h"

namespace BuildDeck::Artifacts {

namespace {

QString toRegex(QString pattern)
{
    while (pattern.startsWith(QStringLiteral("./")))
        pattern.remove(0, 2);
    QString regex = QStringLiteral("^");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('*')) {
            const bool doubleStar = i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('*');
            if (!doubleStar) {
                regex += QStringLiteral("[^/]*");
                continue;
            }
            ++i;
            const bool slashAfter = i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('/');
            if (slashAfter) {
                regex += QStringLiteral("(?:.*/)?"); // "**/": any number of directories, none included
                ++i;
            } else {
                regex += QStringLiteral(".*");
            }
        } else if (c == QLatin1Char('?')) {
            regex += QStringLiteral("[^/]");
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    return regex + QStringLiteral("$");
}

} // namespace

GlobPattern::GlobPattern(const QString &pattern)
    : m_pattern(pattern)
    , m_regex(toRegex(pattern), QRegularExpression::DotMatchesEverythingOption)
{
}

bool GlobPattern::matches(const QString &relativePath) const
{
    return m_regex.match(relativePath).hasMatch();
}

bool GlobPattern::matchesAllUnder(const QString &directory) const
{
    // Two probes no real pattern singles out: a name directly inside, and one nested deeper.
    const QString probe = QStringLiteral("\u0001probe");
    return matches(directory) || (matches(directory + QLatin1Char('/') + probe) &&
                                  matches(directory + QLatin1Char('/') + probe + QLatin1Char('/') + probe));
}

} // namespace BuildDeck::Artifacts
