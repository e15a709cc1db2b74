#include "secreteditdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

using Secrets::SecretKind;

SecretEditDialog::SecretEditDialog(std::optional<SecretKind> kind, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(name, this))
    , m_username(new QLineEdit(this))
    , m_sshKeyFile(new QLineEdit(this))
    , m_value(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("secretEditDialog"));
    setWindowTitle(name.isEmpty() ? tr("New Parameter or Secret") : tr("New Value of %1").arg(name));
    m_kind->setObjectName(QStringLiteral("secretKind"));
    m_kind->addItem(tr("Parameter (Parameter Store)"), int(SecretKind::Parameter));
    m_kind->addItem(tr("Secret (Secrets Manager; text or JSON)"), int(SecretKind::Secret));
    m_kind->addItem(tr("Git credential for a host"), int(SecretKind::GitCredential));
    if (kind)
        m_kind->setCurrentIndex(m_kind->findData(int(*kind)));
    m_kind->setEnabled(name.isEmpty());
    m_name->setObjectName(QStringLiteral("secretName"));
    m_name->setReadOnly(!name.isEmpty());
    m_username->setObjectName(QStringLiteral("secretUsername"));
    m_sshKeyFile->setObjectName(QStringLiteral("secretSshKeyFile"));
    m_sshKeyFile->setPlaceholderText(tr("an SSH private key file; empty for HTTPS or ssh-agent"));
    m_value->setObjectName(QStringLiteral("secretValue"));
    m_value->setPlaceholderText(tr("the value; for git, the password or token (or the SSH key's passphrase)"));
    m_value->setTabChangesFocus(true);
    m_value->setMaximumHeight(m_value->fontMetrics().lineSpacing() * 6);
    m_message->setObjectName(QStringLiteral("secretMessage"));
    m_message->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSecret"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&User:"), m_username);
    form->addRow(tr("SSH &key file:"), m_sshKeyFile);
    form->addRow(tr("&Value:"), m_value);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The value goes to the keychain; BuildDeck keeps only the name."), this));
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SecretEditDialog::update);
    connect(m_name, &QLineEdit::textChanged, this, &SecretEditDialog::update);
    connect(m_value, &QPlainTextEdit::textChanged, this, &SecretEditDialog::update);
    connect(m_sshKeyFile, &QLineEdit::textChanged, this, &SecretEditDialog::update);
    update();
}

SecretKind SecretEditDialog::kind() const
{
    return SecretKind(m_kind->currentData().toInt());
}

QString SecretEditDialog::name() const
{
    return m_name->text().trimmed();
}

QString SecretEditDialog::value() const
{
    return m_value->toPlainText();
}

QString SecretEditDialog::username() const
{
    return m_username->text().trimmed();
}

QString SecretEditDialog::sshKeyFile() const
{
    return m_sshKeyFile->text().trimmed();
}

void SecretEditDialog::update()
{
    const bool git = kind() == SecretKind::GitCredential;
    for (QWidget *field : {static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_sshKeyFile)}) {
        field->setVisible(git);
        if (auto *label = qobject_cast<QFormLayout *>(layout()->itemAt(0)->layout())->labelForField(field))
            label->setVisible(git);
    }
    m_name->setPlaceholderText(git ? tr("the git server's host, such as github.com") : tr("/prod/db-password"));
    QString message;
    if (name().isEmpty())
        message = git ? tr("Name: give the host.") : tr("Name: give one.");
    else if (!Secrets::SecretStore::isValidName(name()))
        message = tr("Name: '%1' may hold only letters, digits and / _ + = . @ ! -").arg(name());
    else if (value().isEmpty() && !(git && !sshKeyFile().isEmpty()))
        message = git ? tr("Value: give the password or token, or an SSH key file.") : tr("Value: give one.");
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(message.isEmpty());
}

} // namespace BuildDeck::Ui
