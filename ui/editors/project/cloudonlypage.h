#pragma once

#include "projectform.h"

namespace BuildDeck::Ui {

// The members that matter only on AWS CodeBuild: kept so that the project exports back unchanged, shown so that nothing
// is hidden, ignored by local builds.
class CloudOnlyPage final : public ProjectForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudOnlyPage)

public:
    explicit CloudOnlyPage(ProjectDocument &document, QWidget *parent = nullptr);

    QString title() const override;
};

} // namespace BuildDeck::Ui
