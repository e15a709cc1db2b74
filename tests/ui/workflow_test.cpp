#include "appservices.h"
#include "engine.h"
#include "stringmakers.h"

#include "actions/projectactions.h"
#include "dialogs/comparedialog.h"
#include "dialogs/newprojectdialog.h"
#include "dialogs/rundialog.h"
#include "dialogs/settingsdialog.h"
#include "docks/historydock.h"
#include "log/logview.h"
#include "mainwindow.h"
#include "models/buildhistorymodel.h"
#include "widgets/buildnotifier.h"
#include "widgets/durationchart.h"

#include "engine/buildrunner.h"
#include "engine/buildsettings.h"
#include "project/projectjson.h"
#include "runtime/enginemonitor.h"
#include "support/translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace BuildDeck;
using BuildDeck::Ui::MainWindow;

namespace {

QStringList projectNames(QWidget &window)
{
    QAbstractItemModel *model = child<QTreeView>(window, "projectList")->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

// A file holding `text`, kept for the test's life.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return file.fileName();
}

QByteArray projectJson(const QString &name, const QString &buildspec)
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("name"), name},
                   {QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), QStringLiteral("NO_SOURCE")},
                                                          {QStringLiteral("buildspec"), buildspec}}},
                   {QStringLiteral("artifacts"), QJsonObject{{QStringLiteral("type"), QStringLiteral("NO_ARTIFACTS")}}},
                   {QStringLiteral("environment"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("LINUX_CONTAINER")},
                                {QStringLiteral("image"), QString::fromLatin1(defaultImage())},
                                {QStringLiteral("computeType"), QStringLiteral("BUILD_GENERAL1_SMALL")}}}})
        .toJson();
}

} // namespace

TEST_CASE("New Project: a template and a name make a project, a bad name says why and cannot be saved", "[ui]")
{
    OpenWindow session(realEngine());
    AppServices &app = session.app;
    MainWindow &window = session.window;
    CHECK(projectNames(window).isEmpty());
    CHECK_FALSE(action(window, "actionRun")->isEnabled()); // nothing to run yet

    action(window, "actionNewProject")->trigger();
    Ui::NewProjectDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (dialog = window.findChild<Ui::NewProjectDialog *>()) != nullptr; }, 5000));
    auto *name = child<QLineEdit>(*dialog, "projectName");
    auto *message = child<QLabel>(*dialog, "projectNameMessage");
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no name yet

    QTest::keyClicks(name, QStringLiteral("not a name!"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(message->isVisibleTo(dialog));
    CHECK(message->text().contains(QStringLiteral("name")));

    name->clear();
    QTest::keyClicks(name, QStringLiteral("web-app"));
    CHECK(ok->isEnabled());
    CHECK_FALSE(message->isVisibleTo(dialog));
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return projectNames(window).contains(QStringLiteral("web-app")); }, 5000));
    CHECK(app.projects->get(QStringLiteral("web-app")));
    CHECK(action(window, "actionRun")->isEnabled()); // the new project is selected
}

