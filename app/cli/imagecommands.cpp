#include "imagecommands.h"

#include "clioutput.h"

#include "runtime/enginelocator.h"
#include "runtime/imagebuilder.h"
#include "runtime/imagerecipe.h"
#include "support/datadirectory.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace BuildDeck;

namespace {

QJsonObject imageJson(const Runtime::ImageInfo &image)
{
    return {{QStringLiteral("id"), image.id},
            {QStringLiteral("tags"), QJsonArray::fromStringList(image.repoTags)},
            {QStringLiteral("created"), image.created},
            {QStringLiteral("size"), image.size}};
}

} // namespace

int ImageCommands::buildImage(const QString &engine, const QString &dataDir, const QString &recipeFile, bool force)
{
    const Result<Runtime::ImageRecipe> recipe =
        Runtime::ImageRecipe::load(recipeFile.isEmpty() ? Runtime::ImageRecipe::defaultFile() : recipeFile);
    if (!recipe)
        return CliOutput::fail(tr("--recipe: %1").arg(recipe.error().message), CliOutput::UsageError);
    const Result<DataDirectory> directory = DataDirectory::open(dataDir);
    if (!directory)
        return CliOutput::fail(directory.error().message);
    const Result<QList<Runtime::EngineEndpoint>> candidates = Runtime::EngineLocator::candidates(engine);
    if (!candidates)
        return CliOutput::fail(candidates.error().message, CliOutput::UsageError);
    Result<Runtime::EngineConnection> connection = Runtime::EngineLocator::connect(*candidates);
    if (!connection)
        return CliOutput::fail(connection.error().message);

    if (!force) {
        if (const Result<Runtime::ImageInfo> present = connection->runtime->inspectImage(recipe->reference())) {
            CliOutput::printErr(tr("The engine has %1 already; --force builds it again.\n").arg(recipe->reference()));
            CliOutput::printJson({{QStringLiteral("image"), imageJson(*present)}});
            return CliOutput::Success;
        }
    }
    Runtime::ImageBuilder builder(*connection->runtime, *recipe, directory->path() + QStringLiteral("/work"));
    Runtime::ImageBuildProgress last{-1, {}, {}};
    const Result<Runtime::ImageInfo> image = builder.build([&](const Runtime::ImageBuildProgress &progress) {
        if (!progress.line.isEmpty())
            CliOutput::printErr(progress.line + QLatin1Char('\n'));
        else if (progress.stage != last.stage || progress.percent / 10 != last.percent / 10)
            CliOutput::printErr(QStringLiteral("[%1%] %2\n").arg(progress.percent, 3).arg(progress.stage));
        last = progress;
    });
    if (!image)
        return CliOutput::fail(image.error().message);
    CliOutput::printJson({{QStringLiteral("image"), imageJson(*image)}});
    return CliOutput::Success;
}
