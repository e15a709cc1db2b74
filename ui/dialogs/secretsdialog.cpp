#include "secretsdialog.h"

#include "secreteditdialog.h"

#include "project/projectstore.h"
#include "secrets/secretstore.h"
#include "secrets/secretusage.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace BuildDeck::Ui {

using Secrets::SecretKind;

namespace {

QString kindText(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Parameter:
        return SecretsDialog::tr("Parameter");
    case SecretKind::Secret:
        return SecretsDialog::tr("Secret");
    case SecretKind::GitCredential:
        return SecretsDialog::tr("Git credential");
    }
    return {};
}

} // namespace

SecretsDialog::SecretsDialog(Secrets::SecretStore &secrets, const Projects::ProjectStore &projects, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_projects(projects)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add..."), this))
    , m_change(new QPushButton(tr("New &Value..."), this))
    , m_delete(new QPushButton(tr("&Delete..."), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("secretsDialog"));
    setWindowTitle(tr("Secrets"));
    m_list->setObjectName(QStringLiteral("secretList"));
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Changed"), tr("Used by")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_add->setObjectName(QStringLiteral("addSecret"));
    m_change->setObjectName(QStringLiteral("changeSecret"));
    m_delete->setObjectName(QStringLiteral("deleteSecret"));
    m_message->setObjectName(QStringLiteral("secretsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Parameters and secrets for builds (PARAMETER_STORE and SECRETS_MANAGER "
                                    "variables, the buildspec's env), and the credentials git uses per host. The "
                                    "values are in the keychain; BuildDeck keeps only the names."),
                                 this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &SecretsDialog::askAdd);
    connect(m_change, &QPushButton::clicked, this, &SecretsDialog::askChange);
    connect(m_delete, &QPushButton::clicked, this, &SecretsDialog::askDelete);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SecretsDialog::updateButtons);
    resize(720, 420);
    reload();
}

void SecretsDialog::reload()
{
    m_list->clear();
    const Result<QList<Secrets::SecretEntry>> entries = m_secrets.list();
    if (!entries) {
        m_message->setText(entries.error().message);
        return;
    }
    QList<Projects::Project> projects;
    if (const auto records = m_projects.list()) {
        for (const Projects::ProjectRecord &record : *records)
            projects.append(record.project);
    }
    const QHash<QString, QStringList> usage = Secrets::SecretUsage::of(projects);
    for (const Secrets::SecretEntry &entry : *entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, entry.name);
        item->setText(1, kindText(entry.kind));
        item->setText(2, QLocale().toString(entry.modified.toLocalTime(), QLocale::ShortFormat));
        item->setText(3, usage.value(Secrets::SecretUsage::key(entry.kind, entry.name)).join(QStringLiteral(", ")));
        item->setData(0, Qt::UserRole, int(entry.kind));
    }
    updateButtons();
}

void SecretsDialog::updateButtons()
{
    const bool selected = m_list->currentItem() && m_list->currentItem()->isSelected();
    m_change->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void SecretsDialog::runInBackground(const std::function<Result<void>()> &work)
{
    m_message->setText(tr("Asking the keychain..."));
    for (QPushButton *button : {m_add, m_change, m_delete})
        button->setEnabled(false);
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcher<Result<void>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<void> done = watcher->result();
        m_message->setText(done ? QString() : done.error().message);
        m_add->setEnabled(true);
        reload();
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run(work));
}

void SecretsDialog::askAdd()
{
    askValue(std::nullopt, {});
}

void SecretsDialog::askChange()
{
    if (const QTreeWidgetItem *item = m_list->currentItem())
        askValue(SecretKind(item->data(0, Qt::UserRole).toInt()), item->text(0));
}

void SecretsDialog::askValue(std::optional<SecretKind> kind, const QString &name)
{
    auto *dialog = new SecretEditDialog(kind, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool overwrite = !name.isEmpty();
    connect(dialog, &QDialog::accepted, this, [this, dialog, overwrite] {
        Secrets::SecretStore &secrets = m_secrets;
        const SecretKind chosen = dialog->kind();
        const QString entry = dialog->name();
        const QString value = dialog->value();
        const QString user = dialog->username();
        const QString key = dialog->sshKeyFile();
        runInBackground([&secrets, chosen, entry, value, user, key, overwrite]() -> Result<void> {
            if (chosen == SecretKind::GitCredential)
                return secrets.putGitCredential(entry, user, value, key);
            const Result<Secrets::SecretEntry> stored = secrets.put(chosen, entry, value, overwrite);
            return stored ? Result<void>() : Result<void>(stored.error());
        });
    });
    dialog->open();
}

void SecretsDialog::askDelete()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const auto kind = SecretKind(item->data(0, Qt::UserRole).toInt());
    const QString name = item->text(0);
    const QString users = item->text(3);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete %1").arg(name),
                                users.isEmpty() ? tr("Delete %1 %2 from the keychain?").arg(kindText(kind), name)
                                                : tr("Delete %1 %2 from the keychain? %3 use it; their builds will "
                                                     "fail until it is there again.")
                                                      .arg(kindText(kind), name, users),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteSecretBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteSecret"));
    connect(remove, &QPushButton::clicked, this, [this, kind, name] {
        Secrets::SecretStore &secrets = m_secrets;
        runInBackground([&secrets, kind, name] { return secrets.remove(kind, name); });
    });
    box->open();
}

} // namespace BuildDeck::Ui
