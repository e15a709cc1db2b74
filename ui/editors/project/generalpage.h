#pragma once

#include "projectform.h"

namespace BuildDeck::Ui {

// The name, description, timeouts and engine of a project.
class GeneralPage final : public ProjectForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralPage)

public:
    explicit GeneralPage(ProjectDocument &document, QWidget *parent = nullptr);

    QString title() const override;
};

} // namespace BuildDeck::Ui
