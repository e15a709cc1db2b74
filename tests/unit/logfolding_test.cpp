#include "stringmakers.h"

#include "log/logfolding.h"

#include <catch2/catch.hpp>

using namespace BuildDeck::Log;

namespace {

LogSection section(qint64 first, qint64 last, int depth, bool collapsed = false)
{
    LogSection made;
    made.first = first;
    made.last = last;
    made.depth = depth;
    made.startsCollapsed = collapsed;
    return made;
}

// Every row's line, in order.
QList<qint64> shown(const LogFolding &folding)
{
    QList<qint64> lines;
    for (qint64 row = 0; row < folding.rowCount(); ++row)
        lines.append(folding.lineAt(row));
    return lines;
}

} // namespace

TEST_CASE("Folded sections hide their lines but the header, rows and lines map both ways", "[log][fold]")
{
    // 20 lines: a phase 1-9 holding a group 3-5 that starts folded; a phase 10-19 still open.
    LogFolding folding;
    folding.update({section(1, 9, 0), section(3, 5, 1, true), section(10, -1, 0)}, 20);
    CHECK(shown(folding) == QList<qint64>{0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19});
    CHECK(folding.isHidden(4));
    CHECK_FALSE(folding.isHidden(3));
    CHECK(folding.rowOf(4) == 3); // its header
    CHECK(folding.rowOf(6) == 4);

    // Folding the outer phase hides the group too, whatever its own state.
    folding.setFolded(1, true);
    CHECK(shown(folding) == QList<qint64>{0, 1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19});
    CHECK(folding.rowOf(7) == 1);

    // The open phase grows with the log and hides what comes.
    folding.setFolded(10, true);
    folding.update({section(1, 9, 0), section(3, 5, 1, true), section(10, -1, 0)}, 25);
    CHECK(shown(folding) == QList<qint64>{0, 1, 10});

    // Revealing a line unfolds all that hide it; the group keeps its own fold.
    folding.reveal(12);
    CHECK(folding.rowCount() == 25 - 8);
    folding.reveal(4);
    CHECK_FALSE(folding.isHidden(4));
    CHECK(folding.rowCount() == 25);
    for (qint64 line = 0; line < 25; ++line)
        CHECK(folding.lineAt(folding.rowOf(line)) == line);

    folding.setAllFolded(true);
    CHECK(shown(folding) == QList<qint64>{0, 1, 10});
    REQUIRE(folding.sectionAt(3) != nullptr);
    CHECK(folding.sectionAt(3)->depth == 1);
    CHECK(folding.sectionAt(4) == nullptr);
}
