#pragma once

#include "support/result.h"

#include <QObject>
#include <QStringList>

class QAction;
class QWidget;

namespace BuildDeck::Projects {
class ProjectStore;
}
namespace BuildDeck::Engine {
class BuildService;
}
namespace BuildDeck::Runtime {
class EngineMonitor;
}
namespace BuildDeck::Secrets {
class SecretStore;
}

namespace BuildDeck::Ui {

// What the user does with projects: New (from a template), Edit, Import and Export CodeBuild JSON,
// Duplicate, Delete (keeping the history or not), Clear Cache. The actions act on the current project.
class ProjectActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectActions)

public:
    ProjectActions(Projects::ProjectStore &projects, Engine::BuildService &builds, const Runtime::EngineMonitor &engine,
                   QWidget *window);

    // The keychain's names, for the project editor's secret picker (none: no picker).
    void setSecrets(Secrets::SecretStore *secrets) { m_secrets = secrets; }

    QAction *newProject() const { return m_new; }
    QAction *editProject() const { return m_edit; }
    QAction *importProjects() const { return m_import; }
    QAction *exportProject() const { return m_export; }
    QAction *duplicateProject() const { return m_duplicate; }
    QAction *deleteProject() const { return m_delete; }
    QAction *clearCache() const { return m_clearCache; }

    // The work behind the dialogs, for the dialogs and for tests.
    Result<QStringList> importFile(const QString &path);
    Result<void> exportTo(const QString &project, const QString &path);
    Result<QString> duplicate(const QString &project);
    Result<void> remove(const QString &project, bool keepHistory);

public Q_SLOTS:
    void setCurrentProject(const QString &name);
    // New Project, proposing one that builds `folder` when one is given (a folder dropped on the
    // window).
    void askNewProject(const QString &folder = {});
    // Opens the project editor on `name`.
    void openEditor(const QString &name);
    void retranslateUi();

Q_SIGNALS:
    // A project was created (new, imported, duplicated): the window selects it.
    void projectCreated(const QString &name);
    // Something done, for the status bar.
    void notice(const QString &message);

private:
    void askImport();
    void askExport();
    void askDelete();
    // Measures the current project's cache (on a pool thread), then asks whether to clear it.
    void askClearCache();
    void report(const Result<void> &result, const QString &what);

    Projects::ProjectStore &m_projects;
    Engine::BuildService &m_builds;
    const Runtime::EngineMonitor &m_engine;
    Secrets::SecretStore *m_secrets = nullptr;
    QWidget *m_window;
    QString m_current;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_import;
    QAction *m_export;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_clearCache;
};

} // namespace BuildDeck::Ui
