#include "scopedenv.h"
#include "stringmakers.h"

#include "runtime/engineendpoint.h"

using namespace BuildDeck;
using namespace BuildDeck::Runtime;

TEST_CASE("Engine endpoints parse from unix sockets and bare paths", "[runtime]")
{
    const Result<EngineEndpoint> unixUrl =
        EngineEndpoint::parse(QStringLiteral("unix:///run/x/../docker.sock"), QStringLiteral("--engine"));
    REQUIRE(unixUrl);
    CHECK(unixUrl->transport == EngineEndpoint::Transport::Unix);
    CHECK(unixUrl->socketPath == QStringLiteral("/run/docker.sock"));
    CHECK(unixUrl->url() == QStringLiteral("unix:///run/docker.sock"));
    CHECK(unixUrl->baseUrl() == QStringLiteral("http://docker"));
    CHECK(unixUrl->origin == QStringLiteral("--engine"));

    const Result<EngineEndpoint> bare =
        EngineEndpoint::parse(QStringLiteral("/var/run/docker.sock"), QStringLiteral("DOCKER_HOST"));
    REQUIRE(bare);
    CHECK(bare->url() == QStringLiteral("unix:///var/run/docker.sock"));
}

TEST_CASE("Engine endpoints parse tcp addresses with the docker CLI's TLS rules", "[runtime]")
{
    const ScopedEnv noVerify("DOCKER_TLS_VERIFY", QByteArray());
    const ScopedEnv noTls("DOCKER_TLS", QByteArray());

    SECTION("plain tcp defaults to port 2375")
    {
        const Result<EngineEndpoint> endpoint =
            EngineEndpoint::parse(QStringLiteral("tcp://build-host"), QStringLiteral("--engine"));
        REQUIRE(endpoint);
        CHECK(endpoint->transport == EngineEndpoint::Transport::Tcp);
        CHECK(endpoint->port == 2375);
        CHECK_FALSE(endpoint->tls);
        CHECK(endpoint->baseUrl() == QStringLiteral("http://build-host:2375"));
    }
    SECTION("DOCKER_TLS_VERIFY turns on TLS with verification and port 2376")
    {
        const ScopedEnv verify("DOCKER_TLS_VERIFY", "0"); // any non-empty value means verify
        const ScopedEnv certs("DOCKER_CERT_PATH", "/etc/builddeck-certs");
        const Result<EngineEndpoint> endpoint =
            EngineEndpoint::parse(QStringLiteral("tcp://10.0.0.5"), QStringLiteral("DOCKER_HOST"));
        REQUIRE(endpoint);
        CHECK(endpoint->tls);
        CHECK(endpoint->tlsVerify);
        CHECK(endpoint->port == 2376);
        CHECK(endpoint->certPath == QStringLiteral("/etc/builddeck-certs"));
        CHECK(endpoint->baseUrl() == QStringLiteral("https://10.0.0.5:2376"));
    }
    SECTION("an explicit port is kept")
    {
        const Result<EngineEndpoint> endpoint =
            EngineEndpoint::parse(QStringLiteral("tcp://127.0.0.1:12375"), QStringLiteral("--engine"));
        REQUIRE(endpoint);
        CHECK(endpoint->url() == QStringLiteral("tcp://127.0.0.1:12375"));
    }
}

TEST_CASE("Bad engine addresses are refused with the setting to fix and the form to use", "[runtime]")
{
    const auto refused = [](const QString &text) {
        const Result<EngineEndpoint> endpoint = EngineEndpoint::parse(text, QStringLiteral("BUILDDECK_ENGINE"));
        REQUIRE_FALSE(endpoint);
        CHECK(endpoint.error().code == ErrorCode::InvalidArgument);
        CHECK(endpoint.error().message.startsWith(QStringLiteral("BUILDDECK_ENGINE")));
        return endpoint.error().message;
    };
    CHECK(refused(QStringLiteral("ftp://host")).contains(QStringLiteral("tcp://host:port")));
    CHECK(refused(QStringLiteral("unix://relative.sock")).contains(QStringLiteral("absolute")));
    CHECK(refused(QStringLiteral("ssh://me@host")).contains(QStringLiteral("ssh -N -L")));
    CHECK(refused(QStringLiteral("tcp://host/path")).contains(QStringLiteral("path")));
    CHECK(refused(QStringLiteral("   ")).contains(QStringLiteral("empty")));
    CHECK(refused(QStringLiteral("unix:///") + QString(120, QLatin1Char('s'))).contains(QStringLiteral("107")));
}
