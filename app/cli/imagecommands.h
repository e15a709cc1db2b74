#pragma once

#include <QCoreApplication>
#include <QString>

// builddeck-cli build-image: makes a build image from its recipe (packaging/images/*/image.json)
// on the engine, printing progress on standard error and the image as JSON.
class ImageCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ImageCommands)

public:
    // `recipe` empty: the default image's recipe. Unless `force`, an image the engine has already
    // is left as it is.
    static int buildImage(const QString &engine, const QString &dataDir, const QString &recipe, bool force);
};
