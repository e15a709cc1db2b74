#include "coberturaparser.h"

#include "linetable.h"
#include "reportvalues.h"
#include "xmlreportreader.h"

namespace BuildDeck::Reports {

namespace {

// "50% (1/2)" -> {1, 2}; empty when there is no "(a/b)".
std::optional<std::pair<qint64, qint64>> conditionCoverage(const QString &text)
{
    const qsizetype open = text.indexOf(QLatin1Char('('));
    const qsizetype slash = text.indexOf(QLatin1Char('/'), open + 1);
    const qsizetype close = text.indexOf(QLatin1Char(')'), slash + 1);
    if (open < 0 || slash < 0 || close < 0)
        return std::nullopt;
    const std::optional<qint64> covered = ReportValues::count(QStringView(text).mid(open + 1, slash - open - 1));
    const std::optional<qint64> total = ReportValues::count(QStringView(text).mid(slash + 1, close - slash - 1));
    if (!covered || !total)
        return std::nullopt;
    return std::pair{*covered, *total};
}

void readLine(XmlReportReader &reader, const QString &file, LineTable &table)
{
    const std::optional<qint64> number = reader.countAttribute(u"number");
    if (!number || *number < 1) {
        reader.warn(reader.line(), CoberturaParser::tr("a <line> without a line number of 1 or more; skipped"));
        return;
    }
    const std::optional<double> hits = reader.decimalAttribute(u"hits");
    table.addLine(file, *number, hits.value_or(0) > 0);
    const QString conditions = reader.attribute(u"condition-coverage");
    if (conditions.isEmpty())
        return;
    if (const auto branches = conditionCoverage(conditions))
        table.addLineBranches(file, *number, branches->first, branches->second);
    else
        reader.warn(reader.line(), CoberturaParser::tr("condition-coverage=\"%1\" has no \"(covered/total)\"; its "
                                                       "branches are not counted")
                                       .arg(conditions));
}

} // namespace

Result<ParsedReport> CoberturaParser::parse(const QByteArray &data, const QString &fileName)
{
    XmlReportReader reader(Spec::ReportFormat::CoberturaXml, data, fileName);
    QXmlStreamReader &xml = reader.xml();
    ParsedReport report;
    if (!reader.readRoot({QStringLiteral("coverage")}))
        return reader.finish(report);

    LineTable table;
    QString file;  // of the <class> being read
    int depth = 1; // the root is open
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QStringView name = xml.name();
            if (depth == 2 && name == u"project") {
                reader.fail(tr("this is a Clover report (a <project> element), not Cobertura"));
            } else if (name == u"class") {
                file = reader.attribute(u"filename");
                if (file.isEmpty())
                    reader.warn(reader.line(), tr("a <class> without a filename; its lines are not counted"));
                else
                    table.addFile(file);
            } else if (name == u"line" && !file.isEmpty()) {
                readLine(reader, file, table);
            }
        } else if (xml.isEndElement()) {
            --depth;
            if (xml.name() == u"class")
                file.clear();
        }
    }
    report.files = table.files();
    return reader.finish(report);
}

} // namespace BuildDeck::Reports
