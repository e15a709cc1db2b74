#pragma once

#include "project/project.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace BuildDeck::Projects {
class ProjectStore;
}

namespace BuildDeck::Ui {

// New Project: pick a template, name the project. OK stays disabled, and the message says why,
// while the name breaks a rule or is taken.
class NewProjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewProjectDialog)

public:
    explicit NewProjectDialog(const Projects::ProjectStore &store, QWidget *parent = nullptr);

    // Proposes a project that builds `folder`, a directory on this machine (a folder dropped on
    // the window).
    void setFolder(const QString &folder);

    // The project as the template, the name and the folder make it (valid when OK is enabled).
    Projects::Project project() const;

private:
    void validate();

    const Projects::ProjectStore &m_store;
    QListWidget *m_templates;
    QLineEdit *m_name;
    QWidget *m_folderRow;
    QLineEdit *m_folder;
    QLabel *m_folderNote;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace BuildDeck::Ui
