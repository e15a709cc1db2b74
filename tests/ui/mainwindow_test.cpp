#include "appservices.h"
#include "engine.h"
#include "stringmakers.h"

#include "dialogs/aboutdialog.h"
#include "mainwindow.h"
#include "widgets/emptystatewidget.h"
#include "widgets/enginestatuswidget.h"

#include "runtime/enginelocator.h"
#include "runtime/enginemonitor.h"
#include "support/libraryversions.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <atomic>
#include <memory>

using namespace BuildDeck;
using namespace BuildDeck::Runtime;
using BuildDeck::Ui::MainWindow;

namespace {

const QStringList dockNames{
    QStringLiteral("projectsDock"), QStringLiteral("historyDock"),   QStringLiteral("buildDock"),
    QStringLiteral("logDock"),      QStringLiteral("artifactsDock"), QStringLiteral("reportsDock"),
    QStringLiteral("problemsDock"),
};

QAction *findAction(QWidget &window, const QString &name)
{
    auto *action = window.findChild<QAction *>(name);
    INFO(name.toStdString());
    REQUIRE(action != nullptr);
    REQUIRE(action->isEnabled());
    return action;
}

// An engine that answers while `up` is true.
EngineMonitor::Probe switchableProbe(std::shared_ptr<std::atomic_bool> up)
{
    return [up]() -> Result<EngineInfo> {
        if (!*up)
            return makeError(
                ErrorCode::Unavailable,
                QStringLiteral("No container engine answered. Tried:\n  unix:///fake.sock (default): no socket"));
        EngineInfo info;
        info.name = QStringLiteral("Docker Engine");
        info.version = QStringLiteral("20.10.24");
        info.usedApiVersion = QStringLiteral("1.41");
        info.endpoint = QStringLiteral("unix:///fake.sock");
        return info;
    };
}

void clearSettings()
{
    QSettings().clear();
}

} // namespace

TEST_CASE("The main window opens with every dock, named, shown and honestly empty", "[ui]")
{
    clearSettings();
    EngineMonitor monitor(switchableProbe(std::make_shared<std::atomic_bool>(false)));
    AppServices app;
    MainWindow window(app.services(&monitor));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    for (const QString &name : dockNames) {
        INFO(name.toStdString());
        auto *dock = window.findChild<QDockWidget *>(name);
        REQUIRE(dock != nullptr);
        CHECK_FALSE(dock->windowTitle().isEmpty());
        CHECK(dock->isVisibleTo(&window));
        // Each panel says what it will show while it has nothing (History: that it holds no builds).
        if (name == QStringLiteral("historyDock")) {
            CHECK(dock->findChild<QLabel *>(QStringLiteral("historyCount"))->text() == QStringLiteral("Builds: 0"));
        } else {
            auto *empty = dock->findChild<Ui::EmptyStateWidget *>();
            REQUIRE(empty != nullptr);
            CHECK(empty->isVisibleTo(dock));
            CHECK_FALSE(empty->title().isEmpty());
            CHECK_FALSE(empty->explanation().isEmpty());
        }

        // The View menu toggles the dock.
        QAction *toggle = findAction(window, QStringLiteral("actionToggle_") + name);
        CHECK(window.findChild<QMenu *>(QStringLiteral("viewMenu"))->actions().contains(toggle));
        toggle->trigger();
        CHECK_FALSE(dock->isVisibleTo(&window));
        toggle->trigger();
        CHECK(dock->isVisibleTo(&window));
    }
    CHECK(window.findChild<QDockWidget *>(QStringLiteral("logDock"))->visibleRegion().isEmpty() == false);
    for (const char *action : {"actionQuit", "actionResetLayout", "actionCheckEngine", "actionAbout", "actionAboutQt"})
        findAction(window, QString::fromLatin1(action));
}

TEST_CASE("The status bar shows the engine's error and reconnects when the engine is back", "[ui]")
{
    clearSettings();
    auto up = std::make_shared<std::atomic_bool>(false);
    EngineMonitor monitor(switchableProbe(up));
    monitor.setIntervals(std::chrono::milliseconds(20), std::chrono::milliseconds(20));
    AppServices app;
    MainWindow window(app.services(&monitor));
    window.show();
    auto *status = window.findChild<Ui::EngineStatusWidget *>(QStringLiteral("engineStatus"));
    REQUIRE(status != nullptr);
    CHECK(status->text().contains(QStringLiteral("looking for")));

    monitor.start();
    REQUIRE(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("not connected")); }, 10000));
    CHECK(status->text().contains(QStringLiteral("No container engine answered")));
    auto *label = status->findChild<QLabel *>(QStringLiteral("engineStatusText"));
    REQUIRE(label != nullptr);
    CHECK(label->toolTip().contains(QStringLiteral("unix:///fake.sock")));

    *up = true;
    REQUIRE(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("Docker Engine 20.10.24")); }, 10000));
    CHECK(status->text().contains(QStringLiteral("unix:///fake.sock")));
}

