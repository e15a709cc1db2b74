#pragma once

#include "project/project.h"

#include <QUndoCommand>

namespace BuildDeck::Ui {

class ProjectDocument;

// One edit of one field of a project in the project editor. The project before and after the
// edit are kept whole (they share their data, so this is cheap); consecutive edits of one text
// field merge into one step, so that undo takes back a word typed, not a letter.
class ChangeProjectField final : public QUndoCommand
{
public:
    ChangeProjectField(ProjectDocument &document, const QString &field, const QString &label, bool mergeable,
                       Projects::Project before, Projects::Project after);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument &m_document;
    QString m_field;
    bool m_mergeable;
    Projects::Project m_before;
    Projects::Project m_after;
};

} // namespace BuildDeck::Ui
