#include "rundialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

RunDialog::RunDialog(const Projects::Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_sourceVersion(new QLineEdit(this))
    , m_image(new QLineEdit(this))
    , m_variables(new QTableWidget(0, 2, this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("runDialog"));
    setWindowTitle(tr("Run %1 with Overrides").arg(project.name));
    m_sourceVersion->setObjectName(QStringLiteral("runSourceVersion"));
    m_sourceVersion->setPlaceholderText(project.sourceVersion.isEmpty() ? tr("as in the project")
                                                                        : project.sourceVersion);
    m_image->setObjectName(QStringLiteral("runImage"));
    m_image->setPlaceholderText(project.environment.image);
    m_variables->setObjectName(QStringLiteral("runVariables"));
    m_variables->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->verticalHeader()->hide();
    m_message->setObjectName(QStringLiteral("runMessage"));
    m_message->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    auto *add = new QPushButton(tr("&Add Variable"), this);
    add->setObjectName(QStringLiteral("runAddVariable"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Source version:"), m_sourceVersion);
    form->addRow(tr("&Image:"), m_image);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("Environment variables (these win over the project's and the buildspec's):"), this));
    layout->addWidget(m_variables);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(add, &QPushButton::clicked, this, &RunDialog::addVariable);
    connect(m_variables, &QTableWidget::itemChanged, this, &RunDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void RunDialog::addVariable()
{
    const int row = m_variables->rowCount();
    m_variables->insertRow(row);
    m_variables->setItem(row, 0, new QTableWidgetItem);
    m_variables->setItem(row, 1, new QTableWidgetItem);
    m_variables->editItem(m_variables->item(row, 0));
}

Engine::BuildRequest RunDialog::request() const
{
    Engine::BuildRequest request;
    request.projectName = m_project.name;
    request.sourceVersion = m_sourceVersion->text().trimmed();
    request.imageOverride = m_image->text().trimmed();
    for (int row = 0; row < m_variables->rowCount(); ++row) {
        const QString name = m_variables->item(row, 0) ? m_variables->item(row, 0)->text().trimmed() : QString();
        if (!name.isEmpty())
            request.environmentOverrides.append({name, m_variables->item(row, 1)->text(), {}});
    }
    return request;
}

void RunDialog::validate()
{
    static const QRegularExpression shellName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QString message;
    for (int row = 0; row < m_variables->rowCount() && message.isEmpty(); ++row) {
        const QString name = m_variables->item(row, 0) ? m_variables->item(row, 0)->text().trimmed() : QString();
        const QString value = m_variables->item(row, 1) ? m_variables->item(row, 1)->text() : QString();
        if (name.isEmpty() && !value.isEmpty())
            message = tr("Row %1: the variable has a value but no name.").arg(row + 1);
        else if (!name.isEmpty() && !shellName.match(name).hasMatch())
            message = tr("Row %1: '%2' is not a name a command can read; use letters, digits and '_', not starting "
                         "with a digit.")
                          .arg(row + 1)
                          .arg(name);
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

} // namespace BuildDeck::Ui
