#pragma once

#include "reportparser.h"

#include <QHash>

namespace BuildDeck::Reports {

// Coverage by file for formats that give it line by line (Cobertura, LCOV's DA/BRDA, SimpleCov):
// each line number and each branch is counted once however often it is named (several classes of
// one file, several test commands), covered when any mention covered it. Files keep the order they
// were first named in.
class LineTable final
{
public:
    // Names the file, so that it appears even without lines.
    void addFile(const QString &file);
    void addLine(const QString &file, qint64 line, bool covered);
    // A line's branches as a count (Cobertura's "(1/2)"); of several mentions, the largest counts.
    void addLineBranches(const QString &file, qint64 line, qint64 covered, qint64 total);
    // One branch by a key of the format's own (LCOV "line,block,branch").
    void addBranch(const QString &file, const QString &key, bool taken);

    bool hasLines(const QString &file) const;
    bool hasBranches(const QString &file) const;
    QStringList fileNames() const { return m_order; }
    FileCoverage coverage(const QString &file) const;
    QList<FileCoverage> files() const;

private:
    struct LineBranches
    {
        qint64 covered = 0;
        qint64 total = 0;
    };
    struct Lines
    {
        QHash<qint64, bool> lines;
        QHash<qint64, LineBranches> lineBranches;
        QHash<QString, bool> branches;
    };

    Lines &linesOf(const QString &file);

    QStringList m_order;
    QHash<QString, Lines> m_files;
};

} // namespace BuildDeck::Reports
