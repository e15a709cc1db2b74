#include "appservices.h"
#include "engine.h"
#include "stringmakers.h"

#include "docks/projectsdock.h"
#include "editors/project/projectdocument.h"
#include "editors/project/projecteditor.h"
#include "widgets/recordtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace BuildDeck;

namespace {

const QString buildspec = QStringLiteral("version: 0.2\nphases:\n  build:\n    commands:\n      - make\n");

// Opens the project editor on the selected project through its action, as the user does.
Ui::ProjectEditor &openEditor(QWidget &window)
{
    action(window, "actionEditProject")->trigger();
    Ui::ProjectEditor *editor = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (editor = window.findChild<Ui::ProjectEditor *>()) != nullptr; }, 5000));
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    return *editor;
}

void showPage(Ui::ProjectEditor &editor, const QString &page)
{
    auto *pages = child<QListWidget>(editor, "projectEditorPages");
    const QList<QListWidgetItem *> items = pages->findItems(page, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    pages->setCurrentItem(items.first());
}

// Types `text` over what the line edit holds.
void retype(QLineEdit *line, const QString &text)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
}

QLabel *messageOf(QWidget &editor, const QString &field)
{
    auto *label = editor.findChild<QLabel *>(QStringLiteral("message:") + field);
    INFO(field.toStdString());
    REQUIRE(label != nullptr);
    return label;
}

void selectProject(Ui::MainWindow &window, const QString &name)
{
    window.findChild<Ui::ProjectsDock *>()->selectProject(name);
    REQUIRE(action(window, "actionEditProject")->isEnabled());
}

} // namespace

TEST_CASE("Project editor: a broken field says why, Save waits for the fix, undo and redo step through edits", "[ui]")
{
    OpenWindow session(realEngine(), [&](AppServices &app) {
        REQUIRE(app.projects->create(sampleProject(QStringLiteral("web"), buildspec)));
    });
    selectProject(session.window, QStringLiteral("web"));
    Ui::ProjectEditor &editor = openEditor(session.window);
    QPushButton *save = child<QPushButton>(editor, "saveProject");
    CHECK_FALSE(save->isEnabled()); // nothing changed yet

    showPage(editor, QStringLiteral("Environment"));
    auto *image = child<QComboBox>(editor, "environment.image");
    CHECK(image->currentText() == QStringLiteral("builddeck/standard:1.0"));
    QLabel *imageMessage = messageOf(editor, QStringLiteral("environment.image"));
    CHECK_FALSE(imageMessage->isVisibleTo(&editor));

    // Break the image: the field says what is wrong, the page is marked, Save is off.
    retype(image->lineEdit(), QString());
    CHECK(imageMessage->isVisibleTo(&editor));
    CHECK(imageMessage->text() == QStringLiteral("Image is required"));
    CHECK_FALSE(save->isEnabled());
    auto *pages = child<QListWidget>(editor, "projectEditorPages");
    CHECK_FALSE(pages->findItems(QStringLiteral("Environment"), Qt::MatchExactly).first()->icon().isNull());

    retype(image->lineEdit(), QStringLiteral("debian:12"));
    CHECK_FALSE(imageMessage->isVisibleTo(&editor));
    CHECK(save->isEnabled());
    CHECK(editor.isWindowModified());

    // Undo takes the typing back in one step per field, redo brings it again.
    auto *timeout = child<QSpinBox>(editor, "timeoutInMinutes");
    CHECK(timeout->specialValueText() == timeout->text()); // not set: the default
    timeout->setValue(90);
    QAction *undo = action(editor, "actionUndoProjectEdit");
    QAction *redo = action(editor, "actionRedoProjectEdit");
    undo->trigger();
    CHECK(timeout->text() == timeout->specialValueText());
    CHECK_FALSE(editor.document()->project().timeoutInMinutes);
    undo->trigger(); // the image cleared and typed again: one edit of one field
    CHECK(image->currentText() == QStringLiteral("builddeck/standard:1.0"));
    CHECK_FALSE(editor.isWindowModified());
    CHECK_FALSE(save->isEnabled());
    redo->trigger();
    redo->trigger();
    CHECK(image->currentText() == QStringLiteral("debian:12"));
    CHECK(timeout->value() == 90);

    QTest::mouseClick(save, Qt::LeftButton);
    const Result<Projects::ProjectRecord> saved = session.app.projects->get(QStringLiteral("web"));
    REQUIRE(saved);
    CHECK(saved->project.environment.image == QStringLiteral("debian:12"));
    CHECK(saved->project.timeoutInMinutes == 90);
    CHECK(saved->project.source == sampleProject(QStringLiteral("web"), saved->project.source.buildspec).source);
}