TEST_CASE("Projects are imported from and exported to CodeBuild JSON, duplicated and deleted", "[ui]")
{
    QSettings().clear();
    AppServices app;
    Runtime::EngineMonitor monitor(realEngine());
    MainWindow window(app.services(&monitor));
    window.show();
    Ui::ProjectActions &actions = *window.projectActions();
    QTemporaryDir dir;

    const Result<QStringList> imported =
        actions.importFile(QStringLiteral(BUILDDECK_SOURCE_DIR "/resources/templates/hello.json"));
    REQUIRE(imported);
    CHECK(*imported == QStringList{QStringLiteral("hello-builddeck")});
    REQUIRE(QTest::qWaitFor([&] { return projectNames(window).contains(QStringLiteral("hello-builddeck")); }, 5000));

    // Export, then import the file back under another name: the same project.
    const QString exported = dir.filePath(QStringLiteral("hello.json"));
    REQUIRE(actions.exportTo(QStringLiteral("hello-builddeck"), exported));
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(json.value(QStringLiteral("name")).toString() == QStringLiteral("hello-builddeck"));
    json.insert(QStringLiteral("name"), QStringLiteral("hello-again"));
    REQUIRE(actions.importFile(writeFile(dir, QStringLiteral("again.json"), QJsonDocument(json).toJson())));
    Projects::Project again = app.projects->get(QStringLiteral("hello-again"))->project;
    again.name = QStringLiteral("hello-builddeck");
    CHECK(again == app.projects->get(QStringLiteral("hello-builddeck"))->project);

    // Bad input: named, and nothing stored.
    const Result<QStringList> taken = actions.importFile(exported);
    REQUIRE_FALSE(taken);
    CHECK(taken.error().message.contains(QStringLiteral("hello-builddeck")));
    QJsonObject broken = json;
    broken.insert(QStringLiteral("name"), QStringLiteral("broken"));
    broken.insert(QStringLiteral("timeoutInMinutes"), 100000);
    const Result<QStringList> refused =
        actions.importFile(writeFile(dir, QStringLiteral("broken.json"), QJsonDocument(broken).toJson()));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("timeoutInMinutes")));
    const Result<QStringList> notJson = actions.importFile(writeFile(dir, QStringLiteral("bad.json"), "{ nope"));
    REQUIRE_FALSE(notJson);
    CHECK(notJson.error().message.contains(QStringLiteral("bad.json")));
    CHECK_FALSE(app.projects->get(QStringLiteral("broken")));

    const Result<QString> copy = actions.duplicate(QStringLiteral("hello-builddeck"));
    REQUIRE(copy);
    CHECK(*copy == QStringLiteral("hello-builddeck-copy"));
    REQUIRE(actions.remove(QStringLiteral("hello-builddeck-copy"), false));
    REQUIRE(
        QTest::qWaitFor([&] { return !projectNames(window).contains(QStringLiteral("hello-builddeck-copy")); }, 5000));
    CHECK(projectNames(window).size() == 2);
}

namespace {

// 450 finished builds of two projects, every third failed, one from a release branch.
void addBuilds(Engine::BuildStore &store, int count)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (int i = 0; i < count; ++i) {
        Engine::BuildRecord draft;
        draft.projectName = i % 2 ? QStringLiteral("odd") : QStringLiteral("even");
        draft.startTime = start.addSecs(i);
        draft.sourceVersion = i == 7 ? QStringLiteral("release/1.2") : QStringLiteral("main");
        draft.phases = {
            {Engine::PhaseType::Submitted, Engine::Status::Succeeded, draft.startTime, draft.startTime, {}}};
        Result<Engine::BuildRecord> created = store.create(draft);
        REQUIRE(created);
        created->complete(i % 3 ? Engine::Status::Succeeded : Engine::Status::Failed, draft.startTime.addSecs(30));
        REQUIRE(store.save(*created));
    }
}

} // namespace

TEST_CASE("The history model reads a page at a time and takes in new and changed builds", "[ui]")
{
    AppServices app;
    addBuilds(*app.builds, 450);
    Ui::BuildHistoryModel model(*app.builds);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.totalCount() == 450);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 450);

    // A new build comes in at the top; a running one changes in place.
    Engine::BuildRecord draft;
    draft.projectName = QStringLiteral("odd");
    draft.startTime = QDateTime::currentDateTimeUtc();
    Result<Engine::BuildRecord> running = app.builds->create(draft);
    REQUIRE(running);
    model.refresh();
    CHECK(model.rowCount() == 451);
    CHECK(model.buildId(0) == running->id);
    CHECK(model.index(0, Ui::BuildHistoryModel::StatusColumn).data().toString() == QStringLiteral("In progress"));
    running->complete(Engine::Status::Stopped, QDateTime::currentDateTimeUtc());
    REQUIRE(app.builds->save(*running));
    model.refresh();
    CHECK(model.index(0, Ui::BuildHistoryModel::StatusColumn).data().toString() == QStringLiteral("Stopped"));

    Engine::BuildQuery failed;
    failed.status = Engine::Status::Failed;
    model.setFilter(failed);
    CHECK(model.totalCount() == 150);
    model.sort(Ui::BuildHistoryModel::ProjectColumn, Qt::AscendingOrder);
    CHECK(model.index(0, Ui::BuildHistoryModel::ProjectColumn).data().toString() == QStringLiteral("even"));
}

