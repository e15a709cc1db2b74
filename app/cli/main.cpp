// builddeck-cli: BuildDeck's engine without a window.

#include "cliapplication.h"

#include "support/applicationidentity.h"
#include "support/translations.h"

#include <QCoreApplication>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // Everything builddeck-cli writes (records, logs, artifacts, caches) goes into the data
    // directory and is its owner's alone.
    ::umask(077);
    QCoreApplication app(argc, argv);
    BuildDeck::setApplicationIdentity();
    BuildDeck::installTranslations(qEnvironmentVariable("BUILDDECK_LANGUAGE"));
    return CliApplication(QCoreApplication::arguments()).run();
}
