#pragma once

#include "project/project.h"
#include "support/issue.h"

#include <QList>
#include <QObject>

#include <functional>

class QUndoStack;

namespace BuildDeck::Ui {

// A project open in the project editor: the edited copy, its undo stack and what the project's
// rules say about it now. It is modified while the stack is away from its clean state.
class ProjectDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDocument)

public:
    explicit ProjectDocument(Projects::Project project, QObject *parent = nullptr);

    const Projects::Project &project() const { return m_project; }
    // The issues of the edited project, as saving would find them.
    const QList<Issue> &issues() const { return m_issues; }
    bool hasErrors() const;
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    // Changes `field` (a member path such as "environment.image", shown as `label`) as one undoable
    // step; consecutive `mergeable` changes of one field are one step. A change that changes
    // nothing is not recorded.
    void edit(const QString &field, const QString &label, const std::function<void(Projects::Project &)> &change,
              bool mergeable = false);
    // The edited project was saved as it is now.
    void markSaved();

    // For the undo commands: shows `project` as the edited one.
    void setProject(const Projects::Project &project);

Q_SIGNALS:
    // The project or its issues changed.
    void changed();
    void modifiedChanged(bool modified);

private:
    Projects::Project m_project;
    QList<Issue> m_issues;
    QUndoStack *m_undoStack;
};

} // namespace BuildDeck::Ui
