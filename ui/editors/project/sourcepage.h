#pragma once

#include "projectform.h"

class QLabel;
class QLineEdit;

namespace BuildDeck::Ui {

// Where a project's code comes from; the fields change with the source type.
class SourcePage final : public ProjectForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcePage)

public:
    explicit SourcePage(ProjectDocument &document, QWidget *parent = nullptr);

    QString title() const override;

protected:
    void updateRows() override;

private:
    QLineEdit *m_location;
    QWidget *m_browse;
    QLineEdit *m_buildspec;
    QLabel *m_inlineBuildspec;
    QWidget *m_sourceVersion;
    QWidget *m_cloneDepth;
    QWidget *m_submodules;
    QWidget *m_excludes;
};

} // namespace BuildDeck::Ui
