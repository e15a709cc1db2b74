#include "cloverparser.h"

#include "coveragetable.h"
#include "xmlreportreader.h"

namespace BuildDeck::Reports {

namespace {

struct Counts
{
    qint64 statements = 0;
    qint64 coveredStatements = 0;
    qint64 conditionals = 0;
    qint64 coveredConditionals = 0;
};

// One <file>, through its end element.
void readFile(XmlReportReader &reader, CoverageTable &table)
{
    QXmlStreamReader &xml = reader.xml();
    const qint64 line = reader.line();
    const QString path = reader.attribute(u"path");
    const QString name = path.isEmpty() ? reader.attribute(u"name") : path;
    std::optional<Counts> metrics;
    Counts lines; // from <line> elements
    while (xml.readNextStartElement()) {
        if (xml.name() == u"metrics") {
            metrics = Counts{reader.countAttribute(u"statements").value_or(0),
                             reader.countAttribute(u"coveredstatements").value_or(0),
                             reader.countAttribute(u"conditionals").value_or(0),
                             reader.countAttribute(u"coveredconditionals").value_or(0)};
        } else if (xml.name() == u"line") {
            const QString type = reader.attribute(u"type");
            if (type == u"stmt") {
                ++lines.statements;
                lines.coveredStatements += reader.countAttribute(u"count").value_or(0) > 0 ? 1 : 0;
            } else if (type == u"cond") {
                lines.conditionals += 2;
                lines.coveredConditionals += reader.countAttribute(u"truecount").value_or(0) > 0 ? 1 : 0;
                lines.coveredConditionals += reader.countAttribute(u"falsecount").value_or(0) > 0 ? 1 : 0;
            }
        }
        xml.skipCurrentElement();
    }
    if (xml.hasError())
        return;
    if (name.isEmpty()) {
        reader.warn(line, CloverParser::tr("a <file> without a path or name"));
        return;
    }
    const Counts counts = metrics.value_or(lines);
    const qint64 coveredStatements = std::min(counts.coveredStatements, counts.statements);
    const qint64 coveredConditionals = std::min(counts.coveredConditionals, counts.conditionals);
    table.add(name, coveredStatements, counts.statements - coveredStatements, coveredConditionals,
              counts.conditionals - coveredConditionals);
}

} // namespace

Result<ParsedReport> CloverParser::parse(const QByteArray &data, const QString &fileName)
{
    XmlReportReader reader(Spec::ReportFormat::CloverXml, data, fileName);
    QXmlStreamReader &xml = reader.xml();
    ParsedReport report;
    if (!reader.readRoot({QStringLiteral("coverage")}))
        return reader.finish(report);

    CoverageTable table;
    int depth = 1; // the root is open
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (depth == 1 && (name == u"packages" || name == u"sources"))
                reader.fail(tr("this is a Cobertura report (a <%1> element), not Clover").arg(name.toString()));
            else if (name == u"testproject")
                xml.skipCurrentElement();
            else if (name == u"file")
                readFile(reader, table);
            else
                ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    report.files = table.files();
    return reader.finish(report);
}

} // namespace BuildDeck::Reports
