// builddeck: the desktop application. main() only wires core services to the main window.

#include "guicommandline.h"

#include "mainwindow.h"
#include "style/icons.h"

#include "runtime/enginelocator.h"
#include "runtime/enginemonitor.h"
#include "support/applicationidentity.h"
#include "support/datadirectory.h"
#include "support/setting.h"
#include "support/translations.h"

#include <QApplication>
#include <QMessageBox>

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
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(applicationId());
    QApplication::setWindowIcon(Ui::Icons::applicationIcon());

    Setting<QString> languageSetting(QStringLiteral("general/language"), {});
    const Result<GuiOptions> options = GuiCommandLine::parse(app.arguments());
    installTranslations(options && !options->language.isEmpty() ? options->language : languageSetting.value());
    if (!options) {
        std::fputs(qPrintable(options.error().message + QLatin1Char('\n')), stderr);
        return 2;
    }

    const Result<DataDirectory> dataDirectory = DataDirectory::open(options->dataDir);
    if (!dataDirectory) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "BuildDeck"), dataDirectory.error().message);
        return 1;
    }
    const QList<Runtime::EngineEndpoint> candidates = options->engineCandidates;
    Runtime::EngineMonitor engineMonitor([candidates] { return Runtime::EngineLocator::probe(candidates); });

    Ui::MainWindow window(&engineMonitor);
    window.show();
    engineMonitor.start();
    return app.exec();
}
