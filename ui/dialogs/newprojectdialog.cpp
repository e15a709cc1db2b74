#include "newprojectdialog.h"

#include "project/projectjson.h"
#include "project/projectstore.h"
#include "project/projecttemplates.h"
#include "project/projectvalidator.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

NewProjectDialog::NewProjectDialog(const Projects::ProjectStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_templates(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_folderRow(new QWidget(this))
    , m_folder(new QLineEdit(m_folderRow))
    , m_folderNote(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newProjectDialog"));
    setWindowTitle(tr("New Project"));
    m_templates->setObjectName(QStringLiteral("templateList"));
    m_name->setObjectName(QStringLiteral("projectName"));
    m_message->setObjectName(QStringLiteral("projectNameMessage"));
    m_message->setWordWrap(true);
    QPalette warning = m_message->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_message->setPalette(warning);
    for (const Projects::ProjectTemplate &entry : Projects::ProjectTemplates::all()) {
        auto *item = new QListWidgetItem(entry.title, m_templates);
        item->setToolTip(entry.description);
        item->setData(Qt::UserRole, entry.id);
    }
    m_templates->setCurrentRow(0);

    m_folder->setObjectName(QStringLiteral("projectFolder"));
    m_folderNote->setObjectName(QStringLiteral("projectFolderNote"));
    m_folderNote->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse..."), m_folderRow);
    browse->setObjectName(QStringLiteral("projectFolderBrowse"));
    auto *folderLayout = new QHBoxLayout(m_folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("The Folder to Build"), m_folder->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, m_folder, &QLineEdit::setText);
        dialog->open();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Folder:"), m_folderRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start from:"), this));
    layout->addWidget(m_templates);
    layout->addLayout(form);
    layout->addWidget(m_folderNote);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
    connect(m_folder, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
    connect(m_templates, &QListWidget::currentRowChanged, this, &NewProjectDialog::validate);
    validate();
}

void NewProjectDialog::setFolder(const QString &folder)
{
    for (int row = 0; row < m_templates->count(); ++row) {
        if (m_templates->item(row)->data(Qt::UserRole).toString() == QStringLiteral("local-folder"))
            m_templates->setCurrentRow(row);
    }
    m_folder->setText(QDir::cleanPath(folder));
    // A name from the folder's: what project names may hold.
    QString name = QFileInfo(QDir::cleanPath(folder)).fileName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^[-_]+")));
    m_name->setText(name);
}

Projects::Project NewProjectDialog::project() const
{
    const QListWidgetItem *item = m_templates->currentItem();
    const std::optional<Projects::ProjectTemplate> chosen =
        Projects::ProjectTemplates::find(item ? item->data(Qt::UserRole).toString() : QString());
    Projects::Project project = chosen ? Projects::ProjectJson::read(chosen->definition).project : Projects::Project();
    project.name = m_name->text().trimmed();
    if (project.source.type == QStringLiteral("LOCAL"))
        project.source.location = m_folder->text().trimmed();
    return project;
}

void NewProjectDialog::validate()
{
    QString message;
    const Projects::Project candidate = project();
    const bool local = candidate.source.type == QStringLiteral("LOCAL");
    m_folderRow->setVisible(local);
    m_folderNote->setVisible(local && !m_folder->text().trimmed().isEmpty());
    const QString folder = m_folder->text().trimmed();
    if (local && QFileInfo(folder).isDir()) {
        m_folderNote->setText(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("buildspec.yml")))
                                  ? tr("The folder has a buildspec.yml: it is the project's buildspec.")
                                  : tr("The folder has no buildspec.yml yet: write it in the editor, and Save creates "
                                       "it."));
    } else {
        m_folderNote->clear();
    }
    if (candidate.name.isEmpty()) {
        message = tr("Name the project.");
    } else if (local && folder.isEmpty()) {
        message = tr("Choose the folder to build.");
    } else if (local && !QFileInfo(folder).isDir()) {
        message = tr("%1 is not a folder on this machine.").arg(folder);
    } else if (m_store.get(candidate.name)) {
        message = tr("A project named %1 exists already; choose another name.").arg(candidate.name);
    } else {
        for (const Issue &issue : Projects::ProjectValidator::validate(candidate)) {
            if (issue.isError()) {
                message = issue.message;
                break;
            }
        }
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

} // namespace BuildDeck::Ui
