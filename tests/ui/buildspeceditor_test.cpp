#include "appservices.h"
#include "stringmakers.h"

#include "actions/projectactions.h"
#include "docks/projectsdock.h"
#include "editors/codeeditor.h"
#include "mainwindow.h"

#include "runtime/enginemonitor.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace BuildDeck;
using BuildDeck::Ui::MainWindow;

namespace {

Runtime::EngineMonitor::Probe noEngine()
{
    return [] { return Result<Runtime::EngineInfo>(makeError(ErrorCode::Unavailable, QStringLiteral("none"))); };
}

QStringList problems(QWidget &window)
{
    QAbstractItemModel *model = window.findChild<QTreeView *>(QStringLiteral("problemList"))->model();
    QStringList messages;
    for (int row = 0; row < model->rowCount(); ++row)
        messages.append(model->index(row, 0).data().toString());
    return messages;
}

// Types `text` as the user would: Return for each line break.
void type(QWidget *editor, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QTest::keyClicks(editor, lines.at(i));
        if (i + 1 < lines.size())
            QTest::keyClick(editor, Qt::Key_Return);
    }
}

} // namespace

TEST_CASE("A buildspec error typed in the editor is listed in Problems, and activating it jumps to its line", "[ui]")
{
    OpenWindow session(noEngine());
    AppServices &app = session.app;
    MainWindow &window = session.window;
    REQUIRE(
        window.projectActions()->importFile(QStringLiteral(BUILDDECK_SOURCE_DIR "/resources/templates/hello.json")));
    window.findChild<Ui::ProjectsDock *>()->selectProject(QStringLiteral("hello-builddeck"));

    auto *editor = window.findChild<Ui::CodeEditor *>(QStringLiteral("buildspecEditor"));
    REQUIRE(editor != nullptr);
    REQUIRE(editor->toPlainText().startsWith(QStringLiteral("version: 0.2")));
    REQUIRE(QTest::qWaitFor([&] { return problems(window).isEmpty() && editor->issues().isEmpty(); }, 5000));
    QAction *save = window.findChild<QAction *>(QStringLiteral("actionSaveBuildspec"));
    CHECK_FALSE(save->isEnabled()); // nothing to save yet

    // A misspelt phase at the end.
    editor->moveCursor(QTextCursor::End);
    type(editor, QStringLiteral("  prebuild:\n    commands:\n      - echo hi\n"));
    CHECK(save->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return !problems(window).isEmpty(); }, 10000));
    CHECK(problems(window).join(QLatin1Char('\n')).contains(QStringLiteral("prebuild")));
    REQUIRE_FALSE(editor->issues().isEmpty());
    const int line = editor->issues().first().line;
    CHECK(line == editor->document()->blockCount() - 3);

    editor->moveCursor(QTextCursor::Start);
    auto *list = window.findChild<QTreeView *>(QStringLiteral("problemList"));
    const QModelIndex first = list->model()->index(0, 0);
    list->setCurrentIndex(first);
    Q_EMIT list->activated(first);
    CHECK(editor->textCursor().blockNumber() + 1 == line);

    // Save writes the project's inline buildspec; the store has the text as typed.
    save->trigger();
    CHECK_FALSE(save->isEnabled());
    CHECK(app.projects->get(QStringLiteral("hello-builddeck"))
              ->project.source.buildspec.contains(QStringLiteral("prebuild:")));
}

TEST_CASE("A LOCAL source's buildspec.yml is edited on disk only when saved, and read again when it changes", "[ui]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("buildspec.yml"));
    const auto write = [&](const QByteArray &text) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    const auto read = [&] {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    write("version: 0.2\nphases:\n  build:\n    commands:\n      - make\n");
    OpenWindow session(noEngine(), [&folder](AppServices &app) {
        Projects::Project project = sampleProject(QStringLiteral("local-app"));
        project.source.type = QStringLiteral("LOCAL");
        project.source.location = folder.path();
        REQUIRE(app.projects->create(project));
    });
    MainWindow &window = session.window;
    window.findChild<Ui::ProjectsDock *>()->selectProject(QStringLiteral("local-app"));
    auto *editor = window.findChild<Ui::CodeEditor *>(QStringLiteral("buildspecEditor"));
    REQUIRE(editor->toPlainText().contains(QStringLiteral("- make")));
    CHECK(window.findChild<QLabel *>(QStringLiteral("buildspecHeader"))->text().contains(path));

    // Edits stay in the editor until Save.
    editor->moveCursor(QTextCursor::End);
    type(editor, QStringLiteral("      - make test\n"));
    CHECK(read() == "version: 0.2\nphases:\n  build:\n    commands:\n      - make\n");
    window.findChild<QAction *>(QStringLiteral("actionSaveBuildspec"))->trigger();
    CHECK(read() == "version: 0.2\nphases:\n  build:\n    commands:\n      - make\n      - make test\n");

    // Changed by another program: read again, since nothing here is unsaved.
    write("version: 0.2\nphases:\n  build:\n    commands:\n      - ninja\n");
    REQUIRE(QTest::qWaitFor([&] { return editor->toPlainText().contains(QStringLiteral("- ninja")); }, 10000));
}

TEST_CASE("Quick Fix repairs a misspelt phase in one step that Undo takes back, snippets insert sections", "[ui]")
{
    // A buildspec file with a misspelt phase (a project's inline buildspec must be valid to be saved).
    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral("buildspec.yml")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("version: 0.2\nphases:\n  prebuild:\n    commands:\n      - make\n");
    file.close();
    OpenWindow session(noEngine(), [&folder](AppServices &app) {
        Projects::Project project = sampleProject(QStringLiteral("typo"));
        project.source.type = QStringLiteral("LOCAL");
        project.source.location = folder.path();
        REQUIRE(app.projects->create(project));
    });
    MainWindow &window = session.window;
    window.findChild<Ui::ProjectsDock *>()->selectProject(QStringLiteral("typo"));
    auto *editor = window.findChild<Ui::CodeEditor *>(QStringLiteral("buildspecEditor"));
    REQUIRE(QTest::qWaitFor([&] { return !editor->issues().isEmpty(); }, 10000));

    editor->goTo(3, 3);
    window.findChild<QAction *>(QStringLiteral("actionQuickFix"))->trigger();
    CHECK(editor->toPlainText() ==
          QStringLiteral("version: 0.2\nphases:\n  pre_build:\n    commands:\n      - make\n"));
    REQUIRE(QTest::qWaitFor([&] { return problems(window).isEmpty(); }, 10000));
    editor->undo();
    CHECK(editor->toPlainText().contains(QStringLiteral("  prebuild:")));
    editor->redo();

    editor->goTo(6, 1);
    window.findChild<QAction *>(QStringLiteral("actionSnippetArtifacts"))->trigger();
    CHECK(editor->toPlainText().endsWith(
        QStringLiteral("artifacts:\n  files:\n    - '**/*'\n  base-directory: build\n")));
    REQUIRE(QTest::qWaitFor([&] { return problems(window).isEmpty() && editor->issues().isEmpty(); }, 10000));
}
