#include "stringmakers.h"

#include "engine/buildstore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <thread>

using namespace BuildDeck;
using namespace BuildDeck::Engine;

namespace {

History::Database openDatabase(const QTemporaryDir &dir)
{
    Result<History::Database> database = History::Database::open(dir.path());
    REQUIRE(database);
    return std::move(database).value();
}

BuildRecord draft(const QString &project, const QDateTime &start, Status status = Status::InProgress)
{
    BuildRecord record;
    record.projectName = project;
    record.startTime = start;
    record.buildStatus = status;
    record.phases = {{PhaseType::Submitted, Status::Succeeded, start, start, {}}};
    return record;
}

} // namespace

TEST_CASE("A failed build's record has the shape of the reference's Appendix A", "[build][record]")
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    BuildRecord record;
    record.id = QStringLiteral("demo:2f1c0000-0000-0000-0000-000000000000");
    record.buildNumber = 7;
    record.projectName = QStringLiteral("demo");
    record.startTime = start;
    record.endTime = start.addSecs(42);
    record.buildStatus = Status::Failed;
    record.buildComplete = true;
    const QList<PhaseType> order{PhaseType::Submitted,      PhaseType::Queued,    PhaseType::Provisioning,
                                 PhaseType::DownloadSource, PhaseType::Install,   PhaseType::PreBuild,
                                 PhaseType::Build,          PhaseType::PostBuild, PhaseType::UploadArtifacts,
                                 PhaseType::Finalizing};
    QDateTime at = start;
    for (const PhaseType type : order) {
        BuildPhase phase{
            type, type == PhaseType::Build ? Status::Failed : Status::Succeeded, at, at.addMSecs(1500), {}};
        if (type >= PhaseType::Provisioning) {
            phase.contexts = {
                type == PhaseType::Build
                    ? PhaseContext{QStringLiteral("COMMAND_EXECUTION_ERROR"),
                                   QStringLiteral("Error while executing command: make test. Reason: exit status 2")}
                    : PhaseContext{}};
        }
        record.phases.append(phase);
        at = at.addMSecs(1500);
    }
    record.phases.append({PhaseType::Completed, std::nullopt, at, {}, {}});
    record.configuration.insert(QStringLiteral("environment"),
                                QJsonObject{{QStringLiteral("image"), QStringLiteral("builddeck/standard:1.0")}});

    const QJsonObject json = record.toJson();
    CHECK(json.value(QStringLiteral("arn")).toString() ==
          QStringLiteral("arn:aws:codebuild:us-east-1:000000000000:build/demo:2f1c0000-0000-0000-0000-000000000000"));
    CHECK(json.value(QStringLiteral("buildNumber")).toInt() == 7);
    CHECK(json.value(QStringLiteral("buildStatus")).toString() == QStringLiteral("FAILED"));
    CHECK(json.value(QStringLiteral("currentPhase")).toString() == QStringLiteral("COMPLETED"));
    CHECK(json.value(QStringLiteral("buildComplete")).toBool());
    CHECK(json.value(QStringLiteral("startTime")).toDouble() == 1700000000.0);
    CHECK(json.value(QStringLiteral("logs")).toObject().value(QStringLiteral("groupName")).toString() ==
          QStringLiteral("/aws/codebuild/demo"));
    const QJsonArray phases = json.value(QStringLiteral("phases")).toArray();
    REQUIRE(phases.size() == 11);
    CHECK(phases.at(6).toObject().value(QStringLiteral("phaseType")).toString() == QStringLiteral("BUILD"));
    CHECK(phases.at(6).toObject().value(QStringLiteral("phaseStatus")).toString() == QStringLiteral("FAILED"));
    CHECK(phases.at(6).toObject().value(QStringLiteral("durationInSeconds")).toInt() == 1);
    CHECK(phases.at(6)
              .toObject()
              .value(QStringLiteral("contexts"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("statusCode")) == QStringLiteral("COMMAND_EXECUTION_ERROR"));
    CHECK_FALSE(phases.at(0).toObject().contains(QStringLiteral("contexts"))); // SUBMITTED has none
    const QJsonObject completed = phases.at(10).toObject();
    CHECK(completed.keys() == QStringList{QStringLiteral("phaseType"), QStringLiteral("startTime")});
    CHECK(json.value(QStringLiteral("environment")).toObject().value(QStringLiteral("image")) ==
          QStringLiteral("builddeck/standard:1.0"));

    CHECK(BuildRecord::fromJson(json) == record);
}

