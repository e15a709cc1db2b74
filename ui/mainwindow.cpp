#include "mainwindow.h"

#include "actions/buildactions.h"
#include "actions/projectactions.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/failuremessage.h"
#include "dialogs/secretsdialog.h"
#include "dialogs/settingsdialog.h"
#include "docks/artifactsdock.h"
#include "docks/builddock.h"
#include "docks/historydock.h"
#include "docks/logdock.h"
#include "docks/problemsdock.h"
#include "docks/projectsdock.h"
#include "docks/reportsdock.h"
#include "editors/buildspecpane.h"
#include "editors/codeeditor.h"
#include "models/buildhistorymodel.h"
#include "models/issuemodel.h"
#include "models/projectlistmodel.h"
#include "style/icons.h"
#include "widgets/buildnotifier.h"
#include "widgets/defaultimagebar.h"
#include "widgets/emptystatewidget.h"
#include "widgets/enginestatuswidget.h"

#include "engine/buildrunner.h"
#include "engine/buildservice.h"
#include "project/projectstore.h"
#include "runtime/enginemonitor.h"
#include "support/libraryversions.h"
#include "support/setting.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

namespace {

Setting<QByteArray> geometrySetting(QStringLiteral("mainWindow/geometry"), {});
Setting<QByteArray> layoutSetting(QStringLiteral("mainWindow/layout"), {});

} // namespace

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_engineMonitor(services.engineMonitor)
    , m_engineStatus(new EngineStatusWidget(this))
    , m_projectModel(new ProjectListModel(*services.projects, services.builds->builds(), this))
    , m_historyModel(new BuildHistoryModel(services.builds->builds(), this))
    , m_projectActions(new ProjectActions(*services.projects, *services.builds, *services.engineMonitor, this))
    , m_buildActions(new BuildActions(*services.projects, *services.builds, this))
    , m_buildspec(new BuildspecPane(*services.projects, this))
    , m_issueModel(new IssueModel(this))
    , m_poll(new QTimer(this))
    , m_refreshSoon(new QTimer(this))
    , m_notifier(new BuildNotifier(services.builds->builds(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::applicationIcon());
    setDockNestingEnabled(true);
    setAcceptDrops(true);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    if (services.defaultImage) {
        m_defaultImageBar = new DefaultImageBar(*services.defaultImage, *services.projects, central);
        centralLayout->addWidget(m_defaultImageBar);
    }
    centralLayout->addWidget(m_buildspec, 1);
    setCentralWidget(central);

    createDocks();
    createMenus();
    createToolBar();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_engineStatus);
    m_engineStatus->setStatus(m_engineMonitor->status());
    connect(m_engineMonitor, &Runtime::EngineMonitor::statusChanged, m_engineStatus, &EngineStatusWidget::setStatus);
    wire();

    retranslateUi();
    resize(1280, 800);
    m_defaultLayout = saveState(layoutVersion);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_projectsDock = new ProjectsDock(m_projectModel, this);
    m_historyDock = new HistoryDock(m_historyModel, this);
    m_buildDock = new BuildDock(this);
    m_logDock = new LogDock(this);
    m_problemsDock = new ProblemsDock(m_issueModel, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_projectsDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_historyDock);
    addDockWidget(Qt::RightDockWidgetArea, m_buildDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_artifactsDock = new ArtifactsDock(this);
    m_reportsDock = new ReportsDock(m_services.builds->builds().database(), this);
    m_docks = {m_projectsDock, m_historyDock, m_buildDock, m_logDock, m_artifactsDock, m_reportsDock};
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_artifactsDock), static_cast<QDockWidget *>(m_reportsDock)}) {
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        tabifyDockWidget(m_logDock, dock);
    }
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    tabifyDockWidget(m_logDock, m_problemsDock);
    m_docks.append(m_problemsDock);
    splitDockWidget(m_projectsDock, m_historyDock, Qt::Vertical);
    m_logDock->raise();
    resizeDocks({m_projectsDock, m_buildDock}, {380, 470}, Qt::Horizontal);
    resizeDocks({m_projectsDock, m_historyDock}, {180, 420}, Qt::Vertical);
    resizeDocks({m_logDock}, {240}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_saveAction = m_buildspec->saveAction();
    m_fileMenu->addActions({m_projectActions->newProject(), m_projectActions->editProject(), m_saveAction,
                            m_projectActions->importProjects(), m_projectActions->exportProject(),
                            m_projectActions->duplicateProject(), m_projectActions->deleteProject(),
                            m_projectActions->clearCache()});
    m_fileMenu->addSeparator();
    m_secretsAction = m_fileMenu->addAction(QString(), this, [this] {
        auto *dialog = new SecretsDialog(*m_services.secrets, *m_services.projects, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_secretsAction->setObjectName(QStringLiteral("actionSecrets"));
    m_secretsAction->setEnabled(m_services.secrets != nullptr);
    m_projectActions->setSecrets(m_services.secrets);
    m_settingsAction = m_fileMenu->addAction(QString(), this, [this] {
        auto *dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget *dock : std::as_const(m_docks)) {
        dock->toggleViewAction()->setObjectName(QStringLiteral("actionToggle_") + dock->objectName());
        m_viewMenu->addAction(dock->toggleViewAction());
    }
    m_viewMenu->addSeparator();
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        m_logDock->show();
        m_logDock->raise();
        m_logDock->startFind();
    });
    m_findAction->setObjectName(QStringLiteral("actionFindInLog"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_refreshAction = m_viewMenu->addAction(QString(), this, &MainWindow::refresh);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_resetLayoutAction = m_viewMenu->addAction(QString(), this, &MainWindow::resetLayout);
    m_resetLayoutAction->setObjectName(QStringLiteral("actionResetLayout"));
    m_checkEngineAction = m_viewMenu->addAction(QString(), m_engineMonitor, &Runtime::EngineMonitor::checkNow);
    m_checkEngineAction->setObjectName(QStringLiteral("actionCheckEngine"));

    m_buildMenu = menuBar()->addMenu(QString());
    m_buildMenu->setObjectName(QStringLiteral("buildMenu"));
    m_buildMenu->addActions(
        {m_buildActions->run(), m_buildActions->runWithOverrides(), m_buildActions->stop(), m_buildActions->retry()});
    m_buildMenu->addSeparator();
    m_buildMenu->addAction(m_buildActions->compare());
    if (m_defaultImageBar) {
        m_buildMenu->addSeparator();
        m_buildImageAction = m_buildMenu->addAction(QString(), m_defaultImageBar, &DefaultImageBar::buildImage);
        m_buildImageAction->setObjectName(QStringLiteral("actionBuildDefaultImage"));
    }

    menuBar()->insertMenu(m_viewMenu->menuAction(), m_buildMenu);
    m_buildspecMenu = new QMenu(this);
    m_buildspecMenu->setObjectName(QStringLiteral("buildspecMenu"));
    m_buildspecMenu->addActions(m_buildspec->snippetActions());
    m_buildspecMenu->addSeparator();
    m_buildspecMenu->addAction(m_buildspec->quickFixAction());
    menuBar()->insertMenu(m_buildMenu->menuAction(), m_buildspecMenu);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setObjectName(QStringLiteral("actionAboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_projectActions->newProject());
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_buildActions->run(), m_buildActions->stop(), m_buildActions->retry()});
}

void MainWindow::wire()
{
    connect(m_projectsDock, &ProjectsDock::currentProjectChanged, this, [this](const QString &name) {
        m_historyDock->setProject(name);
        m_buildspec->setProject(name);
        m_projectActions->setCurrentProject(name);
        m_buildActions->setCurrentProject(name);
    });
    connect(m_projectsDock, &ProjectsDock::projectActivated, m_projectActions, &ProjectActions::openEditor);
    connect(m_historyDock, &HistoryDock::currentBuildChanged, this, &MainWindow::showBuild);
    connect(m_historyDock, &HistoryDock::selectedBuildsChanged, m_buildActions, &BuildActions::setSelectedBuilds);
    connect(m_projectActions, &ProjectActions::projectCreated, this, [this](const QString &name) {
        m_projectModel->refresh();
        m_projectsDock->selectProject(name);
    });
    connect(m_buildActions, &BuildActions::buildStarted, this, [this](const QString &id) {
        refresh();
        m_historyDock->selectBuild(id);
    });
    connect(m_buildspec, &BuildspecPane::issuesChanged, m_issueModel, &IssueModel::setIssues);
    connect(m_problemsDock, &ProblemsDock::issueActivated, m_buildspec->editor(), &CodeEditor::goTo);
    connect(m_logDock, &LogDock::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_projectActions, &ProjectActions::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    if (m_defaultImageBar) {
        connect(m_defaultImageBar, &DefaultImageBar::notice, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
        connect(m_services.projects, &Projects::ProjectStore::changed, m_defaultImageBar, &DefaultImageBar::reconsider);
    }
    connect(m_artifactsDock, &ArtifactsDock::saved, this,
            [this](const QString &path) { statusBar()->showMessage(tr("Saved %1").arg(path), 10000); });
    connect(m_artifactsDock, &ArtifactsDock::failed, this,
            [this](const QString &what, const QString &reason) { FailureMessage::show(this, what, reason); });
    connect(m_logDock, &LogDock::failed, this,
            [this](const QString &what, const QString &reason) { FailureMessage::show(this, what, reason); });
    connect(m_buildspec, &BuildspecPane::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_buildspec, &BuildspecPane::failed, this,
            [this](const QString &message) { FailureMessage::show(this, tr("Saving the buildspec"), message); });
    const auto showFailure = [this](const QString &message) { statusBar()->showMessage(message); };
    connect(m_projectModel, &ProjectListModel::failed, this, showFailure);
    connect(m_historyModel, &BuildHistoryModel::failed, this, showFailure);
    connect(m_reportsDock, &ReportsDock::failed, this, showFailure);

    // Changes from this process and (by polling the database) from workers and other front ends
    // come in as signals; one refresh takes them all.
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(0);
    connect(m_refreshSoon, &QTimer::timeout, this, &MainWindow::refresh);
    connect(m_services.projects, &Projects::ProjectStore::changed, m_refreshSoon, qOverload<>(&QTimer::start));
    // A project's buildspec is read again when projects change (its file has a watcher of its own).
    connect(m_services.projects, &Projects::ProjectStore::changed, this,
            [this] { m_buildspec->setProject(m_projectsDock->currentProject()); });
    connect(&m_services.builds->builds(), &Engine::BuildStore::changed, m_refreshSoon, qOverload<>(&QTimer::start));
    m_poll->setInterval(250);
    connect(m_poll, &QTimer::timeout, m_services.projects, &Projects::ProjectStore::poll);
    connect(m_poll, &QTimer::timeout, &m_services.builds->builds(), &Engine::BuildStore::poll);
    m_poll->start();
}

void MainWindow::refresh()
{
    m_projectModel->refresh();
    m_historyModel->refresh();
    m_notifier->check();
    showBuild(m_historyDock->currentBuild());
}

void MainWindow::showBuild(const QString &id)
{
    const Result<Engine::BuildRecord> record = id.isEmpty()
                                                   ? Result<Engine::BuildRecord>(makeError(ErrorCode::NotFound, {}))
                                                   : m_services.builds->builds().get(id);
    if (!record) {
        m_buildDock->setRecord(std::nullopt);
        m_artifactsDock->setRecord(std::nullopt);
        m_reportsDock->setBuild({}, {});
        m_logDock->showLog({}, false);
        m_buildActions->setCurrentBuild({}, false);
        return;
    }
    m_buildDock->setRecord(*record);
    m_artifactsDock->setRecord(*record);
    m_reportsDock->setBuild(record->id, record->reportArns);
    m_logDock->showLog(Engine::BuildRunner::logPath(m_services.dataDirectory, *record), !record->buildComplete,
                       record->id);
    m_buildActions->setCurrentBuild(id, !record->buildComplete);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("BuildDeck"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsAction->setText(tr("Se&ttings..."));
    m_secretsAction->setText(tr("Sec&rets..."));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("Re&fresh"));
    m_findAction->setText(tr("&Find in Log..."));
    m_buildMenu->setTitle(tr("&Build"));
    m_buildspecMenu->setTitle(tr("Build&spec"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_projectActions->retranslateUi();
    m_buildActions->retranslateUi();
    m_resetLayoutAction->setText(tr("&Reset Layout"));
    m_checkEngineAction->setText(tr("Check &Engine Now"));
    if (m_buildImageAction)
        m_buildImageAction->setText(tr("Build &Default Image"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About BuildDeck"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(libraryVersions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout, layoutVersion);
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = geometrySetting.value();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray layout = layoutSetting.value();
    if (!layout.isEmpty())
        restoreState(layout, layoutVersion);
}

void MainWindow::saveLayout()
{
    geometrySetting.setValue(saveGeometry());
    layoutSetting.setValue(saveState(layoutVersion));
}

namespace {

// The first folder on this machine among dropped URLs, or empty.
QString droppedFolder(const QMimeData *data)
{
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir())
            return url.toLocalFile();
    }
    return {};
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFolder(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString folder = droppedFolder(event->mimeData());
    if (folder.isEmpty())
        return;
    event->acceptProposedAction();
    m_projectActions->askNewProject(folder);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Edits not saved are not thrown away without asking.
    if (m_buildspec->hasUnsavedEdits() && !m_discardEdits) {
        event->ignore();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("BuildDeck"),
                                    tr("A buildspec has edits that are not saved."), QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("unsavedEditsBox"));
        box->setInformativeText(tr("Quit anyway and lose them, or go back and save them with File > Save Buildspec."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *discard = box->addButton(tr("Quit Without Saving"), QMessageBox::DestructiveRole);
        connect(discard, &QPushButton::clicked, this, [this] {
            m_discardEdits = true;
            close();
        });
        box->open();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace BuildDeck::Ui