TEST_CASE("History filters builds by status and text", "[ui]")
{
    OpenWindow session(realEngine(), [](AppServices &app) { addBuilds(*app.builds, 450); });
    MainWindow &window = session.window;
    auto *table = child<QTableView>(window, "historyTable");
    auto *count = child<QLabel>(window, "historyCount");
    CHECK(count->text() == QStringLiteral("Builds: 450"));

    child<QComboBox>(window, "historyStatusFilter")->setCurrentIndex(3); // Failed
    CHECK(count->text() == QStringLiteral("Builds: 150"));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        CHECK(table->model()->index(row, Ui::BuildHistoryModel::StatusColumn).data().toString() ==
              QStringLiteral("Failed"));

    child<QComboBox>(window, "historyStatusFilter")->setCurrentIndex(0);
    QTest::keyClicks(child<QLineEdit>(window, "historySearch"), QStringLiteral("release/"));
    REQUIRE(QTest::qWaitFor([&] { return count->text() == QStringLiteral("Builds: 1"); }, 5000));
    CHECK(table->model()->index(0, Ui::BuildHistoryModel::SourceVersionColumn).data().toString() ==
          QStringLiteral("release/1.2"));

    // Selecting a project shows its builds only.
    child<QLineEdit>(window, "historySearch")->clear();
    REQUIRE(
        window.projectActions()->importFile(QStringLiteral(BUILDDECK_SOURCE_DIR "/resources/templates/hello.json")));
    REQUIRE(QTest::qWaitFor([&] { return count->text() == QStringLiteral("Builds: 0"); }, 5000));
}

TEST_CASE("Run a build from the window: the phases reach SUCCEEDED and the log shows its output", "[ui][docker]")
{
    if (!requireEngine())
        return;
    OpenWindow session(realEngine());
    MainWindow &window = session.window;
    REQUIRE(
        window.projectActions()->importFile(QStringLiteral(BUILDDECK_SOURCE_DIR "/resources/templates/hello.json")));

    QSignalSpy finished(window.findChild<Ui::BuildNotifier *>(), &Ui::BuildNotifier::buildFinished);
    action(window, "actionRun")->trigger();
    auto *title = child<QLabel>(window, "buildTitle");
    REQUIRE(QTest::qWaitFor([&] { return title->text().endsWith(QStringLiteral("Succeeded")); }, 180000));
    CHECK(title->text() == QStringLiteral("hello-builddeck #1: Succeeded"));
    QAbstractItemModel *phases = child<QTableView>(window, "phaseTable")->model();
    QStringList names;
    for (int row = 0; row < phases->rowCount(); ++row)
        names.append(phases->index(row, 0).data().toString());
    CHECK(names.contains(QStringLiteral("BUILD")));
    CHECK(names.last() == QStringLiteral("FINALIZING"));
    auto *log = child<Ui::LogView>(window, "logView");
    REQUIRE(QTest::qWaitFor([&] { return logText(*log).contains(QStringLiteral("Phase complete: UPLOAD_ARTIFACTS")); },
                            10000));
    CHECK(logText(*log).contains(QStringLiteral("Hello from BuildDeck, build 1")));
    CHECK(action(window, "actionRetry")->isEnabled());
    CHECK_FALSE(action(window, "actionStop")->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000)); // the desktop notification's cue
    CHECK(finished.first().first().value<Engine::BuildRecord>().buildStatus == Engine::Status::Succeeded);

    // Find in the log.
    action(window, "actionFindInLog")->trigger();
    auto *find = child<QLineEdit>(window, "logFind");
    REQUIRE(find->isVisible());
    QTest::keyClicks(find, QStringLiteral("hello from buildDeck"));
    auto *count = child<QLabel>(window, "logFindCount");
    REQUIRE(QTest::qWaitFor([&] { return count->text() == QStringLiteral("1 of 1"); }, 10000));
    CHECK(log->lineText(log->readingLine()).contains(QStringLiteral("Hello from BuildDeck")));
    QTest::keyClicks(find, QStringLiteral(" nowhere"));
    REQUIRE(QTest::qWaitFor([&] { return count->text() == QStringLiteral("No matches"); }, 10000));
}

