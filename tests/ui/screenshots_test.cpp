#include "appservices.h"
#include "engine.h"
#include "stringmakers.h"

#include "actions/projectactions.h"
#include "dialogs/newprojectdialog.h"
#include "docks/historydock.h"
#include "docks/projectsdock.h"
#include "editors/codeeditor.h"
#include "editors/project/projecteditor.h"
#include "log/logview.h"
#include "mainwindow.h"

#include "runtime/enginemonitor.h"
#include "support/translations.h"
#include "widgets/recordtable.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

using namespace BuildDeck;

// Not a test of its own: `scripts/dev.sh screenshots` runs it under Xvfb to make the pictures in
// docs/screenshots/ from a real session (real engine, real builds).
TEST_CASE("Screenshots of the main flows", "[.screenshots]")
{
    if (!requireEngine())
        return;
    const QString target = qEnvironmentVariable("BUILDDECK_SCREENSHOT_DIR");
    REQUIRE_FALSE(target.isEmpty());
    const QString language = qEnvironmentVariable("BUILDDECK_SCREENSHOT_LANGUAGE");
    const QString suffix = language.isEmpty() ? QString() : QStringLiteral("-") + language;
    if (!language.isEmpty())
        installTranslations(language);
    QSettings().clear();
    AppServices app;
    Runtime::EngineMonitor monitor(
        [] { return Runtime::EngineLocator::probe(*Runtime::EngineLocator::candidates({})); });
    monitor.start();
    Ui::MainWindow window(app.services(&monitor));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(
        window.projectActions()->importFile(QStringLiteral(BUILDDECK_SOURCE_DIR "/resources/templates/hello.json")));

    // Three builds: one that fails, then two that succeed.
    Projects::Project project = app.projects->get(QStringLiteral("hello-builddeck"))->project;
    Engine::BuildRequest failing;
    failing.buildspecOverride = QStringLiteral("version: 0.2\nphases:\n  build:\n    commands:\n"
                                               "      - echo \"Running the tests\"\n      - exit 3\n");
    for (const Engine::BuildRequest &request : {failing, Engine::BuildRequest(), Engine::BuildRequest()}) {
        const Result<Engine::BuildRecord> started = app.service->start(project, request);
        REQUIRE(started);
        REQUIRE(QTest::qWaitFor([&] { return app.builds->get(started->id)->buildComplete; }, 180000));
    }
    window.findChild<Ui::ProjectsDock *>()->selectProject(QStringLiteral("hello-builddeck"));
    window.refresh();
    auto *history = window.findChild<Ui::HistoryDock *>();
    history->selectBuild(app.builds->query({}).value().first().id);
    auto *log = window.findChild<Ui::LogView *>(QStringLiteral("logView"));
    REQUIRE(QTest::qWaitFor([&] { return logText(*log).contains(QStringLiteral("Phase complete: UPLOAD")); }, 10000));
    QTest::qWait(500);
    REQUIRE(window.grab().save(QStringLiteral("%1/main-window%2.png").arg(target, suffix)));

    // A mistake in the buildspec: underlined, and listed in Problems.
    auto *editor = window.findChild<Ui::CodeEditor *>(QStringLiteral("buildspecEditor"));
    QTextCursor cursor = editor->document()->find(QStringLiteral("post_build"));
    REQUIRE_FALSE(cursor.isNull());
    cursor.insertText(QStringLiteral("postbuild"));
    editor->setTextCursor(cursor);
    REQUIRE(QTest::qWaitFor([&] { return !editor->issues().isEmpty(); }, 10000));
    window.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->raise();
    QTest::qWait(300);
    REQUIRE(window.grab().save(QStringLiteral("%1/buildspec-editor%2.png").arg(target, suffix)));

    window.findChild<QAction *>(QStringLiteral("actionNewProject"))->trigger();
    Ui::NewProjectDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (dialog = window.findChild<Ui::NewProjectDialog *>()) != nullptr; }, 5000));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("projectName")), QStringLiteral("my project"));
    QTest::qWait(300);
    REQUIRE(dialog->grab().save(QStringLiteral("%1/new-project%2.png").arg(target, suffix)));
    dialog->reject();

    // The project editor: a field that breaks a rule says so, and Save waits.
    window.findChild<QAction *>(QStringLiteral("actionEditProject"))->trigger();
    Ui::ProjectEditor *projectEditor = nullptr;
    REQUIRE(
        QTest::qWaitFor([&] { return (projectEditor = window.findChild<Ui::ProjectEditor *>()) != nullptr; }, 5000));
    projectEditor->showField(QStringLiteral("environment.image"));
    auto *variables = projectEditor->findChild<Ui::RecordTable *>(QStringLiteral("environment.environmentVariables"));
    QTest::mouseClick(variables->addButton(), Qt::LeftButton);
    variables->table()->item(variables->table()->rowCount() - 1, 0)->setText(QStringLiteral("GREETING"));
    QTest::mouseClick(variables->addButton(), Qt::LeftButton);
    variables->table()->item(variables->table()->rowCount() - 1, 0)->setText(QStringLiteral("GREETING"));
    auto *imagesNote = projectEditor->findChild<QLabel *>(QStringLiteral("localImagesNote"));
    const QString asking = imagesNote->text();
    REQUIRE(QTest::qWaitFor([&] { return imagesNote->text() != asking; }, 10000));
    QTest::qWait(300);
    REQUIRE(projectEditor->grab().save(QStringLiteral("%1/project-editor%2.png").arg(target, suffix)));
    delete projectEditor;
}
