#include "nunit3parser.h"

#include "nunitparser.h"
#include "reportvalues.h"
#include "xmlreportreader.h"

namespace BuildDeck::Reports {

namespace {

QString caseStatus(const QString &result, const QString &label)
{
    const QString value = result.toLower();
    if (value == u"passed")
        return Status::Succeeded;
    if (value == u"failed")
        return label.compare(QLatin1String("error"), Qt::CaseInsensitive) == 0 ? Status::Error : Status::Failed;
    if (value == u"skipped")
        return Status::Skipped;
    return Status::Unknown;
}

QString casePrefix(const QString &className, const QString &fullName, const QString &name)
{
    if (!className.isEmpty())
        return className;
    if (!name.isEmpty() && fullName.endsWith(QLatin1Char('.') + name))
        return fullName.chopped(name.size() + 1);
    return ReportValues::splitQualifiedName(fullName).first;
}

void readCase(XmlReportReader &reader, const QString &suite, ParsedReport &report)
{
    QXmlStreamReader &xml = reader.xml();
    const qint64 line = reader.line();
    const QString label = reader.attribute(u"label");
    TestCase test;
    test.name = reader.attribute(u"name");
    test.prefix = casePrefix(reader.attribute(u"classname"), reader.attribute(u"fullname"), test.name);
    test.status = caseStatus(reader.attribute(u"result"), label);
    const std::optional<double> duration = reader.attribute(u"duration").isEmpty()
                                               ? reader.decimalAttribute(u"time")
                                               : reader.decimalAttribute(u"duration");
    test.durationInNanoSeconds = ReportValues::nanoseconds(duration.value_or(0));
    test.testSuiteName = suite;
    QStringList messages = NunitParser::readOutcomes(reader);
    if (xml.hasError())
        return;
    if (test.name.isEmpty()) {
        reader.warn(line, Nunit3Parser::tr("a <test-case> without a name"));
        return;
    }
    if (messages.isEmpty() && test.status != Status::Succeeded)
        messages.append(ReportValues::tidied(label));
    test.message = ReportValues::clipped(messages.join(QLatin1Char('\n')));
    report.testCases.append(test);
}

} // namespace

Result<ParsedReport> Nunit3Parser::parse(const QByteArray &data, const QString &fileName)
{
    XmlReportReader reader(Spec::ReportFormat::Nunit3Xml, data, fileName);
    ParsedReport report;
    if (!reader.readRoot({QStringLiteral("test-run")}))
        return reader.finish(report);

    reader.readTestCases([&](const QString &suite) { readCase(reader, suite, report); });
    return reader.finish(report);
}

} // namespace BuildDeck::Reports
