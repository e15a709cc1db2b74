#include "projecteditor.h"

#include "artifactspage.h"
#include "cachepage.h"
#include "cloudonlypage.h"
#include "environmentpage.h"
#include "generalpage.h"
#include "projectdocument.h"
#include "sourcepage.h"

#include "dialogs/failuremessage.h"
#include "style/icons.h"

#include "project/projectstore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

ProjectEditor::ProjectEditor(Projects::ProjectStore &store, const Projects::Project &project, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_document(new ProjectDocument(project, this))
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_otherProblems(new QLabel(this))
    , m_noIcon([] {
        // Pages without problems keep the room of the icon, so that the names line up.
        QPixmap blank(16, 16);
        blank.fill(Qt::transparent);
        return QIcon(blank);
    }())
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("projectEditor"));
    setWindowTitle(tr("Project %1 [*]").arg(project.name));
    m_pageList->setObjectName(QStringLiteral("projectEditorPages"));
    m_pageList->setMaximumWidth(180);
    m_pageList->setIconSize(QSize(16, 16));
    m_pageList->setUniformItemSizes(true);
    m_pageList->setSpacing(2);
    m_otherProblems->setObjectName(QStringLiteral("projectEditorProblems"));
    m_otherProblems->setWordWrap(true);
    m_otherProblems->setStyleSheet(QStringLiteral("color: #d9443f;"));

    addPage(new GeneralPage(*m_document, this));
    addPage(new SourcePage(*m_document, this));
    addPage(m_environment = new EnvironmentPage(*m_document, this));
    addPage(new ArtifactsPage(*m_document, this));
    addPage(new CachePage(*m_document, this));
    addPage(new CloudOnlyPage(*m_document, this));
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(0);

    QUndoStack *stack = m_document->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndoProjectEdit"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedoProjectEdit"));
    redo->setShortcut(QKeySequence::Redo);
    auto *save = new QAction(this);
    save->setObjectName(QStringLiteral("actionSaveProject"));
    save->setShortcut(QKeySequence::Save);
    addActions({undo, redo, save});
    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("undoProjectEdit"));
    undoButton->setDefaultAction(undo);
    auto *redoButton = new QToolButton(this);
    redoButton->setObjectName(QStringLiteral("redoProjectEdit"));
    redoButton->setDefaultAction(redo);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveProject"));

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addStretch();
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_otherProblems);
    layout->addLayout(bottom);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProjectEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProjectEditor::reject);
    connect(save, &QAction::triggered, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Save)->isEnabled())
            this->save();
    });
    connect(m_document, &ProjectDocument::changed, this, &ProjectEditor::refresh);
    connect(m_document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        setWindowModified(modified);
        refresh();
    });
    resize(860, 620);
    refresh();
}

void ProjectEditor::addPage(ProjectForm *page)
{
    m_forms.append(page);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(page->title(), m_pageList);
    item->setData(Qt::UserRole, page->objectName());
}

void ProjectEditor::refresh()
{
    for (qsizetype i = 0; i < m_forms.size(); ++i) {
        ProjectForm *form = m_forms.at(i);
        form->refresh();
        QListWidgetItem *item = m_pageList->item(int(i));
        item->setIcon(form->errorCount() > 0 ? Icons::icon(QStringLiteral("status-failed")) : m_noIcon);
        item->setToolTip(form->errorCount() > 0 ? tr("Problems on this page: %1").arg(form->errorCount()) : QString());
    }
    // An issue no field shows is listed here, so that Save is never disabled without a reason.
    QStringList other;
    for (const Issue &issue : m_document->issues()) {
        const bool shown = std::any_of(m_forms.cbegin(), m_forms.cend(),
                                       [&](const ProjectForm *form) { return form->shows(issue.path); });
        if (!shown && issue.isError())
            other.append(tr("%1: %2").arg(issue.path, issue.message));
    }
    m_otherProblems->setText(other.join(QLatin1Char('\n')));
    m_otherProblems->setVisible(!other.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_document->isModified() && !m_document->hasErrors());
}

void ProjectEditor::showField(const QString &path)
{
    for (qsizetype i = 0; i < m_forms.size(); ++i) {
        if (m_forms.at(i)->shows(path)) {
            m_pageList->setCurrentRow(int(i));
            if (QWidget *field = m_forms.at(i)->findChild<QWidget *>(path))
                field->setFocus();
            return;
        }
    }
}

void ProjectEditor::save()
{
    const Result<Projects::ProjectRecord> saved = m_store.update(m_document->project());
    if (!saved) {
        FailureMessage::show(this, tr("Saving %1").arg(m_document->project().name), saved.error().message);
        return;
    }
    m_document->markSaved();
    accept();
}

void ProjectEditor::reject()
{
    if (!m_document->isModified()) {
        QDialog::reject();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Project %1").arg(m_document->project().name),
                                tr("The project has edits that are not saved."), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardProjectEditsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = box->addButton(tr("&Discard Edits"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardProjectEdits"));
    connect(discard, &QPushButton::clicked, this, [this] { QDialog::reject(); });
    box->open();
}

} // namespace BuildDeck::Ui
