#include "codeeditor.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace BuildDeck::Ui {

class CodeEditor::LineNumbers final : public QWidget
{
public:
    explicit LineNumbers(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return {m_editor->marginWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintMargin(event); }

private:
    CodeEditor *m_editor;
};

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_margin(new LineNumbers(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(marginWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    setViewportMargins(marginWidth(), 0, 0, 0);
}

int CodeEditor::marginWidth() const
{
    const int digits = int(QString::number(std::max(1, blockCount())).size());
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_margin->setGeometry(QRect(area.left(), area.top(), marginWidth(), area.height()));
}

void CodeEditor::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const bool flagged = std::any_of(m_issues.cbegin(), m_issues.cend(),
                                             [&](const Issue &issue) { return issue.line == block.blockNumber() + 1; });
            painter.setPen(flagged ? QColor(0xd0, 0x34, 0x2c) : palette().color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_margin->width() - 6, height, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}

QTextCursor CodeEditor::span(const Issue &issue) const
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, issue.line - 1));
    QTextCursor cursor(block);
    if (!block.isValid())
        return cursor;
    const QString text = block.text();
    int start = std::clamp(issue.column - 1, 0, int(text.size()));
    int end = start;
    while (end < text.size() && !text.at(end).isSpace() && text.at(end) != QLatin1Char(':'))
        ++end;
    if (end == start) { // nothing to underline there: the line's text, or a space
        start = 0;
        end = std::max(1, int(text.size()));
    }
    cursor.setPosition(block.position() + start);
    cursor.setPosition(std::min(block.position() + end, document()->characterCount() - 1), QTextCursor::KeepAnchor);
    return cursor;
}

void CodeEditor::setIssues(const QList<Issue> &issues)
{
    m_issues = issues;
    QList<QTextEdit::ExtraSelection> selections;
    for (const Issue &issue : issues) {
        if (issue.line <= 0)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = span(issue);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(issue.isError() ? QColor(0xd0, 0x34, 0x2c) : QColor(0xe0, 0x9b, 0x00));
        selections.append(selection);
    }
    setExtraSelections(selections);
    m_margin->update();
}

void CodeEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

bool CodeEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = cursorForPosition(viewport()->mapFromGlobal(help->globalPos()));
        QStringList messages;
        for (const Issue &issue : std::as_const(m_issues)) {
            const QTextCursor marked = span(issue);
            if (issue.line > 0 && at.position() >= marked.selectionStart() && at.position() <= marked.selectionEnd())
                messages.append(issue.suggestion.isEmpty() ? issue.message
                                                           : issue.message + QLatin1Char('\n') + issue.suggestion);
        }
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace BuildDeck::Ui
