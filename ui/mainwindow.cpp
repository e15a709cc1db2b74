#include "mainwindow.h"

#include "dialogs/aboutdialog.h"
#include "docks/placeholderdock.h"
#include "style/icons.h"
#include "widgets/emptystatewidget.h"
#include "widgets/enginestatuswidget.h"

#include "runtime/enginemonitor.h"
#include "support/libraryversions.h"
#include "support/setting.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QStatusBar>

namespace BuildDeck::Ui {

namespace {

Setting<QByteArray> geometrySetting(QStringLiteral("mainWindow/geometry"), {});
Setting<QByteArray> layoutSetting(QStringLiteral("mainWindow/layout"), {});

struct DockSpec
{
    const char *objectName;
    Qt::DockWidgetArea area;
    PlaceholderDock::Texts texts;
};

// The panels of ARCHITECTURE §1, in the order the View menu lists them.
const DockSpec dockSpecs[] = {
    {"projectsDock",
     Qt::LeftDockWidgetArea,
     {QT_TRANSLATE_NOOP("Docks", "Projects"), QT_TRANSLATE_NOOP("Docks", "No projects"),
      QT_TRANSLATE_NOOP("Docks", "Build projects will be listed here with the status of their last build.")}},
    {"historyDock",
     Qt::LeftDockWidgetArea,
     {QT_TRANSLATE_NOOP("Docks", "History"), QT_TRANSLATE_NOOP("Docks", "No builds"),
      QT_TRANSLATE_NOOP("Docks", "Every build run on this machine will be kept here to browse, filter and compare.")}},
    {"buildDock",
     Qt::RightDockWidgetArea,
     {QT_TRANSLATE_NOOP("Docks", "Build"), QT_TRANSLATE_NOOP("Docks", "No build selected"),
      QT_TRANSLATE_NOOP("Docks", "The phases, environment and source version of the selected build appear here.")}},
    {"logDock",
     Qt::BottomDockWidgetArea,
     {QT_TRANSLATE_NOOP("Docks", "Log"), QT_TRANSLATE_NOOP("Docks", "No build selected"),
      QT_TRANSLATE_NOOP("Docks", "The log of the selected build appears here, live while it runs.")}},
    {"artifactsDock",
     Qt::BottomDockWidgetArea,
     {QT_TRANSLATE_NOOP("Docks", "Artifacts"), QT_TRANSLATE_NOOP("Docks", "No artifacts"),
      QT_TRANSLATE_NOOP("Docks", "The files the selected build produced appear here.")}},
    {"reportsDock",
     Qt::BottomDockWidgetArea,
     {QT_TRANSLATE_NOOP("Docks", "Reports"), QT_TRANSLATE_NOOP("Docks", "No test reports"),
      QT_TRANSLATE_NOOP("Docks", "Test results and code coverage of the selected build appear here.")}},
    {"problemsDock",
     Qt::BottomDockWidgetArea,
     {QT_TRANSLATE_NOOP("Docks", "Problems"), QT_TRANSLATE_NOOP("Docks", "No problems"),
      QT_TRANSLATE_NOOP("Docks", "Mistakes found in the buildspec being edited are listed here, with their line.")}},
};

} // namespace

MainWindow::MainWindow(Runtime::EngineMonitor *engineMonitor, QWidget *parent)
    : QMainWindow(parent)
    , m_engineMonitor(engineMonitor)
    , m_engineStatus(new EngineStatusWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::applicationIcon());
    setDockNestingEnabled(true);

    auto *startPage = new EmptyStateWidget(this);
    startPage->setObjectName(QStringLiteral("startPage"));
    setCentralWidget(startPage);

    createDocks();
    createMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_engineStatus);
    m_engineStatus->setStatus(m_engineMonitor->status());
    connect(m_engineMonitor, &Runtime::EngineMonitor::statusChanged, m_engineStatus, &EngineStatusWidget::setStatus);

    retranslateUi();
    resize(1280, 800);
    m_defaultLayout = saveState(layoutVersion);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    for (const DockSpec &spec : dockSpecs) {
        auto *dock = new PlaceholderDock(QString::fromLatin1(spec.objectName), spec.texts, this);
        addDockWidget(spec.area, dock);
        m_docks.append(dock);
    }
    QDockWidget *projects = findChild<QDockWidget *>(QStringLiteral("projectsDock"));
    QDockWidget *history = findChild<QDockWidget *>(QStringLiteral("historyDock"));
    QDockWidget *build = findChild<QDockWidget *>(QStringLiteral("buildDock"));
    QDockWidget *log = findChild<QDockWidget *>(QStringLiteral("logDock"));
    splitDockWidget(projects, history, Qt::Vertical);
    for (const char *name : {"artifactsDock", "reportsDock", "problemsDock"})
        tabifyDockWidget(log, findChild<QDockWidget *>(QString::fromLatin1(name)));
    log->raise();
    resizeDocks({projects, build}, {280, 320}, Qt::Horizontal);
    resizeDocks({log}, {260}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget *dock : std::as_const(m_docks))
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_resetLayoutAction = m_viewMenu->addAction(QString(), this, &MainWindow::resetLayout);
    m_resetLayoutAction->setObjectName(QStringLiteral("actionResetLayout"));
    m_checkEngineAction = m_viewMenu->addAction(QString(), m_engineMonitor, &Runtime::EngineMonitor::checkNow);
    m_checkEngineAction->setObjectName(QStringLiteral("actionCheckEngine"));
    m_checkEngineAction->setShortcut(QKeySequence::Refresh);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setObjectName(QStringLiteral("actionAboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("BuildDeck"));
    if (auto *startPage = qobject_cast<EmptyStateWidget *>(centralWidget())) {
        startPage->setTitle(tr("BuildDeck"));
        startPage->setExplanation(tr("Run AWS CodeBuild builds in local containers. The buildspec editor opens here."));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_resetLayoutAction->setText(tr("&Reset Layout"));
    m_checkEngineAction->setText(tr("Check &Engine Now"));
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace BuildDeck::Ui
