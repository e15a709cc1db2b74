#include "linetable.h"

#include "reportvalues.h"

#include <algorithm>

namespace BuildDeck::Reports {

LineTable::Lines &LineTable::linesOf(const QString &file)
{
    auto it = m_files.find(file);
    if (it == m_files.end()) {
        m_order.append(file);
        it = m_files.insert(file, {});
    }
    return *it;
}

void LineTable::addFile(const QString &file)
{
    linesOf(file);
}

void LineTable::addLine(const QString &file, qint64 line, bool covered)
{
    bool &known = linesOf(file).lines[line];
    known = known || covered;
}

void LineTable::addLineBranches(const QString &file, qint64 line, qint64 covered, qint64 total)
{
    LineBranches &known = linesOf(file).lineBranches[line];
    known.total = std::max(known.total, std::max<qint64>(total, 0));
    known.covered = std::min(std::max(known.covered, std::max<qint64>(covered, 0)), known.total);
}

void LineTable::addBranch(const QString &file, const QString &key, bool taken)
{
    bool &known = linesOf(file).branches[key];
    known = known || taken;
}

bool LineTable::hasLines(const QString &file) const
{
    const auto it = m_files.constFind(file);
    return it != m_files.constEnd() && !it->lines.isEmpty();
}

bool LineTable::hasBranches(const QString &file) const
{
    const auto it = m_files.constFind(file);
    return it != m_files.constEnd() && (!it->lineBranches.isEmpty() || !it->branches.isEmpty());
}

FileCoverage LineTable::coverage(const QString &file) const
{
    FileCoverage coverage;
    coverage.filePath = file;
    const auto it = m_files.constFind(file);
    if (it == m_files.constEnd())
        return coverage;
    const qint64 covered = std::count(it->lines.cbegin(), it->lines.cend(), true);
    coverage.linesCovered = ReportValues::clampedInt(covered);
    coverage.linesMissed = ReportValues::clampedInt(it->lines.size() - covered);
    qint64 branchesCovered = std::count(it->branches.cbegin(), it->branches.cend(), true);
    qint64 branchesTotal = it->branches.size();
    for (const LineBranches &branches : it->lineBranches) {
        branchesCovered += branches.covered;
        branchesTotal += branches.total;
    }
    coverage.branchesCovered = ReportValues::clampedInt(branchesCovered);
    coverage.branchesMissed = ReportValues::clampedInt(branchesTotal - branchesCovered);
    return coverage;
}

QList<FileCoverage> LineTable::files() const
{
    QList<FileCoverage> files;
    files.reserve(m_order.size());
    for (const QString &file : m_order)
        files.append(coverage(file));
    return files;
}

} // namespace BuildDeck::Reports
