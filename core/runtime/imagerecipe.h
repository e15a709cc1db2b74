#pragma once

#include "support/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace BuildDeck::Runtime {

// How a build image is made from Debian's packages (packaging/images/*/image.json): the name it
// gets, the Debian suite, variant, sources and packages mmdebstrap installs, and the image
// configuration (Dockerfile-style ENV, WORKDIR, CMD lines) the engine applies on import.
struct ImageRecipe
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Runtime::ImageRecipe)

public:
    QString file;
    QString repository;
    QString tag;
    QString suite;
    QString variant;
    QStringList sources; // apt source lines; ${mirror} and ${security} are substituted
    QStringList packages;
    QStringList config;

    QString reference() const { return repository + QLatin1Char(':') + tag; }
    // sources with ${mirror} and ${security} replaced by BUILDDECK_DEBIAN_MIRROR and
    // BUILDDECK_DEBIAN_SECURITY_MIRROR, or Debian's own mirrors.
    QStringList resolvedSources() const;

    // Reads a recipe; an error names the file and the member that is wrong.
    static Result<ImageRecipe> load(const QString &file);
    // The default image's recipe: BUILDDECK_IMAGE_RECIPE, else the installed one
    // (<prefix>/share/builddeck/images/standard/image.json), else the source tree's.
    static QString defaultFile();
    // The default build image's name, as new projects get it.
    static QString defaultImage();
};

} // namespace BuildDeck::Runtime
