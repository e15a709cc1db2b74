#pragma once

#include "engine/buildrequest.h"
#include "project/project.h"

#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace BuildDeck::Projects {
class ProjectStore;
}
namespace BuildDeck::Engine {
class BuildService;
}

namespace BuildDeck::Ui {

// Run the current project, Stop or Retry the current build.
class BuildActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildActions)

public:
    BuildActions(Projects::ProjectStore &projects, Engine::BuildService &builds, QWidget *window);

    QAction *run() const { return m_run; }
    QAction *runWithOverrides() const { return m_runWithOverrides; }
    QAction *stop() const { return m_stop; }
    QAction *retry() const { return m_retry; }
    QAction *compare() const { return m_compare; }

public Q_SLOTS:
    void setCurrentProject(const QString &name);
    // The selected build, and whether it is still running.
    void setCurrentBuild(const QString &id, bool running);
    // The builds selected in History: Compare takes exactly two.
    void setSelectedBuilds(const QStringList &ids);
    void retranslateUi();

Q_SIGNALS:
    // A build was started: the window shows it.
    void buildStarted(const QString &id);

private:
    // The current project, valid for a build, or none (the user was told why).
    std::optional<Projects::Project> buildableProject(const QString &what);
    void start(const Projects::Project &project, const Engine::BuildRequest &request, const QString &what);

    Projects::ProjectStore &m_projects;
    Engine::BuildService &m_builds;
    QWidget *m_window;
    QString m_project;
    QString m_build;
    QAction *m_run;
    QAction *m_runWithOverrides;
    QAction *m_stop;
    QAction *m_retry;
    QAction *m_compare;
    QStringList m_selected;
};

} // namespace BuildDeck::Ui
