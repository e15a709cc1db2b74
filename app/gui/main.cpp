// builddeck: the desktop application. main() only wires core services to the main window.

#include "firstpaintreporter.h"
#include "guicommandline.h"

#include "mainwindow.h"
#include "style/icons.h"

#include "engine/buildservice.h"
#include "engine/buildsettings.h"
#include "engine/orphanfinalizer.h"
#include "project/projectstore.h"
#include "runtime/defaultimage.h"
#include "runtime/enginelocator.h"
#include "runtime/enginemonitor.h"
#include "runtime/imagerecipe.h"
#include "secrets/secretstore.h"
#include "support/applicationidentity.h"
#include "support/datadirectory.h"
#include "support/logging.h"
#include "support/setting.h"
#include "support/translations.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent>

#include <cstdio>

using namespace BuildDeck;

int main(int argc, char *argv[])
{
    // --help and --version answer without a display; everything else needs one.
    if (GuiCommandLine::wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslations();
        GuiCommandLine::answerTextOnly(app);
        return 0;
    }
    if (!GuiCommandLine::hasDisplay(argc, argv)) {
        std::fputs(qPrintable(QCoreApplication::translate(
                       "main", "builddeck: no display to show a window on. Set DISPLAY or WAYLAND_DISPLAY, or run "
                               "with QT_QPA_PLATFORM=offscreen, or use builddeck-cli for headless builds.\n")),
                   stderr);
        return 1;
    }

    QApplication app(argc, argv);
    FirstPaintReporter::installIfRequested();
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(applicationId());
    QApplication::setWindowIcon(Ui::Icons::applicationIcon());

    const Result<GuiOptions> options = GuiCommandLine::parse(app.arguments());
    installTranslations(options && !options->language.isEmpty() ? options->language : languageSetting().value());
    if (!options) {
        std::fputs(qPrintable(options.error().message + QLatin1Char('\n')), stderr);
        return 2;
    }

    // Settings > Data directory and Engine apply where neither an option nor the environment names one.
    QString dataDir = options->dataDir;
    if (dataDir.isEmpty() && qEnvironmentVariableIsEmpty("BUILDDECK_DATA_DIR"))
        dataDir = Engine::BuildSettings::dataDirectory().value();
    QString engine = options->engine;
    QList<Runtime::EngineEndpoint> candidates = options->engineCandidates;
    if (engine.isEmpty() && qEnvironmentVariableIsEmpty("BUILDDECK_ENGINE") &&
        qEnvironmentVariableIsEmpty("DOCKER_HOST")) {
        engine = Engine::BuildSettings::engine().value();
        if (const auto configured = Runtime::EngineLocator::candidates(engine); configured && !engine.isEmpty())
            candidates = *configured;
        else
            engine.clear(); // not an address: the defaults, and Settings says what is wrong when opened
    }

    const Result<DataDirectory> dataDirectory = DataDirectory::open(dataDir);
    if (!dataDirectory) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "BuildDeck"), dataDirectory.error().message);
        return 1;
    }
    Runtime::EngineMonitor engineMonitor([candidates] { return Runtime::EngineLocator::probe(candidates); });
    Result<History::Database> database = History::Database::open(dataDirectory->path());
    if (!database) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "BuildDeck"), database.error().message);
        return 1;
    }
    Projects::ProjectStore projects(*database);
    Secrets::SecretStore secrets(*database);
    Engine::BuildStore builds(std::move(database).value());
    // Builds run in workers of their own, builddeck-cli run-build, installed beside this program.
    Engine::BuildService::Worker worker{QCoreApplication::applicationDirPath() + QStringLiteral("/builddeck-cli"), {}};
    if (!engine.isEmpty())
        worker.options = {QStringLiteral("--engine"), engine};
    Engine::BuildService buildService(builds, dataDirectory->path(), worker);

    // The default build image: offered to be made when the engine lacks it.
    Runtime::DefaultImage defaultImage(engineMonitor, Runtime::ImageRecipe::defaultFile(),
                                       dataDirectory->path() + QStringLiteral("/work"));
    Ui::MainWindow window({&engineMonitor, &projects, &buildService, dataDirectory->path(), &secrets, &defaultImage});
    window.show();
    engineMonitor.start();

    // Builds whose worker died are finalised by whichever front end starts next (ARCHITECTURE §2),
    // off the GUI thread; the status bar says how many.
    QFutureWatcher<int> orphans;
    QObject::connect(&orphans, &QFutureWatcher<int>::finished, &window, [&orphans, &window] {
        if (const int count = orphans.result(); count > 0) {
            window.statusBar()->showMessage(QCoreApplication::translate(
                "main", "%n build(s) whose worker had ended were finalised as FAULT.", nullptr, count));
        }
    });
    orphans.setFuture(QtConcurrent::run([directory = dataDirectory->path(), candidates] {
        const Result<int> finalised = Engine::OrphanFinalizer::finalize(directory, candidates);
        if (!finalised)
            qCWarning(lcUi) << "Finalising orphaned builds failed:" << finalised.error().message;
        return finalised.value_or(0);
    }));
    return app.exec();
}