TEST_CASE("Project editor: source fields follow the source type, variables are a table whose rows say what is wrong",
          "[ui]")
{
    QTemporaryDir folder;
    OpenWindow session(realEngine(), [&](AppServices &app) {
        REQUIRE(app.projects->create(sampleProject(QStringLiteral("api"), buildspec)));
    });
    selectProject(session.window, QStringLiteral("api"));
    Ui::ProjectEditor &editor = openEditor(session.window);
    QPushButton *save = child<QPushButton>(editor, "saveProject");

    showPage(editor, QStringLiteral("Source"));
    auto *type = child<QComboBox>(editor, "source.type");
    auto *location = child<QLineEdit>(editor, "source.location");
    auto *browse = child<QPushButton>(editor, "browseSourceFolder");
    auto *depth = child<QSpinBox>(editor, "source.gitCloneDepth");
    CHECK_FALSE(location->isVisibleTo(&editor)); // NO_SOURCE has no location

    type->setCurrentText(QStringLiteral("LOCAL"));
    CHECK(location->isVisibleTo(&editor));
    CHECK(browse->isVisibleTo(&editor));
    CHECK_FALSE(depth->isVisibleTo(&editor));
    CHECK(messageOf(editor, QStringLiteral("source.location"))->text().contains(QStringLiteral("LOCAL")));
    CHECK_FALSE(save->isEnabled());
    retype(location, folder.path());
    CHECK_FALSE(messageOf(editor, QStringLiteral("source.location"))->isVisibleTo(&editor));

    type->setCurrentText(QStringLiteral("GITHUB"));
    CHECK(depth->isVisibleTo(&editor));
    CHECK_FALSE(browse->isVisibleTo(&editor));
    type->setCurrentText(QStringLiteral("LOCAL"));

    // Two variables of one name: the second row's name cell is marked and the table says which.
    showPage(editor, QStringLiteral("Environment"));
    auto *variables = child<Ui::RecordTable>(editor, "environment.environmentVariables");
    for (const char *name : {"STAGE", "STAGE"}) {
        QTest::mouseClick(variables->addButton(), Qt::LeftButton);
        const int row = variables->table()->rowCount() - 1;
        variables->table()->item(row, 0)->setText(QString::fromLatin1(name));
        variables->table()->item(row, 1)->setText(QStringLiteral("test"));
    }
    QLabel *variablesMessage = messageOf(editor, QStringLiteral("environment.environmentVariables"));
    CHECK(variablesMessage->isVisibleTo(&editor));
    CHECK(variablesMessage->text() == QStringLiteral("Row 2: STAGE is defined twice"));
    CHECK(variables->table()->item(1, 0)->toolTip() == QStringLiteral("STAGE is defined twice"));
    CHECK_FALSE(save->isEnabled());

    variables->table()->item(1, 0)->setText(QStringLiteral("TOKEN"));
    auto *typeBox = qobject_cast<QComboBox *>(variables->table()->cellWidget(1, 2));
    REQUIRE(typeBox != nullptr);
    typeBox->setCurrentText(QStringLiteral("SECRETS_MANAGER"));
    CHECK_FALSE(variablesMessage->isVisibleTo(&editor));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    const Projects::Project saved = session.app.projects->get(QStringLiteral("api"))->project;
    CHECK(saved.source.type == QStringLiteral("LOCAL"));
    CHECK(saved.source.location == folder.path());
    REQUIRE(saved.environment.environmentVariables.size() == 2);
    CHECK(saved.environment.environmentVariables.at(1) ==
          Projects::EnvironmentVariable{QStringLiteral("TOKEN"), QStringLiteral("test"),
                                        QStringLiteral("SECRETS_MANAGER")});
}

