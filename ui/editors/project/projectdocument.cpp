#include "projectdocument.h"

#include "commands/changeprojectfield.h"

#include "project/projectvalidator.h"

#include <QUndoStack>

namespace BuildDeck::Ui {

ProjectDocument::ProjectDocument(Projects::Project project, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_issues(Projects::ProjectValidator::validate(m_project))
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

bool ProjectDocument::hasErrors() const
{
    return BuildDeck::hasErrors(m_issues);
}

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ProjectDocument::edit(const QString &field, const QString &label,
                           const std::function<void(Projects::Project &)> &change, bool mergeable)
{
    Projects::Project after = m_project;
    change(after);
    if (after == m_project)
        return;
    m_undoStack->push(new ChangeProjectField(*this, field, label, mergeable, m_project, std::move(after)));
}

void ProjectDocument::markSaved()
{
    m_undoStack->setClean();
}

void ProjectDocument::setProject(const Projects::Project &project)
{
    m_project = project;
    m_issues = Projects::ProjectValidator::validate(m_project);
    Q_EMIT changed();
}

} // namespace BuildDeck::Ui