TEST_CASE("Run with Overrides: a variable typed in the dialog reaches the build", "[ui][docker]")
{
    if (!requireEngine())
        return;
    OpenWindow session(realEngine());
    MainWindow &window = session.window;
    REQUIRE(
        window.projectActions()->importFile(QStringLiteral(BUILDDECK_SOURCE_DIR "/resources/templates/hello.json")));

    action(window, "actionRunWithOverrides")->trigger();
    Ui::RunDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (dialog = window.findChild<Ui::RunDialog *>()) != nullptr; }, 5000));
    QTest::mouseClick(child<QPushButton>(*dialog, "runAddVariable"), Qt::LeftButton);
    auto *variables = child<QTableWidget>(*dialog, "runVariables");
    QPushButton *run = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    variables->item(0, 0)->setText(QStringLiteral("NOT-A-NAME"));
    CHECK_FALSE(run->isEnabled());
    CHECK(child<QLabel>(*dialog, "runMessage")->text().contains(QStringLiteral("NOT-A-NAME")));
    variables->item(0, 0)->setText(QStringLiteral("GREETING"));
    variables->item(0, 1)->setText(QStringLiteral("Hi from the dialog"));
    REQUIRE(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);

    auto *title = child<QLabel>(window, "buildTitle");
    REQUIRE(QTest::qWaitFor([&] { return title->text().endsWith(QStringLiteral("Succeeded")); }, 180000));
    auto *log = child<Ui::LogView>(window, "logView");
    REQUIRE(
        QTest::qWaitFor([&] { return logText(*log).contains(QStringLiteral("Hi from the dialog, build 1")); }, 10000));
}

TEST_CASE("Stop a running build from the window", "[ui][docker]")
{
    if (!requireEngine())
        return;
    OpenWindow session(realEngine());
    AppServices &app = session.app;
    MainWindow &window = session.window;
    QTemporaryDir dir;
    REQUIRE(window.projectActions()->importFile(
        writeFile(dir, QStringLiteral("slow.json"),
                  projectJson(QStringLiteral("slow"), QStringLiteral("version: 0.2\nphases:\n  build:\n    commands:\n"
                                                                     "      - echo started\n      - sleep 300\n")))));

    action(window, "actionRun")->trigger();
    auto *log = child<Ui::LogView>(window, "logView");
    REQUIRE(
        QTest::qWaitFor([&] { return logText(*log).contains(QStringLiteral("Running command sleep 300")); }, 120000));
    QAction *stop = action(window, "actionStop");
    REQUIRE(stop->isEnabled());
    stop->trigger();
    auto *title = child<QLabel>(window, "buildTitle");
    REQUIRE(QTest::qWaitFor([&] { return title->text().endsWith(QStringLiteral("Stopped")); }, 60000));
    CHECK(app.builds->get(app.builds->query({}).value().first().id)->buildStatus == Engine::Status::Stopped);
}

TEST_CASE("A folder dropped on the window becomes a LOCAL project that builds it", "[ui]")
{
    OpenWindow session(realEngine());
    AppServices &app = session.app;
    MainWindow &window = session.window;
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("My App"));
    REQUIRE(QDir().mkpath(folder));
    writeFile(parent, QStringLiteral("My App/buildspec.yml"),
              "version: 0.2\nphases:\n  build:\n    commands: [make]\n");

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(folder)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    Ui::NewProjectDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (dialog = window.findChild<Ui::NewProjectDialog *>()) != nullptr; }, 5000));
    CHECK(child<QLineEdit>(*dialog, "projectName")->text() == QStringLiteral("My-App"));
    CHECK(child<QLineEdit>(*dialog, "projectFolder")->text() == folder);
    CHECK(child<QLabel>(*dialog, "projectFolderNote")->text().contains(QStringLiteral("buildspec.yml")));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return projectNames(window).contains(QStringLiteral("My-App")); }, 5000));
    const Projects::Project project = app.projects->get(QStringLiteral("My-App"))->project;
    CHECK(project.source.type == QStringLiteral("LOCAL"));
    CHECK(project.source.location == folder);
}

