#pragma once

#include <QByteArray>
#include <QList>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;
class QTimer;
class QToolBar;

namespace BuildDeck::Runtime {
class DefaultImage;
class EngineMonitor;
} // namespace BuildDeck::Runtime
namespace BuildDeck::Projects {
class ProjectStore;
}
namespace BuildDeck::Engine {
class BuildService;
}
namespace BuildDeck::Secrets {
class SecretStore;
}

namespace BuildDeck::Ui {

class ArtifactsDock;
class BuildActions;
class BuildNotifier;
class BuildDock;
class BuildspecPane;
class DefaultImageBar;
class IssueModel;
class ProblemsDock;
class BuildHistoryModel;
class EngineStatusWidget;
class HistoryDock;
class LogDock;
class ProjectActions;
class ProjectListModel;
class ProjectsDock;
class ReportsDock;

// The composition root of the desktop application: docks, menus and the status bar, wired to the
// core services it is given. It holds no business logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Bump when the set of docks changes, so an old saved layout is not applied to a new dock set.
    static constexpr int layoutVersion = 3;

    // The core services the window shows and drives; they outlive it.
    struct Services
    {
        Runtime::EngineMonitor *engineMonitor = nullptr;
        Projects::ProjectStore *projects = nullptr;
        Engine::BuildService *builds = nullptr;
        QString dataDirectory;
        Secrets::SecretStore *secrets = nullptr;       // none: no Secrets manager
        Runtime::DefaultImage *defaultImage = nullptr; // none: no offer to make the default image
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectActions *projectActions() const { return m_projectActions; }
    BuildActions *buildActions() const { return m_buildActions; }

public Q_SLOTS:
    void showAbout();
    void resetLayout();
    // Reads the stores again now, instead of at the next poll.
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;
    // A folder dropped on the window proposes a project that builds it.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void restoreLayout();
    void saveLayout();
    void createToolBar();
    void wire();
    void retranslateUi();
    // Shows the build `id` (empty: none) in the Build and Log docks.
    void showBuild(const QString &id);

    Services m_services;
    Runtime::EngineMonitor *m_engineMonitor;
    EngineStatusWidget *m_engineStatus;
    ProjectListModel *m_projectModel;
    BuildHistoryModel *m_historyModel;
    ProjectActions *m_projectActions;
    BuildActions *m_buildActions;
    ProjectsDock *m_projectsDock = nullptr;
    HistoryDock *m_historyDock = nullptr;
    BuildDock *m_buildDock = nullptr;
    ArtifactsDock *m_artifactsDock = nullptr;
    ReportsDock *m_reportsDock = nullptr;
    LogDock *m_logDock = nullptr;
    ProblemsDock *m_problemsDock = nullptr;
    BuildspecPane *m_buildspec;
    DefaultImageBar *m_defaultImageBar = nullptr;
    QAction *m_buildImageAction = nullptr;
    IssueModel *m_issueModel;
    bool m_discardEdits = false; // the user chose to quit without saving
    QToolBar *m_toolBar = nullptr;
    QMenu *m_buildMenu = nullptr;
    QMenu *m_buildspecMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QTimer *m_poll;
    QTimer *m_refreshSoon;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_checkEngineAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QDockWidget *> m_docks;
    QAction *m_saveAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_secretsAction = nullptr;
    BuildNotifier *m_notifier;
    QByteArray m_defaultLayout;
};

} // namespace BuildDeck::Ui