TEST_CASE("The status bar shows the real engine it is connected to", "[ui][docker]")
{
    if (!requireEngine())
        return;
    clearSettings();
    const auto candidates = *EngineLocator::candidates({});
    EngineMonitor monitor([candidates] { return EngineLocator::probe(candidates); });
    AppServices app;
    MainWindow window(app.services(&monitor));
    window.show();
    QSignalSpy changed(&monitor, &EngineMonitor::statusChanged);
    monitor.start();
    REQUIRE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 10000));
    REQUIRE(monitor.status().isConnected());
    const QString text = window.findChild<Ui::EngineStatusWidget *>(QStringLiteral("engineStatus"))->text();
    CHECK(text.contains(monitor.status().info.name));
    CHECK(text.contains(monitor.status().info.version));
    CHECK(text.contains(monitor.status().info.endpoint));
}

TEST_CASE("About BuildDeck lists the versions of Qt and the libraries", "[ui]")
{
    clearSettings();
    EngineMonitor monitor(switchableProbe(std::make_shared<std::atomic_bool>(true)));
    AppServices app;
    MainWindow window(app.services(&monitor));
    window.show();
    findAction(window, QStringLiteral("actionAbout"))->trigger();

    Ui::AboutDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            return (dialog = window.findChild<Ui::AboutDialog *>(QStringLiteral("aboutDialog"))) && dialog->isVisible();
        },
        5000));
    const LibraryVersions versions = libraryVersions();
    for (const auto &[name, version] : versions.entries()) {
        if (name == QStringLiteral("BuildDeck"))
            continue;
        INFO(name.toStdString());
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("version-") + name);
        REQUIRE(label != nullptr);
        CHECK(label->text() == version);
    }
    QPointer<Ui::AboutDialog> guard(dialog);
    dialog->reject();
    REQUIRE(QTest::qWaitFor([&] { return guard.isNull(); }, 5000)); // deleted on close
}

TEST_CASE("The window's layout is saved on close and restored on the next start", "[ui]")
{
    clearSettings();
    EngineMonitor monitor(switchableProbe(std::make_shared<std::atomic_bool>(true)));
    AppServices app;
    {
        MainWindow first(app.services(&monitor));
        first.show();
        first.resize(1100, 700);
        findAction(first, QStringLiteral("actionToggle_reportsDock"))->trigger();
        REQUIRE_FALSE(first.findChild<QDockWidget *>(QStringLiteral("reportsDock"))->isVisibleTo(&first));
        REQUIRE(first.close());
    }
    MainWindow second(app.services(&monitor));
    second.show();
    REQUIRE(QTest::qWaitForWindowExposed(&second));
    CHECK_FALSE(second.findChild<QDockWidget *>(QStringLiteral("reportsDock"))->isVisibleTo(&second));
    CHECK(second.size() == QSize(1100, 700));

    findAction(second, QStringLiteral("actionResetLayout"))->trigger();
    CHECK(second.findChild<QDockWidget *>(QStringLiteral("reportsDock"))->isVisibleTo(&second));
}

TEST_CASE("The window follows a change of language", "[ui][translations]")
{
    clearSettings();
    EngineMonitor monitor(switchableProbe(std::make_shared<std::atomic_bool>(false)));
    AppServices app;
    MainWindow window(app.services(&monitor));
    window.show();
    QTranslator german;
    REQUIRE(german.load(QStringLiteral(":/i18n/builddeck_de.qm")));
    REQUIRE(QCoreApplication::installTranslator(&german));
    // The change of language reaches the widgets as an event.
    auto *viewMenu = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
    REQUIRE(QTest::qWaitFor([&] { return viewMenu->title() == QStringLiteral("&Ansicht"); }, 5000));
    CHECK(window.findChild<QDockWidget *>(QStringLiteral("historyDock"))->windowTitle() == QStringLiteral("Verlauf"));
    CHECK(window.findChild<QDockWidget *>(QStringLiteral("logDock"))->windowTitle() == QStringLiteral("Protokoll"));
    QCoreApplication::removeTranslator(&german);
    REQUIRE(QTest::qWaitFor([&] { return viewMenu->title() == QStringLiteral("&View"); }, 5000));
}
