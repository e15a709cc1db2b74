#pragma once

#include "imagebuilder.h"
#include "imagerecipe.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace BuildDeck::Runtime {

class EngineMonitor;

// The default build image on the engine BuildDeck is connected to: whether the engine has it,
// and making it from its recipe when it does not. Engine calls and the build run on worker
// threads; progress and state arrive on the owner's thread.
class DefaultImage final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefaultImage)

public:
    enum class State
    {
        Unknown,  // not asked yet, or no engine
        Present,  // the engine has it
        Missing,  // the engine has no image of that name
        Building, // being made
        Failed,   // the build failed, or the recipe cannot be read: see failure()
    };
    Q_ENUM(State)

    // `recipeFile`: ImageRecipe::defaultFile() in the application; `workDirectory` holds the
    // root file system while it is imported.
    DefaultImage(const EngineMonitor &engine, const QString &recipeFile, QString workDirectory,
                 QObject *parent = nullptr);
    ~DefaultImage() override;

    State state() const { return m_state; }
    QString reference() const { return m_recipe.reference(); }
    QString failure() const { return m_failure; }
    ImageBuildProgress progress() const { return m_progress; }

public Q_SLOTS:
    // Asks the connected engine whether it has the image.
    void check();
    // Makes the image (again, when the engine has it); needs a connected engine.
    void build();
    void cancel();

Q_SIGNALS:
    void stateChanged(BuildDeck::Runtime::DefaultImage::State state);
    void progressChanged(const BuildDeck::Runtime::ImageBuildProgress &progress);

private:
    void setState(State state, const QString &failure = {});
    void engineChanged();

    const EngineMonitor &m_engine;
    ImageRecipe m_recipe;
    QString m_workDirectory;
    State m_state = State::Unknown;
    QString m_failure;
    ImageBuildProgress m_progress;
    QFutureWatcher<Result<ImageInfo>> m_check;
    QFutureWatcher<Result<ImageInfo>> m_build;
    std::atomic_bool m_cancel = false;
};

} // namespace BuildDeck::Runtime
