#include "appservices.h"
#include "stringmakers.h"

#include "dialogs/secreteditdialog.h"
#include "dialogs/secretsdialog.h"
#include "docks/projectsdock.h"
#include "editors/project/projecteditor.h"
#include "widgets/recordtable.h"

#include "secrets/secretstore.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>

using namespace BuildDeck;

namespace {

QStringList row(QTreeWidget *list, const QString &name)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->text(0) == name)
            return {item->text(0), item->text(1), item->text(3)};
    }
    return {};
}

} // namespace

TEST_CASE("File > Secrets: a parameter added, its users shown, picked in the project editor, deleted", "[ui][secrets]")
{
    OpenWindow session(realEngine(), [](AppServices &app) {
        Projects::Project project =
            sampleProject(QStringLiteral("uses-token"),
                          QStringLiteral("version: 0.2\nphases:\n  build:\n    commands:\n      - true\n"));
        project.environment.environmentVariables = {
            {QStringLiteral("TOKEN"), QStringLiteral("/ci/token"), QStringLiteral("PARAMETER_STORE")}};
        REQUIRE(app.projects->create(project));
    });
    action(session.window, "actionSecrets")->trigger();
    Ui::SecretsDialog *secrets = nullptr;
    REQUIRE(
        QTest::qWaitFor([&] { return (secrets = session.window.findChild<Ui::SecretsDialog *>()) != nullptr; }, 5000));
    auto *list = child<QTreeWidget>(*secrets, "secretList");
    CHECK(list->topLevelItemCount() == 0);

    // Add: the dialog refuses a bad name, then keeps the value in the keychain.
    QTest::mouseClick(child<QPushButton>(*secrets, "addSecret"), Qt::LeftButton);
    Ui::SecretEditDialog *edit = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (edit = secrets->findChild<Ui::SecretEditDialog *>()) != nullptr; }, 5000));
    auto *save = child<QPushButton>(*edit, "saveSecret");
    QTest::keyClicks(child<QLineEdit>(*edit, "secretName"), QStringLiteral("bad name"));
    QTest::keyClicks(child<QPlainTextEdit>(*edit, "secretValue"), QStringLiteral("gui-token-31337"));
    CHECK_FALSE(save->isEnabled());
    CHECK(child<QLabel>(*edit, "secretMessage")->text().contains(QStringLiteral("bad name")));
    child<QLineEdit>(*edit, "secretName")->clear();
    QTest::keyClicks(child<QLineEdit>(*edit, "secretName"), QStringLiteral("/ci/token"));
    REQUIRE(save->isEnabled());
    QSignalSpy finished(secrets, &Ui::SecretsDialog::finished);
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(finished.wait(20000));
    CHECK(child<QLabel>(*secrets, "secretsMessage")->text().isEmpty());
    CHECK(row(list, QStringLiteral("/ci/token")) ==
          QStringList{QStringLiteral("/ci/token"), QStringLiteral("Parameter"), QStringLiteral("uses-token")});
    CHECK(session.app.secrets->value(Secrets::SecretKind::Parameter, QStringLiteral("/ci/token")).value() ==
          QStringLiteral("gui-token-31337"));
    secrets->reject();

    // The project editor offers it for a variable.
    session.window.findChild<Ui::ProjectsDock *>()->selectProject(QStringLiteral("uses-token"));
    action(session.window, "actionEditProject")->trigger();
    Ui::ProjectEditor *editor = nullptr;
    REQUIRE(
        QTest::qWaitFor([&] { return (editor = session.window.findChild<Ui::ProjectEditor *>()) != nullptr; }, 5000));
    auto *pick = child<QToolButton>(*editor, "pickSecret");
    REQUIRE(pick->isEnabled());
    REQUIRE(pick->menu()->actions().size() == 1);
    pick->menu()->actions().first()->trigger();
    auto *variables = child<Ui::RecordTable>(*editor, "environment.environmentVariables");
    CHECK(variables->rows().last() ==
          QStringList{QStringLiteral("TOKEN"), QStringLiteral("/ci/token"), QStringLiteral("PARAMETER_STORE")});
    delete editor;

    // Delete, after a question that names who uses it.
    action(session.window, "actionSecrets")->trigger();
    REQUIRE(
        QTest::qWaitFor([&] { return (secrets = session.window.findChild<Ui::SecretsDialog *>()) != nullptr; }, 5000));
    list = child<QTreeWidget>(*secrets, "secretList");
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(*secrets, "deleteSecret"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] { return (box = secrets->findChild<QMessageBox *>(QStringLiteral("deleteSecretBox"))) != nullptr; }, 5000));
    CHECK(box->text().contains(QStringLiteral("uses-token")));
    QSignalSpy deleted(secrets, &Ui::SecretsDialog::finished);
    child<QPushButton>(*box, "confirmDeleteSecret")->click();
    REQUIRE(deleted.wait(20000));
    CHECK(list->topLevelItemCount() == 0);
    CHECK(session.app.secrets->value(Secrets::SecretKind::Parameter, QStringLiteral("/ci/token")).error().code ==
          ErrorCode::NotFound);
}
