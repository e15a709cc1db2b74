#include "stringmakers.h"

#include "runtime/capabilities.h"

using namespace BuildDeck::Runtime;

TEST_CASE("The capabilities a bounding set lacks are named", "[runtime]")
{
    const QString status = QStringLiteral("Name:\tdockerd\nCapPrm:\t000001fffeffffff\nCapBnd:\t000001fffeffffff\n");
    CHECK(Capabilities::missing(status) == QStringList{QStringLiteral("SYS_RESOURCE")});
    CHECK(Capabilities::missing(QStringLiteral("CapBnd:\t0000003fffffffff\n")).isEmpty());
    CHECK(Capabilities::missing(QStringLiteral("CapBnd:\t0000000000000000\n")).size() == 38);
    CHECK(Capabilities::missing(QStringLiteral("CapBnd:\t00000000a80425fb\n")).contains(QStringLiteral("SYS_ADMIN")));
    CHECK(Capabilities::missing(QStringLiteral("Name:\tno bounding set here\n")).isEmpty());
}
