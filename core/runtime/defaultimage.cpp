#include "defaultimage.h"

#include "dockerengineruntime.h"
#include "enginemonitor.h"

#include <QPointer>
#include <QtConcurrent>

namespace BuildDeck::Runtime {

namespace {

Result<DockerEngineRuntime *> openRuntime(std::unique_ptr<DockerEngineRuntime> &runtime, const QString &endpoint)
{
    const Result<EngineEndpoint> parsed =
        EngineEndpoint::parse(endpoint, QCoreApplication::translate("BuildDeck::Runtime::DefaultImage", "the engine"));
    if (!parsed)
        return parsed.error();
    runtime = std::make_unique<DockerEngineRuntime>(*parsed);
    return runtime.get();
}

} // namespace

DefaultImage::DefaultImage(const EngineMonitor &engine, const QString &recipeFile, QString workDirectory,
                           QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_workDirectory(std::move(workDirectory))
{
    qRegisterMetaType<ImageBuildProgress>();
    if (const Result<ImageRecipe> recipe = ImageRecipe::load(recipeFile))
        m_recipe = *recipe;
    else
        setState(State::Failed, recipe.error().message);

    connect(&engine, &EngineMonitor::statusChanged, this, &DefaultImage::engineChanged);
    connect(&m_check, &QFutureWatcher<Result<ImageInfo>>::finished, this, [this] {
        const Result<ImageInfo> image = m_check.result();
        if (m_state == State::Building)
            return;
        if (image)
            setState(State::Present);
        else if (image.error().code == ErrorCode::NotFound)
            setState(State::Missing);
        else
            setState(State::Unknown);
    });
    connect(&m_build, &QFutureWatcher<Result<ImageInfo>>::finished, this, [this] {
        const Result<ImageInfo> image = m_build.result();
        if (image)
            setState(State::Present);
        else
            setState(State::Failed, image.error().message);
    });
}

DefaultImage::~DefaultImage()
{
    m_cancel = true;
    m_check.waitForFinished();
    m_build.waitForFinished();
}

void DefaultImage::engineChanged()
{
    if (m_engine.status().isConnected())
        check();
    else if (m_state == State::Present || m_state == State::Missing)
        setState(State::Unknown);
}

void DefaultImage::check()
{
    if (m_recipe.repository.isEmpty() || m_state == State::Building || m_check.isRunning() ||
        !m_engine.status().isConnected())
        return;
    m_check.setFuture(QtConcurrent::run([endpoint = m_engine.status().info.endpoint, name = reference()] {
        std::unique_ptr<DockerEngineRuntime> runtime;
        const Result<DockerEngineRuntime *> connected = openRuntime(runtime, endpoint);
        if (!connected)
            return Result<ImageInfo>(connected.error());
        (*connected)->setRequestTimeout(std::chrono::seconds(5));
        return (*connected)->inspectImage(name);
    }));
}

void DefaultImage::build()
{
    if (m_state == State::Building)
        return;
    if (m_recipe.repository.isEmpty())
        return setState(State::Failed, m_failure);
    if (!m_engine.status().isConnected()) {
        return setState(
            State::Failed,
            tr("No container engine answers (%1); start one, then build the image.").arg(m_engine.status().error));
    }
    m_cancel = false;
    m_progress = {};
    setState(State::Building);
    const QPointer<DefaultImage> self(this);
    m_build.setFuture(QtConcurrent::run([this, self, endpoint = m_engine.status().info.endpoint] {
        std::unique_ptr<DockerEngineRuntime> runtime;
        const Result<DockerEngineRuntime *> connected = openRuntime(runtime, endpoint);
        if (!connected)
            return Result<ImageInfo>(connected.error());
        ImageBuilder builder(**connected, m_recipe, m_workDirectory);
        return builder.build(
            [self](const ImageBuildProgress &progress) {
                QMetaObject::invokeMethod(
                    self,
                    [self, progress] {
                        if (!self)
                            return;
                        self->m_progress = progress;
                        Q_EMIT self->progressChanged(progress);
                    },
                    Qt::QueuedConnection);
            },
            &m_cancel);
    }));
}

void DefaultImage::cancel()
{
    m_cancel = true;
}

void DefaultImage::setState(State state, const QString &failure)
{
    m_failure = failure;
    if (state == m_state && state != State::Failed)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace BuildDeck::Runtime
