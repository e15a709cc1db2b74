#include "stringmakers.h"

#include "support/result.h"

#include <memory>

using namespace BuildDeck;

namespace {

Result<int> parsePositive(int value)
{
    if (value <= 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is not positive").arg(value));
    return value;
}

} // namespace

TEST_CASE("Result carries a value or an error", "[support]")
{
    const Result<int> good = parsePositive(3);
    REQUIRE(good.has_value());
    REQUIRE(static_cast<bool>(good));
    CHECK(good.value() == 3);
    CHECK(*good == 3);
    CHECK(good.value_or(7) == 3);

    const Result<int> bad = parsePositive(-1);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == ErrorCode::InvalidArgument);
    CHECK(bad.error().message == QStringLiteral("-1 is not positive"));
    CHECK(bad.value_or(7) == 7);
}

TEST_CASE("Result holds move-only values", "[support]")
{
    Result<std::unique_ptr<int>> result(std::make_unique<int>(5));
    REQUIRE(result);
    std::unique_ptr<int> taken = std::move(result).value();
    CHECK(*taken == 5);
}

TEST_CASE("Result<void> reports success or an error", "[support]")
{
    const Result<void> ok;
    CHECK(ok.has_value());
    const Result<void> failed = makeError(ErrorCode::Io, QStringLiteral("disk full"));
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Io);
    CHECK(errorCodeName(failed.error().code) == QStringLiteral("io"));
}
