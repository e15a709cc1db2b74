#include "stringmakers.h"

#include "runtime/enginemonitor.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace BuildDeck;
using namespace BuildDeck::Runtime;

TEST_CASE("The engine monitor reports a lost engine and reconnects when it is back", "[runtime]")
{
    // The probe stands in for the engine: it answers while `up` is true.
    auto up = std::make_shared<std::atomic_bool>(true);
    EngineMonitor monitor([up]() -> Result<EngineInfo> {
        if (!*up)
            return makeError(ErrorCode::Unavailable, QStringLiteral("unix:///fake.sock: no socket"));
        EngineInfo info;
        info.name = QStringLiteral("Docker Engine");
        info.version = QStringLiteral("20.10.24");
        info.endpoint = QStringLiteral("unix:///fake.sock");
        return info;
    });
    monitor.setIntervals(std::chrono::milliseconds(10), std::chrono::milliseconds(10));
    QSignalSpy changes(&monitor, &EngineMonitor::statusChanged);
    QSignalSpy checks(&monitor, &EngineMonitor::checked);
    CHECK(monitor.status().state == EngineStatus::State::Unknown);

    monitor.start();
    REQUIRE(QTest::qWaitFor([&] { return changes.count() == 1; }, 10000));
    CHECK(monitor.status().isConnected());
    CHECK(monitor.status().info.version == QStringLiteral("20.10.24"));

    // Unchanged checks say nothing new.
    const int checksBefore = int(checks.count());
    REQUIRE(QTest::qWaitFor([&] { return checks.count() >= checksBefore + 3; }, 10000));
    CHECK(changes.count() == 1);

    *up = false;
    REQUIRE(QTest::qWaitFor([&] { return changes.count() == 2; }, 10000));
    CHECK(monitor.status().state == EngineStatus::State::Disconnected);
    CHECK(monitor.status().error.contains(QStringLiteral("no socket")));

    *up = true;
    REQUIRE(QTest::qWaitFor([&] { return changes.count() == 3; }, 10000));
    CHECK(monitor.status().isConnected());
    const auto last = changes.last().at(0).value<EngineStatus>();
    CHECK(last.info.name == QStringLiteral("Docker Engine"));
}

TEST_CASE("An exception thrown by the probe becomes a disconnected status", "[runtime]")
{
    EngineMonitor monitor([]() -> Result<EngineInfo> { throw std::runtime_error("probe exploded"); });
    QSignalSpy changes(&monitor, &EngineMonitor::statusChanged);
    monitor.checkNow();
    REQUIRE(QTest::qWaitFor([&] { return changes.count() == 1; }, 10000));
    CHECK(monitor.status().state == EngineStatus::State::Disconnected);
    CHECK(monitor.status().error == QStringLiteral("probe exploded"));
}
