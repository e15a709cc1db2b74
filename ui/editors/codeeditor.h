#pragma once

#include "support/issue.h"

#include <QPlainTextEdit>

namespace BuildDeck::Ui {

// A plain-text editor for code: line numbers in a margin, the system's fixed-width font, and the
// issues of its text underlined with a wavy line (red for errors, amber for warnings) whose tooltip
// says what is wrong.
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    void setIssues(const QList<Issue> &issues);
    const QList<Issue> &issues() const { return m_issues; }
    // Puts the cursor at a 1-based line and column and shows it.
    void goTo(int line, int column);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    class LineNumbers;

    int marginWidth() const;
    void paintMargin(QPaintEvent *event);
    // The text an issue points at: from its column to the end of the word there.
    QTextCursor span(const Issue &issue) const;

    LineNumbers *m_margin;
    QList<Issue> m_issues;
};

} // namespace BuildDeck::Ui
