#pragma once

#include "reportparser.h"

#include <QHash>

namespace BuildDeck::Reports {

// Coverage by file for formats that give totals per file (JaCoCo, Clover, LCOV's LF/LH): a file
// named twice gets the sum. Files keep the order they were first named in.
class CoverageTable final
{
public:
    void add(const QString &filePath, qint64 linesCovered, qint64 linesMissed, qint64 branchesCovered,
             qint64 branchesMissed);
    QList<FileCoverage> files() const;

private:
    struct Totals
    {
        qint64 linesCovered = 0;
        qint64 linesMissed = 0;
        qint64 branchesCovered = 0;
        qint64 branchesMissed = 0;
    };

    QStringList m_order;
    QHash<QString, Totals> m_totals;
};

} // namespace BuildDeck::Reports
