// builddeck-cli: BuildDeck's engine without a window.

#include "cliapplication.h"

#include "support/applicationidentity.h"
#include "support/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BuildDeck::setApplicationIdentity();
    BuildDeck::installTranslations(qEnvironmentVariable("BUILDDECK_LANGUAGE"));
    return CliApplication(QCoreApplication::arguments()).run();
}
