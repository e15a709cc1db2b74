#pragma once

#include <QDockWidget>

class QAction;
class QActionGroup;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace BuildDeck::Ui {

class EmptyStateWidget;
class LogFindBar;
class LogView;

// The Log panel: the selected build's log, live while it runs, with find, folding, timestamps,
// wrapping and saving.
class LogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDock)

public:
    explicit LogDock(QWidget *parent = nullptr);

    // Shows the log at `path` (empty: no build selected) of the build `buildId`, followed while
    // `running`; the same path again only updates whether it runs.
    void showLog(const QString &path, bool running, const QString &buildId = {});
    LogView *view() const { return m_view; }
    LogFindBar *findBar() const { return m_findBar; }

public Q_SLOTS:
    // Shows the find bar, ready for a text to look for in the log.
    void startFind();
    // Asks where to save the log, and saves it there (as it is, or as plain text).
    void askSave();

Q_SIGNALS:
    void notice(const QString &message);
    void failed(const QString &what, const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    LogView *m_view;
    LogFindBar *m_findBar;
    QToolBar *m_toolBar;
    QAction *m_follow;
    QAction *m_wrap;
    QToolButton *m_timestampsButton;
    QActionGroup *m_timestamps;
    QAction *m_timeHidden;
    QAction *m_timeAbsolute;
    QAction *m_timeRelative;
    QAction *m_foldAll;
    QAction *m_unfoldAll;
    QAction *m_save;
    QAction *m_find;
};

} // namespace BuildDeck::Ui
