// Test helper: updates one project over and over, printing each revision once it is committed,
// until it is killed. Used to check that a kill during a write leaves the store intact.
//   store_writer DATA_DIR PROJECT_NAME

#include "history/database.h"
#include "project/projectstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace BuildDeck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    Result<History::Database> database = History::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!database)
        return 1;
    Projects::ProjectStore store(std::move(database).value());
    Result<Projects::ProjectRecord> record = store.get(QString::fromLocal8Bit(argv[2]));
    if (!record)
        return 1;
    Projects::Project project = record->project;
    for (long revision = 1;; ++revision) {
        project.description = QStringLiteral("revision %1").arg(revision);
        // A large member makes each write long enough for the kill to land inside one.
        project.environment.environmentVariables = {{QStringLiteral("PADDING"), QString(200000, QLatin1Char('x')), {}}};
        if (!store.update(project))
            return 1;
        std::printf("%ld\n", revision);
        std::fflush(stdout);
    }
}
