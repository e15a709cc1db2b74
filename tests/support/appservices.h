#pragma once

#include "testconfig.h"

#include "engine/buildservice.h"
#include "engine/buildstore.h"
#include "mainwindow.h"
#include "project/projectstore.h"
#include "runtime/enginemonitor.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

// The core services of the desktop application on a data directory of their own, as main()
// makes them: real stores, and builds run by the real builddeck-cli worker.
class AppServices
{
public:
    AppServices()
    {
        BuildDeck::Result<BuildDeck::History::Database> database = BuildDeck::History::Database::open(m_dir.path());
        REQUIRE(database);
        projects = std::make_unique<BuildDeck::Projects::ProjectStore>(*database);
        builds = std::make_unique<BuildDeck::Engine::BuildStore>(std::move(database).value());
        service = std::make_unique<BuildDeck::Engine::BuildService>(
            *builds, m_dir.path(),
            BuildDeck::Engine::BuildService::Worker{QStringLiteral(BUILDDECK_BIN_DIR "/builddeck-cli"), {}});
    }

    QString dataDirectory() const { return m_dir.path(); }
    BuildDeck::Ui::MainWindow::Services services(BuildDeck::Runtime::EngineMonitor *monitor) const
    {
        return {monitor, projects.get(), service.get(), m_dir.path()};
    }

    std::unique_ptr<BuildDeck::Projects::ProjectStore> projects;
    std::unique_ptr<BuildDeck::Engine::BuildStore> builds;
    std::unique_ptr<BuildDeck::Engine::BuildService> service;

private:
    QTemporaryDir m_dir;
};

// The main window on stores of its own with fresh settings, shown, as a user starts BuildDeck.
class OpenWindow
{
public:
    explicit OpenWindow(BuildDeck::Runtime::EngineMonitor::Probe probe)
        : monitor(std::move(probe))
        , window(app.services(&monitor))
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

private:
    bool m_freshSettings = (QSettings().clear(), true); // before the window reads its layout

public:
    AppServices app;
    BuildDeck::Runtime::EngineMonitor monitor;
    BuildDeck::Ui::MainWindow window;
};
