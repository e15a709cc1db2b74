#include "newprojectdialog.h"

#include "project/projectjson.h"
#include "project/projectstore.h"
#include "project/projecttemplates.h"
#include "project/projectvalidator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

NewProjectDialog::NewProjectDialog(const Projects::ProjectStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_templates(new QListWidget(this))
    , m_name(new QLineEdit(this))
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

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start from:"), this));
    layout->addWidget(m_templates);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
    connect(m_templates, &QListWidget::currentRowChanged, this, &NewProjectDialog::validate);
    validate();
}

Projects::Project NewProjectDialog::project() const
{
    const QListWidgetItem *item = m_templates->currentItem();
    const std::optional<Projects::ProjectTemplate> chosen =
        Projects::ProjectTemplates::find(item ? item->data(Qt::UserRole).toString() : QString());
    Projects::Project project = chosen ? Projects::ProjectJson::read(chosen->definition).project : Projects::Project();
    project.name = m_name->text().trimmed();
    return project;
}

void NewProjectDialog::validate()
{
    QString message;
    const Projects::Project candidate = project();
    if (candidate.name.isEmpty()) {
        message = tr("Name the project.");
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
