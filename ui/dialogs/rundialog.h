#pragma once

#include "engine/buildrequest.h"
#include "project/project.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace BuildDeck::Ui {

// Run with Overrides: the source version, the image and environment variables of one build, as
// start-build's overrides; the project stays as it is.
class RunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDialog)

public:
    explicit RunDialog(const Projects::Project &project, QWidget *parent = nullptr);

    Engine::BuildRequest request() const;

private:
    void validate();
    void addVariable();

    Projects::Project m_project;
    QLineEdit *m_sourceVersion;
    QLineEdit *m_image;
    QTableWidget *m_variables;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace BuildDeck::Ui
