#pragma once

#include "testconfig.h"

#include "engine/buildservice.h"
#include "engine/buildstore.h"
#include "mainwindow.h"
#include "project/projectstore.h"

#include <QTemporaryDir>

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