TEST_CASE("Build numbers count from 1 per project and records are found by id", "[build][store]")
{
    QTemporaryDir dir;
    BuildStore store(openDatabase(dir));
    QSignalSpy created(&store, &BuildStore::buildCreated);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const Result<BuildRecord> a1 = store.create(draft(QStringLiteral("a"), start));
    const Result<BuildRecord> b1 = store.create(draft(QStringLiteral("b"), start));
    const Result<BuildRecord> a2 = store.create(draft(QStringLiteral("a"), start.addSecs(1)));
    REQUIRE(a1);
    REQUIRE(b1);
    REQUIRE(a2);
    CHECK(a1->buildNumber == 1);
    CHECK(b1->buildNumber == 1);
    CHECK(a2->buildNumber == 2);
    CHECK(a1->id.startsWith(QStringLiteral("a:")));
    CHECK(a1->uuid().size() == 36);
    CHECK(created.count() == 3);

    BuildRecord finished = *a1;
    finished.buildStatus = Status::Succeeded;
    finished.buildComplete = true;
    finished.endTime = start.addSecs(5);
    REQUIRE(store.save(finished));
    CHECK(*store.get(a1->id) == finished);

    const auto found = store.get(QStringList{a2->id, QStringLiteral("a:missing"), a1->id});
    REQUIRE(found);
    REQUIRE(found->first.size() == 2);
    CHECK(found->first.at(0).id == a2->id);
    CHECK(found->second == QStringList{QStringLiteral("a:missing")});
    CHECK(store.save(draft(QStringLiteral("a"), start)).error().code == ErrorCode::NotFound);
}

TEST_CASE("Builds are listed by project, status and time, newest first, a page at a time", "[build][store]")
{
    QTemporaryDir dir;
    BuildStore store(openDatabase(dir));
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    for (int i = 0; i < 30; ++i) {
        REQUIRE(store.create(draft(i % 3 == 0 ? QStringLiteral("web") : QStringLiteral("api"), start.addSecs(i * 60),
                                   i % 5 == 0 ? Status::Failed : Status::Succeeded)));
    }
    BuildQuery all;
    CHECK(*store.count(all) == 30);
    const QList<BuildRecord> newest = *store.query(all);
    REQUIRE(newest.size() == 30);
    CHECK(newest.first().startTime == start.addSecs(29 * 60));
    CHECK(newest.last().startTime == start);

    BuildQuery web;
    web.project = QStringLiteral("web");
    CHECK(*store.count(web) == 10);
    web.limit = 4;
    web.offset = 4;
    const QList<BuildRecord> page = *store.query(web);
    REQUIRE(page.size() == 4);
    CHECK(page.at(0).buildNumber == 6);
    CHECK(page.at(3).buildNumber == 3);

    BuildQuery failed;
    failed.status = Status::Failed;
    CHECK(*store.count(failed) == 6);

    BuildQuery window;
    window.startedFrom = start.addSecs(10 * 60);
    window.startedBefore = start.addSecs(20 * 60);
    window.newestFirst = false;
    const QList<BuildRecord> inWindow = *store.query(window);
    REQUIRE(inWindow.size() == 10);
    CHECK(inWindow.first().startTime == start.addSecs(10 * 60));
}

