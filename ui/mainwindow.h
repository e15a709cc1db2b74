#pragma once

#include <QByteArray>
#include <QList>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;

namespace BuildDeck::Runtime {
class EngineMonitor;
}

namespace BuildDeck::Ui {

class EngineStatusWidget;

// The composition root of the desktop application: docks, menus and the status bar, wired to the
// core services it is given. It holds no business logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Bump when the set of docks changes, so an old saved layout is not applied to a new dock set.
    static constexpr int layoutVersion = 1;

    explicit MainWindow(Runtime::EngineMonitor *engineMonitor, QWidget *parent = nullptr);
    ~MainWindow() override;

public Q_SLOTS:
    void showAbout();
    void resetLayout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void restoreLayout();
    void saveLayout();
    void retranslateUi();

    Runtime::EngineMonitor *m_engineMonitor;
    EngineStatusWidget *m_engineStatus;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_checkEngineAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QDockWidget *> m_docks;
    QByteArray m_defaultLayout;
};

} // namespace BuildDeck::Ui
