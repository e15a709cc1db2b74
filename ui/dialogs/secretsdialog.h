#pragma once

#include "secrets/secretstore.h"
#include "support/result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace BuildDeck::Projects {
class ProjectStore;
}

namespace BuildDeck::Ui {

// The Secrets manager: every parameter, secret and git credential by name, with the projects that
// use it; add one, give one a new value, delete one. Values are never shown. The keychain is asked
// off the GUI thread.
class SecretsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsDialog)

public:
    SecretsDialog(Secrets::SecretStore &secrets, const Projects::ProjectStore &projects, QWidget *parent = nullptr);

    // Reads the names again (the database only).
    void reload();
    // Runs `work` on a pool thread; then reloads, or shows why it failed. For the buttons and tests.
    void runInBackground(const std::function<Result<void>()> &work);

Q_SIGNALS:
    // A change reached the keychain (or failed: the message says so).
    void finished();

private:
    void askAdd();
    void askChange();
    // Asks for a value of (kind, name), or of a new entry when `name` is empty, and stores it.
    void askValue(std::optional<Secrets::SecretKind> kind, const QString &name);
    void askDelete();
    void updateButtons();

    Secrets::SecretStore &m_secrets;
    const Projects::ProjectStore &m_projects;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_delete;
    QLabel *m_message;
};

} // namespace BuildDeck::Ui
