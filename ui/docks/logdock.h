#pragma once

#include <QDockWidget>

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    LogTailView *m_view;
    bool m_running = false;
};

} // namespace BuildDeck::Ui
