#include "environmentpage.h"

#include "projectdocument.h"

#include "project/projectvalidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>

namespace BuildDeck::Ui {

using Projects::EnvironmentVariable;
using Projects::Project;
using Projects::ProjectValidator;

namespace {

const QString plaintext = QStringLiteral("PLAINTEXT");

} // namespace

EnvironmentPage::EnvironmentPage(ProjectDocument &document, QWidget *parent)
    : ProjectForm(document, parent)
{
    setObjectName(QStringLiteral("environmentPage"));
    addChoice(
        tr("&Type:"), QStringLiteral("environment.type"), ProjectValidator::environmentTypes(),
        [](const Project &p) { return p.environment.type; },
        [](Project &p, const QString &type) { p.environment.type = type; });
    m_image = addChoice(
        tr("&Image:"), QStringLiteral("environment.image"), {}, [](const Project &p) { return p.environment.image; },
        [](Project &p, const QString &image) { p.environment.image = image.trimmed(); }, true);
    m_image->setInsertPolicy(QComboBox::NoInsert);
    m_image->lineEdit()->setPlaceholderText(tr("an image name, such as builddeck/standard:1.0 or ubuntu:24.04"));
    m_imagesNote = addNote(tr("Asking the engine for its images..."));
    m_imagesNote->setObjectName(QStringLiteral("localImagesNote"));
    addChoice(
        tr("&Compute type:"), QStringLiteral("environment.computeType"), ProjectValidator::computeTypes(),
        [](const Project &p) { return p.environment.computeType; },
        [](Project &p, const QString &type) { p.environment.computeType = type; });
    QCheckBox *privileged = addCheck(
        tr("&Privileged mode (lets the build run Docker itself)"), QStringLiteral("environment.privilegedMode"),
        [](const Project &p) { return p.environment.privilegedMode.value_or(false); },
        [](Project &p, const bool &on) {
            p.environment.privilegedMode = on || p.environment.privilegedMode ? std::optional<bool>(on) : std::nullopt;
        });
    QLabel *privilegedWarning =
        addNote(tr("Warning: a privileged build has every device and capability of this machine's kernel, so its "
                   "commands can take the machine over. Use it only for buildspecs you trust."));
    privilegedWarning->setObjectName(QStringLiteral("privilegedWarning"));
    privilegedWarning->setVisible(privileged->isChecked());
    connect(privileged, &QCheckBox::toggled, privilegedWarning, &QWidget::setVisible);
    m_variables = addTable(
        tr("En&vironment variables:"), QStringLiteral("environment.environmentVariables"),
        {{tr("Name"), QStringLiteral("name"), {}},
         {tr("Value"), QStringLiteral("value"), {}},
         {tr("Type"),
          QStringLiteral("type"),
          {plaintext, QStringLiteral("PARAMETER_STORE"), QStringLiteral("SECRETS_MANAGER")}}},
        [](const Project &p) {
            QList<QStringList> rows;
            for (const EnvironmentVariable &variable : p.environment.environmentVariables)
                rows.append({variable.name, variable.value, variable.type.isEmpty() ? plaintext : variable.type});
            return rows;
        },
        [](Project &p, const QList<QStringList> &rows) {
            QList<EnvironmentVariable> variables;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                EnvironmentVariable variable{rows.at(i).at(0).trimmed(), rows.at(i).at(1), rows.at(i).at(2)};
                // A variable that came without a type keeps none (PLAINTEXT is the default).
                if (variable.type == plaintext && i < p.environment.environmentVariables.size() &&
                    p.environment.environmentVariables.at(i).type.isEmpty())
                    variable.type.clear();
                variables.append(variable);
            }
            p.environment.environmentVariables = variables;
        });
    m_pick = new QToolButton(this);
    m_pick->setObjectName(QStringLiteral("pickSecret"));
    m_pick->setText(tr("Add a &Parameter or Secret"));
    m_pick->setPopupMode(QToolButton::InstantPopup);
    m_pick->setMenu(new QMenu(m_pick));
    addRow(QString(), m_pick);
    setSecretNames({});
    addNote(tr("For PARAMETER_STORE and SECRETS_MANAGER, the value is the name of the parameter or secret, "
               "which the build looks up; the value itself is never stored in the project. File > Secrets keeps "
               "them."));
}

QString EnvironmentPage::title() const
{
    return tr("Environment");
}

void EnvironmentPage::setLocalImages(const QStringList &images)
{
    const QString current = m_image->currentText();
    {
        const QSignalBlocker blocker(m_image);
        m_image->clear();
        m_image->addItems(images);
        m_image->setCurrentText(current);
    }
    m_imagesNote->setText(images.isEmpty() ? tr("The engine has no images yet; type a name and the first build "
                                                "pulls it.")
                                           : tr("The list holds the images the engine has; a name typed that "
                                                "is not among them is pulled by the first build."));
}

void EnvironmentPage::setSecretNames(const QList<Secrets::SecretEntry> &entries)
{
    QMenu *menu = m_pick->menu();
    menu->clear();
    for (const Secrets::SecretEntry &entry : entries) {
        if (entry.kind == Secrets::SecretKind::GitCredential)
            continue;
        const bool parameter = entry.kind == Secrets::SecretKind::Parameter;
        QAction *action =
            menu->addAction(parameter ? tr("Parameter %1").arg(entry.name) : tr("Secret %1").arg(entry.name));
        connect(action, &QAction::triggered, this, [this, entry, parameter] {
            // A variable named after the last part of the name: /prod/db-password -> DB_PASSWORD.
            QString variable = entry.name.section(QLatin1Char('/'), -1).toUpper();
            variable.replace(QRegularExpression(QStringLiteral("[^A-Z0-9_]")), QStringLiteral("_"));
            m_variables->addRow({variable, entry.name,
                                 parameter ? QStringLiteral("PARAMETER_STORE") : QStringLiteral("SECRETS_MANAGER")});
        });
    }
    m_pick->setEnabled(!menu->isEmpty());
    m_pick->setToolTip(menu->isEmpty() ? tr("No parameters or secrets are kept yet: File > Secrets adds them.")
                                       : QString());
}

void EnvironmentPage::setImagesUnavailable(const QString &reason)
{
    m_imagesNote->setText(tr("The engine's images cannot be listed (%1); type the image name.").arg(reason));
}

} // namespace BuildDeck::Ui