TEST_CASE("Settings refuse a bad engine address or region with the reason, test the engine, and store on OK (the "
          "language too)",
          "[ui]")
{
    OpenWindow session(realEngine());
    MainWindow &window = session.window;
    action(window, "actionSettings")->trigger();
    Ui::SettingsDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (dialog = window.findChild<Ui::SettingsDialog *>()) != nullptr; }, 5000));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *engine = child<QLineEdit>(*dialog, "settingsEngine");
    auto *region = child<QLineEdit>(*dialog, "settingsRegion");
    auto *message = child<QLabel>(*dialog, "settingsMessage");
    CHECK(ok->isEnabled()); // the defaults are fine
    CHECK(region->text() == QStringLiteral("us-east-1"));

    QTest::keyClicks(engine, QStringLiteral("ftp://nowhere"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(message->text().contains(QStringLiteral("ftp://nowhere")));
    engine->clear();
    QTest::keyClicks(engine, QStringLiteral("unix:///nonexistent/engine.sock"));
    CHECK(ok->isEnabled());
    QTest::mouseClick(child<QPushButton>(*dialog, "settingsTestEngine"), Qt::LeftButton);
    auto *result = child<QLabel>(*dialog, "settingsEngineResult");
    REQUIRE(
        QTest::qWaitFor([&] { return result->text().contains(QStringLiteral("/nonexistent/engine.sock")); }, 10000));

    region->clear();
    QTest::keyClicks(region, QStringLiteral("mars"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(message->text().contains(QStringLiteral("Region")));
    region->clear();
    QTest::keyClicks(region, QStringLiteral("eu-central-1"));
    child<QSpinBox>(*dialog, "settingsConcurrency")->setValue(3);
    auto *language = child<QComboBox>(*dialog, "settingsLanguage");
    CHECK(language->currentData().toString().isEmpty()); // the system's
    REQUIRE(language->findText(QStringLiteral("Deutsch")) > 0);
    language->setCurrentIndex(language->findText(QStringLiteral("Deutsch")));
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(languageSetting().value() == QStringLiteral("de"));
    CHECK(Engine::BuildSettings::engine().value() == QStringLiteral("unix:///nonexistent/engine.sock"));
    CHECK(Engine::BuildSettings::region().value() == QStringLiteral("eu-central-1"));
    CHECK(Engine::BuildSettings::concurrentLimit().value() == 3);
    QSettings().clear();
}

TEST_CASE("A project's build durations are charted, and two selected builds are compared side by side", "[ui]")
{
    OpenWindow session(realEngine(), [](AppServices &app) { addBuilds(*app.builds, 120); });
    MainWindow &window = session.window;
    auto *chart = child<Ui::DurationChart>(window, "durationChart");
    CHECK_FALSE(chart->isVisible()); // all projects: no chart
    window.findChild<Ui::HistoryDock *>()->setProject(QStringLiteral("odd"));
    CHECK(chart->isVisible());
    CHECK(chart->barCount() == Ui::DurationChart::maximumBars);

    auto *table = child<QTableView>(window, "historyTable");
    QAction *compare = action(window, "actionCompareBuilds");
    CHECK_FALSE(compare->isEnabled());
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(compare->isEnabled());
    compare->trigger();
    Ui::CompareDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (dialog = window.findChild<Ui::CompareDialog *>()) != nullptr; }, 5000));
    QTableWidget *rows = dialog->table();
    CHECK(rows->horizontalHeaderItem(0)->text() == QStringLiteral("odd #60"));
    CHECK(rows->horizontalHeaderItem(1)->text() == QStringLiteral("odd #59"));
    QStringList labels;
    for (int row = 0; row < rows->rowCount(); ++row)
        labels.append(rows->verticalHeaderItem(row)->text());
    CHECK(labels.contains(QStringLiteral("Status")));
    CHECK(labels.contains(QStringLiteral("SUBMITTED")));
    const int status = int(labels.indexOf(QStringLiteral("Status")));
    // Build 119 (odd #60) succeeded, 117 (odd #59) failed: the row is marked as differing.
    CHECK(rows->item(status, 0)->text() == QStringLiteral("Succeeded"));
    CHECK(rows->item(status, 1)->text() == QStringLiteral("Failed"));
    CHECK(rows->item(status, 0)->font().bold());
}
