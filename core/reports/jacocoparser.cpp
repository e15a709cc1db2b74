#include "jacocoparser.h"

#include "coveragetable.h"
#include "xmlreportreader.h"

namespace BuildDeck::Reports {

namespace {

struct Counts
{
    qint64 covered = 0;
    qint64 missed = 0;
};

// One <sourcefile>, through its end element.
void readSourceFile(XmlReportReader &reader, const QString &package, CoverageTable &table)
{
    QXmlStreamReader &xml = reader.xml();
    const qint64 line = reader.line();
    const QString name = reader.attribute(u"name");
    std::optional<Counts> lineCounter;
    std::optional<Counts> branchCounter;
    Counts lines;    // from <line> elements
    Counts branches; // from <line> elements
    while (xml.readNextStartElement()) {
        if (xml.name() == u"counter") {
            const QString type = reader.attribute(u"type");
            const Counts counts{reader.countAttribute(u"covered").value_or(0),
                                reader.countAttribute(u"missed").value_or(0)};
            if (type == u"LINE")
                lineCounter = counts;
            else if (type == u"BRANCH")
                branchCounter = counts;
        } else if (xml.name() == u"line") {
            const bool covered = reader.countAttribute(u"ci").value_or(0) > 0;
            ++(covered ? lines.covered : lines.missed);
            branches.covered += reader.countAttribute(u"cb").value_or(0);
            branches.missed += reader.countAttribute(u"mb").value_or(0);
        }
        xml.skipCurrentElement();
    }
    if (xml.hasError())
        return;
    if (name.isEmpty()) {
        reader.warn(line, JacocoParser::tr("a <sourcefile> without a name"));
        return;
    }
    const Counts lineCounts = lineCounter.value_or(lines);
    const Counts branchCounts = lineCounter ? branchCounter.value_or(Counts()) : branches;
    table.add(package.isEmpty() ? name : package + QLatin1Char('/') + name, lineCounts.covered, lineCounts.missed,
              branchCounts.covered, branchCounts.missed);
}

} // namespace

Result<ParsedReport> JacocoParser::parse(const QByteArray &data, const QString &fileName)
{
    XmlReportReader reader(Spec::ReportFormat::JacocoXml, data, fileName);
    QXmlStreamReader &xml = reader.xml();
    ParsedReport report;
    if (!reader.readRoot({QStringLiteral("report")}))
        return reader.finish(report);

    CoverageTable table;
    QString package;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"package")
                package = reader.attribute(u"name");
            else if (xml.name() == u"sourcefile")
                readSourceFile(reader, package, table);
            else if (xml.name() == u"class")
                xml.skipCurrentElement(); // its counters are the sourcefile's again
        } else if (xml.isEndElement() && xml.name() == u"package") {
            package.clear();
        }
    }
    report.files = table.files();
    return reader.finish(report);
}

} // namespace BuildDeck::Reports
