#pragma once

#include "projectform.h"

namespace BuildDeck::Ui {

// What a project keeps of its builds: the primary artifact and the secondary ones.
class ArtifactsPage final : public ProjectForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactsPage)

public:
    explicit ArtifactsPage(ProjectDocument &document, QWidget *parent = nullptr);

    QString title() const override;

protected:
    void updateRows() override;

private:
    QList<QWidget *> m_primaryRows;
};

} // namespace BuildDeck::Ui
