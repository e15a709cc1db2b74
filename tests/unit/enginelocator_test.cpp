#include "scopedenv.h"
#include "stringmakers.h"

#include "runtime/enginelocator.h"

#include <QTemporaryDir>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace BuildDeck;
using namespace BuildDeck::Runtime;

namespace {

QStringList urls(const QList<EngineEndpoint> &endpoints)
{
    QStringList result;
    for (const EngineEndpoint &endpoint : endpoints)
        result.append(endpoint.url() + QStringLiteral(" (") + endpoint.origin + QLatin1Char(')'));
    return result;
}

// A TCP port on the loopback address that accepts connections (the kernel completes them) but
// never answers: an engine that hangs.
class SilentServer
{
public:
    SilentServer()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_fd, 8);
        socklen_t length = sizeof address;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
    }
    ~SilentServer() { ::close(m_fd); }
    SilentServer(const SilentServer &) = delete;
    SilentServer &operator=(const SilentServer &) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace

TEST_CASE("Engine candidates follow --engine, BUILDDECK_ENGINE, DOCKER_HOST, then the default sockets", "[runtime]")
{
    const ScopedEnv engine("BUILDDECK_ENGINE", "unix:///tmp/from-builddeck-engine.sock");
    const ScopedEnv dockerHost("DOCKER_HOST", "tcp://127.0.0.1:2999");
    const ScopedEnv runtimeDir("XDG_RUNTIME_DIR", "/run/user/1000");

    SECTION("--engine wins")
    {
        const auto candidates = EngineLocator::candidates(QStringLiteral("unix:///tmp/option.sock"));
        REQUIRE(candidates);
        CHECK(urls(*candidates) == QStringList{QStringLiteral("unix:///tmp/option.sock (--engine)")});
    }
    SECTION("then BUILDDECK_ENGINE")
    {
        const auto candidates = EngineLocator::candidates({});
        REQUIRE(candidates);
        CHECK(urls(*candidates) ==
              QStringList{QStringLiteral("unix:///tmp/from-builddeck-engine.sock (BUILDDECK_ENGINE)")});
    }
    SECTION("then DOCKER_HOST")
    {
        const ScopedEnv unset("BUILDDECK_ENGINE", QByteArray());
        const auto candidates = EngineLocator::candidates({});
        REQUIRE(candidates);
        CHECK(urls(*candidates) == QStringList{QStringLiteral("tcp://127.0.0.1:2999 (DOCKER_HOST)")});
    }
    SECTION("then the Docker socket and the Podman sockets, in order")
    {
        const ScopedEnv unsetEngine("BUILDDECK_ENGINE", QByteArray());
        const ScopedEnv unsetHost("DOCKER_HOST", QByteArray());
        const auto candidates = EngineLocator::candidates({});
        REQUIRE(candidates);
        CHECK(urls(*candidates) == QStringList{
                                       QStringLiteral("unix:///var/run/docker.sock (default)"),
                                       QStringLiteral("unix:///run/user/1000/podman/podman.sock (default)"),
                                       QStringLiteral("unix:///run/podman/podman.sock (default)"),
                                   });
    }
    SECTION("a bad named engine is an error naming its setting")
    {
        const auto candidates = EngineLocator::candidates(QStringLiteral("http//oops"));
        REQUIRE_FALSE(candidates);
        CHECK(candidates.error().message.startsWith(QStringLiteral("--engine")));
    }
}

TEST_CASE("When no engine answers, the error names every endpoint tried and how to start one", "[runtime]")
{
    QTemporaryDir temp;
    SilentServer silent;
    const QList<EngineEndpoint> candidates{
        EngineEndpoint::unixSocket(temp.filePath(QStringLiteral("missing.sock")), QStringLiteral("default")),
        *EngineEndpoint::parse(QStringLiteral("tcp://127.0.0.1:%1").arg(silent.port()), QStringLiteral("--engine")),
    };

    const Result<EngineConnection> connection = EngineLocator::connect(candidates, std::chrono::milliseconds(1500));
    REQUIRE_FALSE(connection);
    const QString message = connection.error().message;
    CHECK(connection.error().code == ErrorCode::Unavailable);
    CHECK(message.contains(candidates.at(0).url()));
    CHECK(message.contains(QStringLiteral("no socket at")));
    CHECK(message.contains(candidates.at(1).url()));
    CHECK(message.contains(QStringLiteral("no answer within")));
    CHECK(message.contains(QStringLiteral("dockerd")));
    CHECK(message.contains(QStringLiteral("--engine")));
}
