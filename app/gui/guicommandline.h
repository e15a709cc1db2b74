#pragma once

#include "runtime/engineendpoint.h"
#include "support/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QCoreApplication;

struct GuiOptions
{
    QString dataDir;
    QString language;
    QString engine; // --engine as given, for the build workers
    QList<BuildDeck::Runtime::EngineEndpoint> engineCandidates;
};

// builddeck's command line: --engine, --data-dir, --language, --help, --version.
class GuiCommandLine final
{
public:
    // True when the arguments only ask for --help or --version, which need no display.
    static bool wantsTextOnly(int argc, char *argv[]);
    // Prints the help or version text and exits the process, as QCommandLineParser does.
    static void answerTextOnly(QCoreApplication &app);
    // True when Qt has a display to open windows on (or was told to use a platform without one).
    static bool hasDisplay(int argc, char *argv[]);

    static BuildDeck::Result<GuiOptions> parse(const QStringList &arguments);

private:
    static void addOptions(QCommandLineParser &parser);
};
