#pragma once

#include "secrets/secretstore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace BuildDeck::Ui {

// Asks for a parameter, secret or git credential: its kind, name (a host for git), and value (for
// git, a user and a token or an SSH key file). The value is never shown: it is typed, or pasted.
class SecretEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretEditDialog)

public:
    // A new entry, or a new value for (kind, name) when `name` is given.
    SecretEditDialog(std::optional<Secrets::SecretKind> kind, const QString &name, QWidget *parent = nullptr);

    Secrets::SecretKind kind() const;
    QString name() const;
    QString value() const;
    QString username() const;
    QString sshKeyFile() const;

private:
    void update();

    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_username;
    QLineEdit *m_sshKeyFile;
    QPlainTextEdit *m_value;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace BuildDeck::Ui
