#include "quickfix.h"

#include <QRegularExpression>
#include <QStringList>

namespace BuildDeck::Spec {

std::optional<QuickFix> QuickFixes::forIssue(const Issue &issue, const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));

    // "did you mean 'pre_build'?": the key at the issue's place, replaced.
    static const QRegularExpression meant(QStringLiteral("'([^']+)'\\?$"));
    const QRegularExpressionMatch guess = meant.match(issue.suggestion);
    if ((issue.code == QStringLiteral("unknown-key")) && guess.hasMatch() && issue.line >= 1 &&
        issue.line <= lines.size()) {
        QString &line = lines[issue.line - 1];
        const int start = issue.column - 1;
        int end = start;
        while (end < line.size() && line.at(end) != QLatin1Char(':') && !line.at(end).isSpace())
            ++end;
        if (start < 0 || end <= start)
            return std::nullopt;
        const QString key = line.mid(start, end - start);
        line.replace(start, end - start, guess.captured(1));
        return QuickFix{tr("Replace '%1' with '%2'").arg(key, guess.captured(1)), lines.join(QLatin1Char('\n'))};
    }

    // Tabs in indentation: two spaces each.
    if (issue.code == QStringLiteral("yaml-syntax") && issue.suggestion.contains(QStringLiteral("tab"))) {
        bool changed = false;
        for (QString &line : lines) {
            qsizetype indent = 0;
            while (indent < line.size() &&
                   (line.at(indent) == QLatin1Char(' ') || line.at(indent) == QLatin1Char('\t')))
                ++indent;
            QString spaces = line.left(indent);
            if (spaces.contains(QLatin1Char('\t'))) {
                spaces.replace(QLatin1Char('\t'), QStringLiteral("  "));
                line.replace(0, indent, spaces);
                changed = true;
            }
        }
        if (changed)
            return QuickFix{tr("Indent with spaces instead of tabs"), lines.join(QLatin1Char('\n'))};
    }
    return std::nullopt;
}

} // namespace BuildDeck::Spec
