#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;

namespace BuildDeck::Ui {

class EmptyStateWidget;
class LogTailView;

// The Log panel: the selected build's log, live while it runs.
class LogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDock)

public:
    explicit LogDock(QWidget *parent = nullptr);

    // Shows the log at `path` (empty: no build selected), followed while `running`; the same path
    // again only updates whether it runs.
    void showLog(const QString &path, bool running);
    LogTailView *view() const { return m_view; }

public Q_SLOTS:
    // Shows the find bar, ready for a text to look for in the log.
    void startFind();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Selects the next (or previous) match of the find bar's text and counts them all.
    void find(bool backward = false);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    LogTailView *m_view;
    QWidget *m_findBar;
    QLineEdit *m_findText;
    QLabel *m_findCount;
    bool m_running = false;
};

} // namespace BuildDeck::Ui
