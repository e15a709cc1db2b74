#pragma once

#include "support/issue.h"
#include "support/result.h"

#include <QHash>
#include <QWidget>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QStackedWidget;

namespace BuildDeck::Projects {
class ProjectStore;
}
namespace BuildDeck::Spec {
class LiveValidator;
}

namespace BuildDeck::Ui {

class CodeEditor;
class EmptyStateWidget;

// The buildspec of the selected project, to edit: the project's inline buildspec, or the
// buildspec file of a LOCAL source. Validated as the user types; written only on Save; edits not
// saved yet stay when another project is selected, and a file changed on disk is read again unless
// it has unsaved edits here.
class BuildspecPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildspecPane)

public:
    explicit BuildspecPane(Projects::ProjectStore &projects, QWidget *parent = nullptr);

    // Shows the buildspec of `project` (empty: none); the same project again reads it afresh
    // unless it has unsaved edits.
    void setProject(const QString &project);
    Result<void> save();
    bool isModified() const;
    // Whether any project has edits not saved yet.
    bool hasUnsavedEdits() const { return isModified() || !m_drafts.isEmpty(); }

    CodeEditor *editor() const { return m_editor; }
    QAction *saveAction() const { return m_save; }
    // Insert a phase, a command or a section at the cursor.
    const QList<QAction *> &snippetActions() const { return m_snippets; }
    // Applies the obvious fix of the issue on the cursor's line (or the first one that has one).
    QAction *quickFixAction() const { return m_quickFix; }
    bool applyQuickFix();

Q_SIGNALS:
    void issuesChanged(const QList<BuildDeck::Issue> &issues);
    void failed(const QString &message);
    // Something worth a line in the status bar.
    void notice(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Target
    {
        None,   // no project, or a source whose buildspec BuildDeck cannot edit
        Inline, // the project's source.buildspec
        File,   // a file of a LOCAL source
    };

    // Reads the buildspec of m_project as stored, settling where it lives.
    QString storedText();
    void load();
    void reloadIfUnchanged();
    void display(const QString &text);
    void updateHeader();
    void retranslateUi();

    Projects::ProjectStore &m_projects;
    Spec::LiveValidator *m_validator;
    QFileSystemWatcher *m_watcher;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QLabel *m_header;
    CodeEditor *m_editor;
    QAction *m_save;
    QAction *m_quickFix;
    QList<QAction *> m_snippets;
    QString m_project;
    Target m_target = Target::None;
    QString m_file;
    QString m_sourceType;
    QString m_saved;                  // the text as stored
    QHash<QString, QString> m_drafts; // unsaved edits of other projects
    bool m_changedOnDisk = false;
};

} // namespace BuildDeck::Ui
