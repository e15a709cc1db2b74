#include "appservices.h"
#include "engine.h"
#include "files.h"

#include "docks/artifactsdock.h"
#include "docks/projectsdock.h"
#include "docks/reportsdock.h"
#include "models/projectlistmodel.h"
#include "widgets/reporttrendchart.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace BuildDeck;
using BuildDeck::Ui::MainWindow;

namespace {

// A folder whose build leaves a zip artifact, a JUnit report with a failure and a skip, and a
// custom cache directory.
Projects::Project reportingProject(const QTemporaryDir &folder)
{
    writeFile(folder.filePath(QStringLiteral("buildspec.yml")), "version: 0.2\n"
                                                                "phases:\n"
                                                                "  build:\n"
                                                                "    commands:\n"
                                                                "      - mkdir -p dist/docs /root/.cache/tool\n"
                                                                "      - echo 'the app' > dist/app.txt\n"
                                                                "      - echo 'the manual' > dist/docs/manual.txt\n"
                                                                "      - echo cached > /root/.cache/tool/entry\n"
                                                                "artifacts:\n"
                                                                "  base-directory: dist\n"
                                                                "  files:\n"
                                                                "    - '**/*'\n"
                                                                "reports:\n"
                                                                "  unit:\n"
                                                                "    files:\n"
                                                                "      - results.xml\n"
                                                                "cache:\n"
                                                                "  paths:\n"
                                                                "    - '/root/.cache/**/*'\n");
    writeFile(folder.filePath(QStringLiteral("results.xml")),
              "<testsuite name=\"calc\">"
              "<testcase classname=\"calc.Add\" name=\"adds\" time=\"0.25\"/>"
              "<testcase classname=\"calc.Add\" name=\"overflows\" time=\"0.5\"><failure message=\"expected 0\">at "
              "Add.java:12</failure></testcase>"
              "<testcase classname=\"calc.Div\" name=\"divides\" time=\"0.125\"/>"
              "<testcase classname=\"calc.Div\" name=\"by zero\"><skipped/></testcase>"
              "</testsuite>");
    Projects::Project project = sampleProject(QStringLiteral("ui-reports"));
    project.source = {};
    project.source.type = QStringLiteral("LOCAL");
    project.source.location = folder.path();
    project.artifacts.type = QStringLiteral("S3");
    project.artifacts.location = QStringLiteral("ui-bucket");
    project.artifacts.name = QStringLiteral("app");
    project.artifacts.packaging = QStringLiteral("ZIP");
    project.cache = Projects::ProjectCache{QStringLiteral("LOCAL"), {}, {QStringLiteral("LOCAL_CUSTOM_CACHE")}, {}};
    return project;
}

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &name)
{
    const QList<QTreeWidgetItem *> found = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
    INFO(name.toStdString());
    REQUIRE(found.size() == 1);
    return found.first();
}

} // namespace

TEST_CASE("The Artifacts and Reports panels show a build's files and test results, and the project cache is cleared",
          "[ui][docker]")
{
    if (!requireEngine())
        return;
    QTemporaryDir folder;
    OpenWindow session(realEngine(),
                       [&](AppServices &app) { REQUIRE(app.projects->create(reportingProject(folder))); });
    MainWindow &window = session.window;
    auto *artifacts = child<Ui::ArtifactsDock>(window, "artifactsDock");
    auto *reports = child<Ui::ReportsDock>(window, "reportsDock");
    auto *projects = window.findChild<Ui::ProjectListModel *>();
    REQUIRE(projects);
    REQUIRE(QTest::qWaitFor([&] { return projects->rowCount() == 1; }, 10000));
    child<Ui::ProjectsDock>(window, "projectsDock")->selectProject(QStringLiteral("ui-reports"));
    REQUIRE(action(window, "actionRun")->isEnabled());
    action(window, "actionRun")->trigger();
    auto *title = child<QLabel>(window, "buildTitle");
    REQUIRE(QTest::qWaitFor([&] { return title->text().endsWith(QStringLiteral("Succeeded")); }, 180000));

    // Artifacts: the zip's files in a tree, with sizes; a file saved elsewhere.
    QTreeWidget *tree = artifacts->tree();
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 1; }, 10000));
    QTreeWidgetItem *top = tree->topLevelItem(0);
    CHECK(top->text(0) == QStringLiteral("Primary artifact"));
    CHECK(top->toolTip(0).endsWith(QStringLiteral("/s3/ui-bucket/app.zip")));
    QTreeWidgetItem *manual = findItem(tree, QStringLiteral("manual.txt"));
    CHECK(manual->parent()->text(0) == QStringLiteral("docs"));
    CHECK(manual->text(1) == QLocale().formattedDataSize(11));
    CHECK(findItem(tree, QStringLiteral("app.txt"))->parent() == top);
    tree->setCurrentItem(manual);
    CHECK(action(window, "actionOpenArtifact")->isEnabled());
    CHECK(action(window, "actionSaveArtifactAs")->isEnabled());
    QTemporaryDir saveTo;
    QSignalSpy saved(artifacts, &Ui::ArtifactsDock::saved);
    artifacts->saveCurrentTo(saveTo.filePath(QStringLiteral("manual.txt")));
    REQUIRE(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000));
    QFile copy(saveTo.filePath(QStringLiteral("manual.txt")));
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == "the manual\n");
    REQUIRE(QTest::qWaitFor([&] { return window.statusBar()->currentMessage().startsWith(QStringLiteral("Saved ")); },
                            10000));

    // Reports: the figures, the cases, filtered by status and text, and the group's trend.
    REQUIRE(QTest::qWaitFor([&] { return reports->reportSelector()->count() == 1; }, 10000));
    CHECK(reports->reportSelector()->currentText() == QStringLiteral("ui-reports-unit"));
    CHECK(reports->summary()->text().startsWith(QStringLiteral("4 test cases: 2 passed, 1 failed, 1 skipped")));
    QAbstractItemModel *cases = reports->table()->model();
    CHECK(cases->rowCount() == 4);
    reports->statusFilter()->setCurrentIndex(reports->statusFilter()->findData(QStringLiteral("FAILED")));
    REQUIRE(cases->rowCount() == 1);
    CHECK(cases->index(0, 2).data().toString() == QStringLiteral("overflows"));
    CHECK(cases->index(0, 4).data().toString() == QStringLiteral("expected 0"));
    reports->statusFilter()->setCurrentIndex(0);
    QTest::keyClicks(reports->filter(), QStringLiteral("calc.div"));
    CHECK(cases->rowCount() == 2);
    CHECK(reports->trend()->barCount() == 1);

    // Clear Cache: the size is shown, and the cache is gone after.
    session.monitor.checkNow();
    REQUIRE(QTest::qWaitFor([&] { return session.monitor.status().isConnected(); }, 30000));
    action(window, "actionClearCache")->trigger();
    QMessageBox *box = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] { return (box = window.findChild<QMessageBox *>(QStringLiteral("clearCacheBox"))) != nullptr; }, 30000));
    CHECK(box->informativeText().startsWith(QStringLiteral("It holds ")));
    CHECK_FALSE(box->informativeText().startsWith(QStringLiteral("It holds 0 bytes")));
    child<QPushButton>(*box, "clearCacheButton")->click();
    REQUIRE(QTest::qWaitFor(
        [&] { return window.statusBar()->currentMessage() == QStringLiteral("The cache of ui-reports is cleared."); },
        30000));
}
