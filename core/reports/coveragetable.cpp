#include "coveragetable.h"

#include "reportvalues.h"

#include <algorithm>
#include <limits>

namespace BuildDeck::Reports {

namespace {

// Sums that stay far from overflow whatever a file claims.
qint64 added(qint64 total, qint64 value)
{
    constexpr qint64 limit = std::numeric_limits<int>::max();
    return std::min(total + std::clamp<qint64>(value, 0, limit), limit);
}

} // namespace

void CoverageTable::add(const QString &filePath, qint64 linesCovered, qint64 linesMissed, qint64 branchesCovered,
                        qint64 branchesMissed)
{
    auto it = m_totals.find(filePath);
    if (it == m_totals.end()) {
        m_order.append(filePath);
        it = m_totals.insert(filePath, {});
    }
    it->linesCovered = added(it->linesCovered, linesCovered);
    it->linesMissed = added(it->linesMissed, linesMissed);
    it->branchesCovered = added(it->branchesCovered, branchesCovered);
    it->branchesMissed = added(it->branchesMissed, branchesMissed);
}

QList<FileCoverage> CoverageTable::files() const
{
    QList<FileCoverage> files;
    files.reserve(m_order.size());
    for (const QString &path : m_order) {
        const Totals totals = m_totals.value(path);
        files.append({path, ReportValues::clampedInt(totals.linesCovered), ReportValues::clampedInt(totals.linesMissed),
                      ReportValues::clampedInt(totals.branchesCovered),
                      ReportValues::clampedInt(totals.branchesMissed)});
    }
    return files;
}

} // namespace BuildDeck::Reports
