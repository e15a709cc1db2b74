#pragma once

#include "project/project.h"

#include <QDialog>
#include <QIcon>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace BuildDeck::Projects {
class ProjectStore;
}

namespace BuildDeck::Ui {

class EnvironmentPage;
class ProjectDocument;
class ProjectForm;

// The project editor: a page for each part of a project (general, source, environment,
// artifacts, cache, and the members only AWS uses). Each field shows what is wrong with it as the
// user types; Save stays disabled while anything is; every edit can be undone and redone.
class ProjectEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectEditor)

public:
    ProjectEditor(Projects::ProjectStore &store, const Projects::Project &project, QWidget *parent = nullptr);

    ProjectDocument *document() const { return m_document; }
    EnvironmentPage *environmentPage() const { return m_environment; }
    // Shows the page that holds the member at `path` ("environment.image").
    void showField(const QString &path);

public Q_SLOTS:
    // Saves the project and closes the editor; a failure is shown and the edits stay.
    void save();
    void reject() override;

private:
    void addPage(ProjectForm *page);
    void refresh();

    Projects::ProjectStore &m_store;
    ProjectDocument *m_document;
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    QList<ProjectForm *> m_forms;
    EnvironmentPage *m_environment = nullptr;
    QLabel *m_otherProblems;
    QIcon m_noIcon;
    QDialogButtonBox *m_buttons;
};

} // namespace BuildDeck::Ui
