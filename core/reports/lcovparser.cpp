#include "lcovparser.h"

#include "linetable.h"
#include "reportvalues.h"

#include <QHash>

#include <optional>

namespace BuildDeck::Reports {

namespace {

// The LF/LH/BRF/BRH of one record.
struct RecordTotals
{
    std::optional<qint64> linesFound, linesHit, branchesFound, branchesHit;
};

// What the records of one file said about their totals.
struct FileTotals
{
    int records = 0;
    bool lineTotalsEverywhere = true;
    bool branchTotalsEverywhere = true;
    qint64 linesFound = 0, linesHit = 0, branchesFound = 0, branchesHit = 0;
};

bool isIgnoredTag(QStringView tag)
{
    for (const char *ignored : {"TN", "FN", "FNDA", "FNF", "FNH", "VER", "FNL", "FNA"}) {
        if (tag == QLatin1String(ignored))
            return true;
    }
    return false;
}

bool isRecordTag(QStringView tag)
{
    for (const char *known : {"DA", "BRDA", "LF", "LH", "BRF", "BRH"}) {
        if (tag == QLatin1String(known))
            return true;
    }
    return false;
}

class Tracefile
{
public:
    void read(const QByteArray &data)
    {
        qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        qint64 lineNumber = 0;
        while (start < data.size()) {
            qsizetype end = data.indexOf('\n', start);
            if (end < 0)
                end = data.size();
            ++lineNumber;
            readLine(QString::fromUtf8(data.constData() + start, end - start).trimmed(), lineNumber);
            start = end + 1;
        }
        if (m_inRecord) {
            warn(lineNumber, LcovParser::tr("the last record has no end_of_record"));
            finishRecord();
        }
    }

    bool anyRecord() const { return !m_table.fileNames().isEmpty(); }
    qint64 firstForeignLine() const { return m_firstForeignLine; }
    QStringList warnings() const { return m_warnings; }

    QList<FileCoverage> files() const
    {
        QList<FileCoverage> files;
        for (const QString &file : m_table.fileNames()) {
            FileCoverage coverage = m_table.coverage(file);
            const FileTotals totals = m_totals.value(file);
            const bool oneRecord = totals.records == 1;
            if (totals.records > 0 && totals.lineTotalsEverywhere && (oneRecord || !m_table.hasLines(file))) {
                const qint64 hit = std::min(totals.linesHit, totals.linesFound);
                coverage.linesCovered = ReportValues::clampedInt(hit);
                coverage.linesMissed = ReportValues::clampedInt(totals.linesFound - hit);
            }
            if (totals.records > 0 && totals.branchTotalsEverywhere && (oneRecord || !m_table.hasBranches(file))) {
                const qint64 hit = std::min(totals.branchesHit, totals.branchesFound);
                coverage.branchesCovered = ReportValues::clampedInt(hit);
                coverage.branchesMissed = ReportValues::clampedInt(totals.branchesFound - hit);
            }
            files.append(coverage);
        }
        return files;
    }

private:
    void readLine(const QString &text, qint64 lineNumber)
    {
        if (text.isEmpty())
            return;
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const QStringView tag = colon < 0 ? QStringView(text) : QStringView(text).left(colon);
        const QStringView value = colon < 0 ? QStringView() : QStringView(text).mid(colon + 1);
        if (tag == u"SF") {
            if (m_inRecord) {
                warn(lineNumber, LcovParser::tr("SF: before the previous record's end_of_record"));
                finishRecord();
            }
            m_file = value.trimmed().toString();
            m_inRecord = true;
            m_record = {};
            m_table.addFile(m_file);
        } else if (text == u"end_of_record") {
            if (m_inRecord)
                finishRecord();
            else
                warn(lineNumber, LcovParser::tr("end_of_record without a record"));
        } else if (isIgnoredTag(tag)) {
            return;
        } else if (isRecordTag(tag)) {
            if (m_inRecord)
                readRecordLine(tag, value, lineNumber);
            else
                warn(lineNumber, LcovParser::tr("%1: outside a record (no SF: before it)").arg(tag.toString()));
        } else {
            if (m_firstForeignLine == 0)
                m_firstForeignLine = lineNumber;
            warn(lineNumber, LcovParser::tr("not an LCOV line"));
        }
    }

    void readRecordLine(QStringView tag, QStringView value, qint64 lineNumber)
    {
        const QList<QStringView> fields = value.split(QLatin1Char(','));
        if (tag == u"DA" && fields.size() >= 2) {
            const std::optional<qint64> line = ReportValues::count(fields.at(0));
            const std::optional<double> hits = ReportValues::decimal(fields.at(1));
            if (line && *line >= 1 && hits) {
                m_table.addLine(m_file, *line, *hits > 0);
                return;
            }
        } else if (tag == u"BRDA" && fields.size() >= 4) {
            const QStringView taken = fields.at(3).trimmed();
            const std::optional<double> times = taken == u"-" ? 0.0 : ReportValues::decimal(taken);
            if (times) {
                const QString key = fields.at(0).toString() + QLatin1Char(',') + fields.at(1).toString() +
                                    QLatin1Char(',') + fields.at(2).toString();
                m_table.addBranch(m_file, key, *times > 0);
                return;
            }
        } else if (fields.size() == 1) {
            if (const std::optional<qint64> number = ReportValues::count(value)) {
                if (tag == u"LF")
                    m_record.linesFound = number;
                else if (tag == u"LH")
                    m_record.linesHit = number;
                else if (tag == u"BRF")
                    m_record.branchesFound = number;
                else if (tag == u"BRH")
                    m_record.branchesHit = number;
                return;
            }
        }
        warn(lineNumber, LcovParser::tr("a malformed %1: line").arg(tag.toString()));
    }

    void finishRecord()
    {
        FileTotals &totals = m_totals[m_file];
        ++totals.records;
        if (m_record.linesFound && m_record.linesHit) {
            totals.linesFound += *m_record.linesFound;
            totals.linesHit += *m_record.linesHit;
        } else {
            totals.lineTotalsEverywhere = false;
        }
        if (m_record.branchesFound && m_record.branchesHit) {
            totals.branchesFound += *m_record.branchesFound;
            totals.branchesHit += *m_record.branchesHit;
        } else {
            totals.branchTotalsEverywhere = false;
        }
        m_inRecord = false;
    }

    void warn(qint64 line, const QString &text)
    {
        ReportValues::addWarning(m_warnings, LcovParser::tr("line %1: %2").arg(line).arg(text));
    }

    LineTable m_table;
    QHash<QString, FileTotals> m_totals;
    QString m_file;
    bool m_inRecord = false;
    RecordTotals m_record;
    qint64 m_firstForeignLine = 0;
    QStringList m_warnings;
};

} // namespace

Result<ParsedReport> LcovParser::parse(const QByteArray &data, const QString &fileName)
{
    Tracefile tracefile;
    tracefile.read(data);
    if (!tracefile.anyRecord())
        return ReportValues::invalid(Spec::ReportFormat::Lcov, fileName,
                                     std::max<qint64>(tracefile.firstForeignLine(), 1), 1,
                                     tr("there is no SF: record; expected an LCOV tracefile"));
    ParsedReport report;
    report.files = tracefile.files();
    report.warnings = tracefile.warnings();
    return report;
}

} // namespace BuildDeck::Reports
