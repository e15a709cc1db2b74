// Test helper: the History dock's model on a data directory, checked by QAbstractItemModelTester
// and refreshed over and over, as the window does while builds run, until COUNT builds have
// succeeded. It prints the most builds it showed past the queue at once ("most-running N"), then
// one line per row as shown: "<number> <project> <status>". Exit status 3: not done in 5 minutes.
//   history_observer DATA_DIR COUNT

#include "engine/buildstore.h"
#include "history/database.h"
#include "models/buildhistorymodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTimer>

#include <cstdio>

using namespace BuildDeck;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the model's icons need a GUI application, not a display
    QGuiApplication app(argc, argv);
    if (argc != 3)
        return 2;
    Result<History::Database> database = History::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!database)
        return 1;
    const int count = QByteArray(argv[2]).toInt();
    Engine::BuildStore builds(std::move(database).value());
    Ui::BuildHistoryModel model(builds);
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int mostRunning = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        model.refresh();
        while (model.canFetchMore({}))
            model.fetchMore({});
        int running = 0;
        int succeeded = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Engine::BuildRecord *record = model.record(row);
            if (record->buildStatus == Engine::Status::InProgress &&
                record->currentPhase() != Engine::PhaseType::Submitted &&
                record->currentPhase() != Engine::PhaseType::Queued)
                ++running;
            if (record->buildStatus == Engine::Status::Succeeded)
                ++succeeded;
        }
        mostRunning = std::max(mostRunning, running);
        if (succeeded == count || elapsed.elapsed() > 300000)
            app.exit(succeeded == count ? 0 : 3);
    });
    poll.start(50);
    const int status = app.exec();
    std::printf("most-running %d\n", mostRunning);
    for (int row = 0; row < model.rowCount(); ++row) {
        std::printf("%s %s %s\n", qPrintable(model.index(row, Ui::BuildHistoryModel::NumberColumn).data().toString()),
                    qPrintable(model.index(row, Ui::BuildHistoryModel::ProjectColumn).data().toString()),
                    qPrintable(model.index(row, Ui::BuildHistoryModel::StatusColumn).data().toString()));
    }
    return status;
}