TEST_CASE("Concurrent writers never share a build number", "[build][store]")
{
    QTemporaryDir dir;
    {
        BuildStore store(openDatabase(dir));
    }
    const int perThread = 25;
    std::vector<std::thread> threads;
    std::vector<QList<int>> numbers(3);
    for (int t = 0; t < 3; ++t) {
        threads.emplace_back([&, t] {
            Result<History::Database> database = History::Database::open(dir.path());
            if (!database)
                return;
            BuildStore store(std::move(database).value());
            for (int i = 0; i < perThread; ++i) {
                const Result<BuildRecord> record =
                    store.create(draft(QStringLiteral("shared"), QDateTime::currentDateTimeUtc()));
                if (record)
                    numbers[size_t(t)].append(record->buildNumber);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QList<int> all;
    for (const QList<int> &list : numbers)
        all += list;
    std::sort(all.begin(), all.end());
    QList<int> expected;
    for (int i = 1; i <= 3 * perThread; ++i)
        expected.append(i);
    CHECK(all == expected);
}

TEST_CASE("Builds are found by text, sorted by other keys, and forgotten with their project", "[build][store]")
{
    QTemporaryDir dir;
    BuildStore store(openDatabase(dir));
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    BuildRecord first = draft(QStringLiteral("web"), start);
    first.sourceVersion = QStringLiteral("feature/Login");
    first.initiator = QStringLiteral("alice");
    const Result<BuildRecord> web = store.create(first);
    BuildRecord second = draft(QStringLiteral("api"), start.addSecs(60));
    second.initiator = QStringLiteral("bob");
    REQUIRE(web);
    REQUIRE(store.create(second));
    BuildRecord done = *web;
    done.complete(Status::Succeeded, start.addSecs(300));
    REQUIRE(store.save(done));

    const auto names = [&](const BuildQuery &query) {
        QStringList found;
        const Result<QList<BuildRecord>> records = store.query(query);
        REQUIRE(records);
        for (const BuildRecord &record : *records)
            found.append(record.projectName);
        return found;
    };
    BuildQuery query;
    query.text = QStringLiteral("LOGIN");
    CHECK(names(query) == QStringList{QStringLiteral("web")});
    query.text = QStringLiteral("bob");
    CHECK(names(query) == QStringList{QStringLiteral("api")});
    CHECK(store.count(query).value() == 1);
    query.text = QStringLiteral("web:");
    CHECK(names(query) == QStringList{QStringLiteral("web")});

    // Builds stored before the search column existed are found once the schema is migrated.
    {
        QSqlQuery sql(openDatabase(dir).connection());
        REQUIRE(sql.exec(QStringLiteral("ALTER TABLE builds DROP COLUMN search_text")));
        REQUIRE(sql.exec(QStringLiteral("DROP TABLE secrets")));                               // schema 5's
        for (const char *table : {"report_groups", "reports", "test_cases", "code_coverages"}) // schema 6's
            REQUIRE(sql.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table)));
        REQUIRE(sql.exec(QStringLiteral("PRAGMA user_version = 3")));
    }
    BuildStore migrated(openDatabase(dir));
    query.text = QStringLiteral("login");
    CHECK(migrated.count(query).value() == 1);
    query.text = QStringLiteral("BOB");
    CHECK(migrated.count(query).value() == 1);

    BuildQuery sorted;
    sorted.sortBy = BuildQuery::SortKey::Project;
    sorted.newestFirst = false;
    CHECK(names(sorted) == QStringList{QStringLiteral("api"), QStringLiteral("web")});
    sorted.sortBy = BuildQuery::SortKey::Duration; // the running build lasts longest
    CHECK(names(sorted) == QStringList{QStringLiteral("web"), QStringLiteral("api")});

    QSignalSpy changed(&store, &BuildStore::changed);
    CHECK(store.removeAll(QStringLiteral("web")).value() == 1);
    CHECK(changed.count() == 1);
    CHECK(names({}) == QStringList{QStringLiteral("api")});

    // Another process's write shows on the next poll.
    store.poll();
    changed.clear();
    store.poll();
    CHECK(changed.isEmpty());
    bool written = false;
    std::thread writer([&] { // a connection of its own, as another process has
        BuildStore other(openDatabase(dir));
        written = bool(other.create(draft(QStringLiteral("api"), start.addSecs(120))));
    });
    writer.join();
    REQUIRE(written);
    store.poll();
    CHECK(changed.count() == 1);
}
