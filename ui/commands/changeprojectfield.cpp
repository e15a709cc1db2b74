#include "changeprojectfield.h"

#include "undocommandids.h"

#include "editors/project/projectdocument.h"

#include <QCoreApplication>

namespace BuildDeck::Ui {

ChangeProjectField::ChangeProjectField(ProjectDocument &document, const QString &field, const QString &label,
                                       bool mergeable, Projects::Project before, Projects::Project after)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Change %1").arg(label))
    , m_document(document)
    , m_field(field)
    , m_mergeable(mergeable)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ChangeProjectField::undo()
{
    m_document.setProject(m_before);
}

void ChangeProjectField::redo()
{
    m_document.setProject(m_after);
}

int ChangeProjectField::id() const
{
    return m_mergeable ? ChangeProjectFieldId : -1;
}

bool ChangeProjectField::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeProjectField *>(other);
    if (next->m_field != m_field || !next->m_mergeable)
        return false;
    m_after = next->m_after;
    // Typing a field back to what it was leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace BuildDeck::Ui
