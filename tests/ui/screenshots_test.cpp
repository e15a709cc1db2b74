#include "appservices.h"
#include "engine.h"
#include "scopedenv.h"
#include "stringmakers.h"

#include "actions/projectactions.h"
#include "dialogs/newprojectdialog.h"
#include "docks/historydock.h"
#include "docks/logdock.h"
#include "docks/projectsdock.h"
#include "editors/codeeditor.h"
#include "editors/project/projecteditor.h"
#include "log/logview.h"
#include "mainwindow.h"

#include "engine/buildlog.h"
#include "runtime/enginemonitor.h"
#include "runtime/imagerecipe.h"
#include "support/translations.h"
#include "widgets/recordtable.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace BuildDeck;

namespace {

// Where `scripts/dev.sh screenshots` wants the pictures, and the suffix of their language ("-de",
// none for English), whose translations are installed.
std::pair<QString, QString> screenshotTarget()
{
    const QString target = qEnvironmentVariable("BUILDDECK_SCREENSHOT_DIR");
    REQUIRE_FALSE(target.isEmpty());
    const QString language = qEnvironmentVariable("BUILDDECK_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty())
        installTranslations(language);
    return {target, language.isEmpty() ? QString() : QStringLiteral("-") + language};
}

} // namespace

// Not a test of its own: `scripts/dev.sh screenshots` runs it under Xvfb to make the pictures in
// docs/screenshots/ from a real session (real engine, real builds).
TEST_CASE("Screenshots of the main flows", "[.screenshots]")
{
    if (!requireEngine())
        return;
    const auto [target, suffix] = screenshotTarget();
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

    // A build with a test report: the Reports and Artifacts panels.
    Engine::BuildRequest tested;
    tested.buildspecOverride = QStringLiteral(
        "version: 0.2\nphases:\n  build:\n    commands:\n"
        "      - mkdir -p reports dist/docs\n"
        "      - echo 'the app' > dist/app.txt\n"
        "      - echo 'the manual' > dist/docs/manual.txt\n"
        "      - echo '<testsuite name=\"calculator\">' > reports/junit.xml\n"
        "      - for t in adds subtracts multiplies; do echo \"<testcase classname=\\\"calc.Arithmetic\\\" "
        "name=\\\"$t\\\" time=\\\"0.0$CODEBUILD_BUILD_NUMBER\\\"/>\" >> reports/junit.xml; done\n"
        "      - echo '<testcase classname=\"calc.Division\" name=\"divides by zero\" time=\"0.31\"><failure "
        "message=\"expected ArithmeticException\">at Division.java:27</failure></testcase>' >> reports/junit.xml\n"
        "      - echo '<testcase classname=\"calc.Division\" name=\"rounds\"><skipped/></testcase></testsuite>' >> "
        "reports/junit.xml\n"
        "reports:\n  unit-tests:\n    files:\n      - 'reports/*.xml'\n"
        "artifacts:\n  base-directory: dist\n  files:\n    - '**/*'\n");
    for (int i = 0; i < 3; ++i) {
        const Result<Engine::BuildRecord> started = app.service->start(project, tested);
        REQUIRE(started);
        REQUIRE(QTest::qWaitFor([&] { return app.builds->get(started->id)->buildComplete; }, 180000));
    }
    window.refresh();
    history->selectBuild(app.builds->query({}).value().first().id);
    auto *reportsDock = window.findChild<QDockWidget *>(QStringLiteral("reportsDock"));
    reportsDock->raise();
    auto *reportTable = window.findChild<QTableView *>(QStringLiteral("reportTable"));
    REQUIRE(QTest::qWaitFor([&] { return reportTable->model()->rowCount() == 5; }, 10000));
    QTest::qWait(300);
    REQUIRE(window.grab().save(QStringLiteral("%1/reports%2.png").arg(target, suffix)));
    auto *artifactTree = window.findChild<QTreeWidget *>(QStringLiteral("artifactTree"));
    window.findChild<QDockWidget *>(QStringLiteral("artifactsDock"))->raise();
    REQUIRE(QTest::qWaitFor([&] { return artifactTree->topLevelItemCount() == 1; }, 10000));
    artifactTree->expandAll();
    QTest::qWait(300);
    REQUIRE(window.grab().save(QStringLiteral("%1/artifacts%2.png").arg(target, suffix)));
    window.findChild<QDockWidget *>(QStringLiteral("logDock"))->raise();
    history->selectBuild(app.builds->query({}).value().at(3).id);

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

    // The Log panel on a log with colours, a folded group and a search.
    QTemporaryDir logDir;
    const QString logPath = logDir.filePath(QStringLiteral("demo.log"));
    {
        Engine::BuildLogWriter writer;
        REQUIRE(writer.create(logPath, QDateTime::currentDateTimeUtc().addSecs(-42)));
        const auto print = [&](const QByteArray &bytes) {
            REQUIRE(writer.append(Engine::LogLine::Stream::Stdout, bytes.constData(), bytes.size()));
        };
        REQUIRE(writer.appendAgentLine(QStringLiteral("Entering phase INSTALL")));
        print("Fetching packages 12%\rFetching packages 57%\rFetching packages 100%\n");
        REQUIRE(writer.appendAgentLine(QStringLiteral("Phase complete: INSTALL State: SUCCEEDED")));
        REQUIRE(writer.appendAgentLine(QStringLiteral("Entering phase BUILD")));
        print("::group::Configuring\n-- The C compiler identification is GNU 12.2.0\n-- Configuring "
              "done\n::endgroup::\n");
        for (int i = 1; i <= 6; ++i)
            print("[" + QByteArray::number(i * 16) + "%] \x1b[32mBuilding CXX object\x1b[0m src/module" +
                  QByteArray::number(i) + ".cpp.o\n");
        print("\x1b[1msrc/parser.cpp:42:7:\x1b[0m \x1b[1;31merror:\x1b[0m expected ';' before '}' token\n");
        print("\x1b[1msrc/parser.cpp:57:3:\x1b[0m \x1b[1;35mwarning:\x1b[0m unused variable 'depth'\n");
        print("make: *** [Makefile:12: all] \x1b[31mError 2\x1b[0m\n");
        REQUIRE(writer.appendAgentLine(QStringLiteral("Command did not exit successfully make exit status 2")));
        REQUIRE(writer.appendAgentLine(QStringLiteral("Phase complete: BUILD State: FAILED")));
    }
    Ui::LogDock logDock;
    logDock.resize(1000, 420);
    logDock.show();
    REQUIRE(QTest::qWaitForWindowExposed(&logDock));
    logDock.showLog(logPath, false, QStringLiteral("demo:1"));
    REQUIRE(QTest::qWaitFor([&] { return logDock.view()->sections().size() == 3; }, 10000));
    logDock.view()->setTimestamps(Ui::LogView::Timestamps::Relative);
    logDock.startFind();
    QTest::keyClicks(logDock.findChild<QLineEdit *>(QStringLiteral("logFind")), QStringLiteral("error"));
    auto *count = logDock.findChild<QLabel *>(QStringLiteral("logFindCount"));
    REQUIRE(QTest::qWaitFor([&] { return count->text().contains(QLatin1Char('2')); }, 10000));
    logDock.view()->verticalScrollBar()->setValue(0);
    QTest::qWait(300);
    REQUIRE(logDock.grab().save(QStringLiteral("%1/log-viewer%2.png").arg(target, suffix)));
}

TEST_CASE("Screenshot of the default image being made", "[.screenshots]")
{
    if (!requireEngine())
        return;
    const auto [target, suffix] = screenshotTarget();
    // The default recipe under a tag the engine lacks, as after an upgrade that bumps it; the
    // build is cancelled once it is downloading.
    QTemporaryDir dir;
    QFile recipe(Runtime::ImageRecipe::defaultFile());
    REQUIRE(recipe.open(QIODevice::ReadOnly));
    const QString file = dir.filePath(QStringLiteral("image.json"));
    QFile copy(file);
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.write(recipe.readAll().replace("\"tag\": \"1.0\"", "\"tag\": \"1.1\""));
    copy.close();
    const ScopedEnv recipeVariable("BUILDDECK_IMAGE_RECIPE", file.toUtf8());
    OpenWindow session(realEngine());
    session.window.resize(1280, 800);
    session.monitor.checkNow();
    auto *bar = child<QFrame>(session.window, "defaultImageBar");
    REQUIRE(QTest::qWaitFor([&] { return bar->isVisible(); }, 30000));
    QTest::qWait(300);
    REQUIRE(session.window.grab().save(QStringLiteral("%1/default-image%2.png").arg(target, suffix)));
    child<QPushButton>(*bar, "buildDefaultImageButton")->click();
    REQUIRE(QTest::qWaitFor([&] { return session.defaultImage.progress().percent >= 15; }, 120000));
    QTest::qWait(300);
    REQUIRE(bar->grab().save(QStringLiteral("%1/default-image-progress%2.png").arg(target, suffix)));
    child<QPushButton>(*bar, "cancelDefaultImageButton")->click();
    REQUIRE(
        QTest::qWaitFor([&] { return session.defaultImage.state() != Runtime::DefaultImage::State::Building; }, 60000));
    CHECK(session.defaultImage.state() == Runtime::DefaultImage::State::Failed);
}
