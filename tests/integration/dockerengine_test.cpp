#include "engine.h"
#include "stringmakers.h"

#include "runtime/dockerengineruntime.h"
#include "runtime/enginelocator.h"
#include "runtime/imagecatalog.h"

#include <QVersionNumber>

using namespace BuildDeck;
using namespace BuildDeck::Runtime;

namespace {

std::unique_ptr<ContainerRuntime> connectToEngine()
{
    Result<EngineConnection> connection = EngineLocator::connect(*EngineLocator::candidates({}));
    REQUIRE(connection);
    return std::move(connection.value().runtime);
}

} // namespace

TEST_CASE("The engine client reads the real engine's version and settles the API version", "[docker]")
{
    if (!requireEngine())
        return;
    std::unique_ptr<ContainerRuntime> runtime = connectToEngine();
    REQUIRE(runtime->ping());

    const Result<EngineInfo> info = runtime->version();
    REQUIRE(info);
    CHECK((info->name == QStringLiteral("Docker Engine") || info->name == QStringLiteral("Podman")));
    CHECK_FALSE(info->version.isEmpty());
    CHECK(info->os == QStringLiteral("linux"));
    CHECK(info->endpoint == runtime->endpoint().url());
    const QVersionNumber used = QVersionNumber::fromString(info->usedApiVersion);
    CHECK(used <= QVersionNumber::fromString(info->apiVersion));
    CHECK(used >= QVersionNumber::fromString(info->minApiVersion));
    CHECK(used <= QVersionNumber(1, 41));
}

TEST_CASE("The engine client inspects images and says when one is missing", "[docker]")
{
    if (!requireEngine())
        return;
    std::unique_ptr<ContainerRuntime> runtime = connectToEngine();

    const Result<ImageInfo> standard = runtime->inspectImage(QString::fromLatin1(defaultImage()));
    REQUIRE(standard);
    CHECK(standard->id.startsWith(QStringLiteral("sha256:")));
    CHECK(standard->repoTags.contains(QString::fromLatin1(defaultImage())));
    CHECK(standard->os == QStringLiteral("linux"));
    CHECK(standard->size > 0);

    const Result<ImageInfo> missing = runtime->inspectImage(QStringLiteral("builddeck/no-such-image:0"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("builddeck/no-such-image:0")));

    const Result<QList<ImageInfo>> images = runtime->listImages();
    REQUIRE(images);
    const auto listed = std::find_if(images->cbegin(), images->cend(),
                                     [&](const ImageInfo &image) { return image.id == standard->id; });
    REQUIRE(listed != images->cend());
    CHECK(listed->repoTags.contains(QString::fromLatin1(defaultImage())));
    CHECK(listed->size > 0);
    CHECK_FALSE(listed->created.isEmpty());

    const Result<QStringList> names = ImageCatalog::names(*runtime);
    REQUIRE(names);
    CHECK(names->contains(QString::fromLatin1(defaultImage())));
    CHECK_FALSE(names->contains(QStringLiteral("<none>:<none>")));
}

TEST_CASE("A dead endpoint fails at once with a message naming it", "[docker]")
{
    DockerEngineRuntime runtime(
        EngineEndpoint::unixSocket(QStringLiteral("/nonexistent/engine.sock"), QStringLiteral("--engine")));
    const Result<void> ping = runtime.ping();
    REQUIRE_FALSE(ping);
    CHECK(ping.error().code == ErrorCode::Unavailable);
    CHECK(ping.error().message.contains(QStringLiteral("unix:///nonexistent/engine.sock")));

    const Result<ImageInfo> image = runtime.inspectImage(QStringLiteral("debian:12"));
    REQUIRE_FALSE(image);
    CHECK(image.error().code == ErrorCode::Unavailable);
}
