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

    // The project as the template and the name make it (valid when OK is enabled).
    Projects::Project project() const;

private:
    void validate();

    const Projects::ProjectStore &m_store;
    QListWidget *m_templates;
    QLineEdit *m_name;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace BuildDeck::Ui
