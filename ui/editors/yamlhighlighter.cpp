#include "yamlhighlighter.h"

namespace BuildDeck::Ui {

namespace {

QTextCharFormat coloured(const QColor &colour, bool bold = false)
{
    QTextCharFormat result;
    result.setForeground(colour);
    if (bold)
        result.setFontWeight(QFont::Bold);
    return result;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_comment(coloured(QColor(0x6a, 0x73, 0x7d)))
{
    m_rules = {
        {QRegularExpression(QStringLiteral("^\\s*(?:-\\s+)?([^\\s#'\"][^#:]*?)\\s*:(?=\\s|$)")),
         coloured(QColor(0x00, 0x5c, 0xc5), true), 1},
        {QRegularExpression(QStringLiteral("^\\s*(-)(?=\\s|$)")), coloured(QColor(0xd7, 0x3a, 0x49), true), 1},
        {QRegularExpression(QStringLiteral("(?<=[\\s:\\[,])(true|false|yes|no|null|~)(?=\\s*$|\\s*[,\\]#])")),
         coloured(QColor(0x6f, 0x42, 0xc1)), 1},
        {QRegularExpression(QStringLiteral("[&*][A-Za-z0-9_-]+")), coloured(QColor(0xe3, 0x62, 0x09))},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'")),
         coloured(QColor(0x22, 0x86, 0x3a))},
    };
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        for (QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            setFormat(int(match.capturedStart(rule.group)), int(match.capturedLength(rule.group)), rule.format);
        }
    }
    // A comment starts at a '#' that begins the line or follows a space, outside quotes.
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace())) {
            setFormat(int(i), int(text.size() - i), m_comment);
            break;
        }
    }
}

} // namespace BuildDeck::Ui
