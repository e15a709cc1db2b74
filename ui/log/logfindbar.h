#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace BuildDeck::Log {
class LogSearch;
}

namespace BuildDeck::Ui {

class LogView;

// Find in the log: text or a regular expression, with or without case. The count of matches is
// exact over the whole log, found on a pool thread and growing while a huge log is searched; Enter
// and Shift+Enter go to the next and previous match, unfolding what hides it.
class LogFindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFindBar)

public:
    explicit LogFindBar(LogView *view, QWidget *parent = nullptr);

    // Shows the bar with its text selected, ready to type.
    void activate();
    // The log changed: the search starts again on it.
    void restart();
    void findNext() { go(false); }
    void findPrevious() { go(true); }

    Log::LogSearch *search() const { return m_search; }
    // The match shown, counted from 1, or 0.
    qint64 currentOrdinal() const { return m_ordinal; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCount();
    void go(bool backward);

    LogView *m_view;
    Log::LogSearch *m_search;
    QLineEdit *m_text;
    QToolButton *m_caseSensitive;
    QToolButton *m_regularExpression;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_count;
    QTimer *m_typing;
    qint64 m_line = -1; // the match shown: its line and which of the line's matches it is
    int m_index = -1;
    qint64 m_ordinal = 0;
    bool m_jumpWhenFound = false;
};

} // namespace BuildDeck::Ui