TEST_CASE("Project editor: the image is picked from the engine's images, cloud-only members are kept and grouped",
          "[ui][docker]")
{
    if (!requireEngine())
        return;
    OpenWindow session(realEngine(), [&](AppServices &app) {
        Projects::Project project = sampleProject(QStringLiteral("cloud"), buildspec);
        project.serviceRole = QStringLiteral("arn:aws:iam::123456789012:role/build");
        project.vpcConfig = QJsonObject{{QStringLiteral("vpcId"), QStringLiteral("vpc-1")}};
        REQUIRE(app.projects->create(project));
    });
    session.monitor.start();
    REQUIRE(QTest::qWaitFor([&] { return session.monitor.status().isConnected(); }, 10000));
    selectProject(session.window, QStringLiteral("cloud"));
    Ui::ProjectEditor &editor = openEditor(session.window);

    auto *image = child<QComboBox>(editor, "environment.image");
    auto *note = child<QLabel>(editor, "localImagesNote");
    REQUIRE(QTest::qWaitFor([&] { return note->text().contains(QStringLiteral("images the engine has")); }, 10000));
    CHECK(image->findText(QString::fromLatin1(defaultImage())) >= 0);
    CHECK(image->currentText() == QString::fromLatin1(defaultImage()));
    CHECK(image->count() > 0);
    // Privileged mode is off, and when it is turned on the page warns what it gives the build.
    auto *privileged = child<QCheckBox>(editor, "environment.privilegedMode");
    auto *warning = child<QLabel>(editor, "privilegedWarning");
    CHECK_FALSE(privileged->isChecked());
    CHECK(warning->isHidden());
    privileged->setChecked(true);
    CHECK_FALSE(warning->isHidden());
    CHECK(warning->text().contains(QStringLiteral("take the machine over")));
    privileged->setChecked(false);
    CHECK(warning->isHidden());

    showPage(editor, QStringLiteral("Cloud Only"));
    auto *role = child<QLineEdit>(editor, "serviceRole");
    CHECK(role->text() == QStringLiteral("arn:aws:iam::123456789012:role/build"));
    retype(role, QStringLiteral("arn:aws:iam::123456789012:role/other"));
    child<QCheckBox>(editor, "badgeEnabled")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(editor, "saveProject"), Qt::LeftButton);
    const Projects::Project saved = session.app.projects->get(QStringLiteral("cloud"))->project;
    CHECK(saved.serviceRole == QStringLiteral("arn:aws:iam::123456789012:role/other"));
    CHECK(saved.badgeEnabled == true);
    CHECK(saved.vpcConfig.value(QStringLiteral("vpcId")).toString() == QStringLiteral("vpc-1"));
}

TEST_CASE("Project editor: closing with unsaved edits asks before they are lost", "[ui]")
{
    OpenWindow session(realEngine(), [&](AppServices &app) {
        REQUIRE(app.projects->create(sampleProject(QStringLiteral("keep"), buildspec)));
    });
    selectProject(session.window, QStringLiteral("keep"));
    Ui::ProjectEditor &editor = openEditor(session.window);
    retype(child<QLineEdit>(editor, "description"), QStringLiteral("the keep project"));
    editor.reject();
    QMessageBox *box = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] { return (box = editor.findChild<QMessageBox *>(QStringLiteral("discardProjectEditsBox"))) != nullptr; },
        5000));
    CHECK(editor.isVisible());
    box->button(QMessageBox::Cancel)->click();
    CHECK(editor.isVisible());
    CHECK(editor.document()->project().description == QStringLiteral("the keep project"));
    CHECK(session.app.projects->get(QStringLiteral("keep"))->project.description.isEmpty());
}
