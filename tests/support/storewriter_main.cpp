// Test helper: writes to the store over and over, printing each revision once it is committed,
// until it is killed. Used to check that a kill during a write leaves the store intact.
//   store_writer DATA_DIR PROJECT_NAME          updates the project
//   store_writer DATA_DIR PROJECT_NAME builds   creates builds of it, and saves each as it ends

#include "engine/buildrunner.h"
#include "engine/buildstore.h"
#include "history/database.h"
#include "project/projectstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace BuildDeck;

namespace {

// A large member makes each write long enough for the kill to land inside one.
QString padding()
{
    return QString(200000, QLatin1Char('x'));
}

int updateProject(History::Database database, const QString &name)
{
    Projects::ProjectStore store(std::move(database));
    Result<Projects::ProjectRecord> record = store.get(name);
    if (!record)
        return 1;
    Projects::Project project = record->project;
    for (long revision = 1;; ++revision) {
        project.description = QStringLiteral("revision %1").arg(revision);
        project.environment.environmentVariables = {{QStringLiteral("PADDING"), padding(), {}}};
        if (!store.update(project))
            return 1;
        std::printf("%ld\n", revision);
        std::fflush(stdout);
    }
}

// Prints "<build number> <build id>" once the build's final record is committed.
int writeBuilds(History::Database database, const QString &name)
{
    Projects::ProjectStore projects(database);
    Result<Projects::ProjectRecord> project = projects.get(name);
    if (!project)
        return 1;
    Engine::BuildStore builds(std::move(database));
    for (;;) {
        Result<Engine::BuildRecord> record = Engine::BuildRunner::submit(builds, project->project, {});
        if (!record)
            return 1;
        const QDateTime end = QDateTime::currentDateTimeUtc();
        record->phases.append({Engine::PhaseType::Build,
                               Engine::Status::Failed,
                               record->startTime,
                               end,
                               {{QStringLiteral("COMMAND_EXECUTION_ERROR"), padding()}}});
        record->complete(Engine::Status::Failed, end);
        if (!builds.save(*record))
            return 1;
        std::printf("%d %s\n", record->buildNumber, qPrintable(record->id));
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3 && argc != 4)
        return 2;
    Result<History::Database> database = History::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!database)
        return 1;
    const QString name = QString::fromLocal8Bit(argv[2]);
    return argc == 4 ? writeBuilds(std::move(database).value(), name)
                     : updateProject(std::move(database).value(), name);
}
