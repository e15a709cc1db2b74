#pragma once

#include "testconfig.h"

#include "engine/buildservice.h"
#include "engine/buildstore.h"
#include "log/logview.h"
#include "mainwindow.h"
#include "project/projectstore.h"
#include "runtime/defaultimage.h"
#include "runtime/enginelocator.h"
#include "runtime/enginemonitor.h"
#include "runtime/imagerecipe.h"
#include "secrets/secretstore.h"

#include <QAction>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <functional>
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
        secrets = std::make_unique<BuildDeck::Secrets::SecretStore>(*database);
        builds = std::make_unique<BuildDeck::Engine::BuildStore>(std::move(database).value());
        service = std::make_unique<BuildDeck::Engine::BuildService>(
            *builds, m_dir.path(),
            BuildDeck::Engine::BuildService::Worker{QStringLiteral(BUILDDECK_BIN_DIR "/builddeck-cli"), {}});
    }

    QString dataDirectory() const { return m_dir.path(); }
    BuildDeck::Ui::MainWindow::Services services(BuildDeck::Runtime::EngineMonitor *monitor,
                                                 BuildDeck::Runtime::DefaultImage *defaultImage = nullptr) const
    {
        return {monitor, projects.get(), service.get(), m_dir.path(), secrets.get(), defaultImage};
    }

    std::unique_ptr<BuildDeck::Projects::ProjectStore> projects;
    std::unique_ptr<BuildDeck::Secrets::SecretStore> secrets;
    std::unique_ptr<BuildDeck::Engine::BuildStore> builds;
    std::unique_ptr<BuildDeck::Engine::BuildService> service;

private:
    QTemporaryDir m_dir;
};

// A project with no source that builds `buildspec` in the default image: tests change what they need.
inline BuildDeck::Projects::Project sampleProject(const QString &name, const QString &buildspec = {})
{
    BuildDeck::Projects::Project project;
    project.name = name;
    project.source.type = QStringLiteral("NO_SOURCE");
    project.source.buildspec = buildspec;
    project.artifacts.type = QStringLiteral("NO_ARTIFACTS");
    project.environment.type = QStringLiteral("LINUX_CONTAINER");
    project.environment.image = QStringLiteral("builddeck/standard:1.0");
    project.environment.computeType = QStringLiteral("BUILD_GENERAL1_SMALL");
    return project;
}

// The main window on stores of its own with fresh settings, shown, as a user starts BuildDeck;
// `prepare` puts data in the stores first.
class OpenWindow
{
public:
    explicit OpenWindow(BuildDeck::Runtime::EngineMonitor::Probe probe,
                        const std::function<void(AppServices &)> &prepare = {})
        : m_prepared((prepare ? prepare(app) : void(), true))
        , monitor(std::move(probe))
        , defaultImage(monitor, BuildDeck::Runtime::ImageRecipe::defaultFile(),
                       app.dataDirectory() + QStringLiteral("/work"))
        , window(app.services(&monitor, &defaultImage))
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

private:
    bool m_freshSettings = (QSettings().clear(), true); // before the window reads its layout

public:
    AppServices app;

private:
    bool m_prepared;

public:
    BuildDeck::Runtime::EngineMonitor monitor;
    BuildDeck::Runtime::DefaultImage defaultImage;
    BuildDeck::Ui::MainWindow window;
};

// The real engine's status, as main() probes it.
inline BuildDeck::Runtime::EngineMonitor::Probe realEngine()
{
    return [] { return BuildDeck::Runtime::EngineLocator::probe(*BuildDeck::Runtime::EngineLocator::candidates({})); };
}

inline QAction *action(QWidget &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found != nullptr);
    return found;
}

template <typename T>
inline T *child(QWidget &window, const char *name)
{
    auto *found = window.findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found != nullptr);
    return found;
}

// What the log view shows, every line (for small logs).
inline QString logText(const BuildDeck::Ui::LogView &view)
{
    QStringList lines;
    for (qint64 line = 0; line < view.lineCount(); ++line)
        lines.append(view.lineText(line));
    return lines.join(QLatin1Char('\n'));
}
