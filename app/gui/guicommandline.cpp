#include "guicommandline.h"

#include "runtime/enginelocator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

using namespace BuildDeck;

bool GuiCommandLine::wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void GuiCommandLine::answerTextOnly(QCoreApplication &app)
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
}

bool GuiCommandLine::hasDisplay(int argc, char *argv[])
{
    if (!qEnvironmentVariable("QT_QPA_PLATFORM").isEmpty() || !qEnvironmentVariable("DISPLAY").isEmpty() ||
        !qEnvironmentVariable("WAYLAND_DISPLAY").isEmpty())
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0)
            return true;
    }
    return false;
}

void GuiCommandLine::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("GuiCommandLine", "BuildDeck: AWS CodeBuild builds in local containers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("engine"),
         QCoreApplication::translate("GuiCommandLine", "Container engine to use: unix:///path/to/engine.sock or "
                                                       "tcp://host:port."),
         QStringLiteral("url")});
    parser.addOption({QStringLiteral("data-dir"),
                      QCoreApplication::translate("GuiCommandLine", "Where projects, builds and logs are kept."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("language"),
                      QCoreApplication::translate("GuiCommandLine",
                                                  "Language of the user interface, such as de or fr, instead of the "
                                                  "system's."),
                      QStringLiteral("lang")});
}

Result<GuiOptions> GuiCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    const auto usageError = [](const QString &reason) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("GuiCommandLine", "builddeck: %1\nRun 'builddeck --help' for the options.")
                .arg(reason));
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QCoreApplication::translate("GuiCommandLine", "unexpected argument '%1'.")
                              .arg(parser.positionalArguments().constFirst()));
    }

    GuiOptions options;
    options.dataDir = parser.value(QStringLiteral("data-dir"));
    options.language = parser.value(QStringLiteral("language"));
    const Result<QList<Runtime::EngineEndpoint>> candidates =
        Runtime::EngineLocator::candidates(parser.value(QStringLiteral("engine")));
    if (!candidates)
        return usageError(candidates.error().message);
    options.engineCandidates = *candidates;
    options.engine = parser.value(QStringLiteral("engine"));
    return options;
}
