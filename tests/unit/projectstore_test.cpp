#include "processrunner.h"
#include "stringmakers.h"
#include "testconfig.h"

#include "history/database.h"
#include "project/projectstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <thread>

using namespace BuildDeck;
using namespace BuildDeck::Projects;

namespace {

Projects::Project makeProject(const QString &name)
{
    Projects::Project project;
    project.name = name;
    project.source.type = QStringLiteral("NO_SOURCE");
    project.source.buildspec = QStringLiteral("version: 0.2\nphases:\n  build:\n    commands: [make]\n");
    project.artifacts.type = QStringLiteral("NO_ARTIFACTS");
    project.environment.type = QStringLiteral("LINUX_CONTAINER");
    project.environment.image = QStringLiteral("builddeck/standard:1.0");
    project.environment.computeType = QStringLiteral("BUILD_GENERAL1_SMALL");
    return project;
}

History::Database openDatabase(const QTemporaryDir &dir)
{
    Result<History::Database> database = History::Database::open(dir.path());
    REQUIRE(database);
    return std::move(database).value();
}

} // namespace

TEST_CASE("The project store creates, reads, updates, lists and deletes, and says so", "[project][store]")
{
    QTemporaryDir dir;
    ProjectStore store(openDatabase(dir));
    QSignalSpy created(&store, &ProjectStore::projectCreated);
    QSignalSpy updated(&store, &ProjectStore::projectUpdated);
    QSignalSpy deleted(&store, &ProjectStore::projectDeleted);
    QSignalSpy changed(&store, &ProjectStore::changed);

    const Result<ProjectRecord> first = store.create(makeProject(QStringLiteral("beta")));
    REQUIRE(first);
    CHECK(first->project == makeProject(QStringLiteral("beta")));
    CHECK(first->created.isValid());
    CHECK(first->created == first->lastModified);
    REQUIRE(store.create(makeProject(QStringLiteral("alpha"))));
    CHECK(created.count() == 2);
    CHECK(created.at(0).at(0).toString() == QStringLiteral("beta"));

    const Result<ProjectRecord> duplicate = store.create(makeProject(QStringLiteral("alpha")));
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().code == ErrorCode::InvalidArgument);
    CHECK(duplicate.error().message.contains(QStringLiteral("already exists")));

    Projects::Project changedProject = makeProject(QStringLiteral("alpha"));
    changedProject.description = QStringLiteral("now described");
    const Result<ProjectRecord> after = store.update(changedProject);
    REQUIRE(after);
    CHECK(after->project.description == QStringLiteral("now described"));
    CHECK(after->lastModified >= after->created);
    CHECK(updated.count() == 1);

    // The name is the identity: updating a name that does not exist is an error, not a rename.
    const Result<ProjectRecord> renamed = store.update(makeProject(QStringLiteral("gamma")));
    REQUIRE_FALSE(renamed);
    CHECK(renamed.error().code == ErrorCode::NotFound);

    const Result<QList<ProjectRecord>> all = store.list();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).project.name == QStringLiteral("alpha"));
    CHECK(all->at(1).project.name == QStringLiteral("beta"));

    REQUIRE(store.remove(QStringLiteral("beta")));
    CHECK(deleted.count() == 1);
    CHECK(store.get(QStringLiteral("beta")).error().code == ErrorCode::NotFound);
    CHECK(store.remove(QStringLiteral("beta")).error().code == ErrorCode::NotFound);
    CHECK(changed.count() == 4);
}

TEST_CASE("The project store refuses a project that breaks a rule", "[project][store]")
{
    QTemporaryDir dir;
    ProjectStore store(openDatabase(dir));
    Projects::Project bad = makeProject(QStringLiteral("x y"));
    const Result<ProjectRecord> result = store.create(bad);
    REQUIRE_FALSE(result);
    CHECK(result.error().message.startsWith(QStringLiteral("name:")));
    CHECK(store.list()->isEmpty());
}

TEST_CASE("Projects persist and other processes' changes are seen on the next poll", "[project][store]")
{
    QTemporaryDir dir;
    {
        ProjectStore store(openDatabase(dir));
        REQUIRE(store.create(makeProject(QStringLiteral("kept"))));
    }
    ProjectStore store(openDatabase(dir));
    REQUIRE(store.get(QStringLiteral("kept")));

    QSignalSpy changed(&store, &ProjectStore::changed);
    store.poll();
    CHECK(changed.isEmpty());

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BUILDDECK_DATA_DIR"), dir.path());
    const ProcessResult deleted =
        runProgram(QStringLiteral(BUILDDECK_BIN_DIR "/builddeck-cli"),
                   {QStringLiteral("delete-project"), QStringLiteral("--name"), QStringLiteral("kept")}, environment);
    REQUIRE(deleted.exitCode == 0);
    store.poll();
    CHECK(changed.count() == 1);
    CHECK(store.get(QStringLiteral("kept")).error().code == ErrorCode::NotFound);
}

TEST_CASE("The database schema is versioned and a newer one is refused", "[project][store]")
{
    QTemporaryDir dir;
    {
        const History::Database database = openDatabase(dir);
        QSqlQuery query(database.connection());
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == History::Database::schemaVersion);
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QStringLiteral("wal"));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    // Opening again in another thread gets a fresh connection, as another process would.
    Result<History::Database> newer = makeError(ErrorCode::Internal, {});
    std::thread([&] { newer = History::Database::open(dir.path()); }).join();
    REQUIRE_FALSE(newer);
    CHECK(newer.error().message.contains(QStringLiteral("999")));
}
