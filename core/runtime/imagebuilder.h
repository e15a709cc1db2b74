#pragma once

#include "containerruntime.h"
#include "imageinfo.h"
#include "imagerecipe.h"
#include "support/result.h"

#include <QCoreApplication>
#include <QMetaType>

#include <atomic>
#include <functional>

namespace BuildDeck::Runtime {

// How far an image build has come: a percentage, what it is doing, and the tool's latest line.
struct ImageBuildProgress
{
    int percent = 0;
    QString stage;
    QString line;
};

// Makes an image from its recipe: mmdebstrap builds the root file system as a tar from Debian's
// mirrors (no registry is contacted), and the engine imports it with the recipe's configuration.
// Blocks for minutes: call it on a worker thread.
class ImageBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Runtime::ImageBuilder)

public:
    using Progress = std::function<void(const ImageBuildProgress &)>;

    // The tar (as large as the image) is written under `workDirectory`, and removed.
    ImageBuilder(ContainerRuntime &runtime, ImageRecipe recipe, QString workDirectory);

    Result<ImageInfo> build(const Progress &progress, const std::atomic_bool *cancel = nullptr);

    // mmdebstrap's arguments for the recipe, writing the tar to `output`.
    static QStringList mmdebstrapArguments(const ImageRecipe &recipe, const QString &output);

private:
    Result<void> makeRootFileSystem(const QString &output);
    Result<void> import(const QString &tar);
    void report(int percent, const QString &stage, const QString &line = {});

    ContainerRuntime &m_runtime;
    ImageRecipe m_recipe;
    QString m_workDirectory;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    ImageBuildProgress m_last;
};

} // namespace BuildDeck::Runtime

Q_DECLARE_METATYPE(BuildDeck::Runtime::ImageBuildProgress)
