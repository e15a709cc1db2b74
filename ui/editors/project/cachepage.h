#pragma once

#include "projectform.h"

namespace BuildDeck::Ui {

// What a project keeps between its builds.
class CachePage final : public ProjectForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachePage)

public:
    explicit CachePage(ProjectDocument &document, QWidget *parent = nullptr);

    QString title() const override;

protected:
    void updateRows() override;

private:
    QWidget *m_modes;
    QWidget *m_location;
    QWidget *m_namespace;
};

} // namespace BuildDeck::Ui
