#include "nunitparser.h"

#include "reportvalues.h"
#include "xmlreportreader.h"

namespace BuildDeck::Reports {

namespace {

bool isTrue(const QString &value)
{
    return value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

bool isFalse(const QString &value)
{
    return value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
}

QString caseStatus(const QString &result, const QString &executed, const QString &success)
{
    const QString value = result.toLower();
    if (value == u"success")
        return Status::Succeeded;
    if (value == u"failure")
        return Status::Failed;
    if (value == u"error")
        return Status::Error;
    if (value == u"ignored" || value == u"skipped" || value == u"notrunnable" || value == u"notrun" ||
        value == u"not-run")
        return Status::Skipped;
    if (value == u"inconclusive")
        return Status::Unknown;
    if (isFalse(executed))
        return Status::Skipped;
    if (value.isEmpty() && isTrue(success))
        return Status::Succeeded;
    if (value.isEmpty() && isFalse(success))
        return Status::Failed;
    return Status::Unknown;
}

void readCase(XmlReportReader &reader, const QString &suite, ParsedReport &report)
{
    QXmlStreamReader &xml = reader.xml();
    const qint64 line = reader.line();
    const QString fullName = reader.attribute(u"name");
    TestCase test;
    std::tie(test.prefix, test.name) = ReportValues::splitQualifiedName(fullName);
    test.status = caseStatus(reader.attribute(u"result"), reader.attribute(u"executed"), reader.attribute(u"success"));
    test.durationInNanoSeconds = ReportValues::nanoseconds(reader.decimalAttribute(u"time").value_or(0));
    test.testSuiteName = suite;
    const QStringList messages = NunitParser::readOutcomes(reader);
    if (xml.hasError())
        return;
    if (test.name.isEmpty()) {
        reader.warn(line, NunitParser::tr("a <test-case> without a name"));
        return;
    }
    test.message = ReportValues::clipped(messages.join(QLatin1Char('\n')));
    report.testCases.append(test);
}

} // namespace

QString NunitParser::readOutcome(XmlReportReader &reader)
{
    QXmlStreamReader &xml = reader.xml();
    QString message;
    QString stackTrace;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"message")
            message = reader.elementText();
        else if (xml.name() == u"stack-trace")
            stackTrace = reader.elementText();
        else
            xml.skipCurrentElement();
    }
    return ReportValues::message(message, stackTrace);
}

QStringList NunitParser::readOutcomes(XmlReportReader &reader)
{
    QXmlStreamReader &xml = reader.xml();
    QStringList messages;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"failure" || xml.name() == u"reason") {
            const QString message = readOutcome(reader);
            if (!message.isEmpty())
                messages.append(message);
        } else {
            xml.skipCurrentElement();
        }
    }
    return messages;
}

Result<ParsedReport> NunitParser::parse(const QByteArray &data, const QString &fileName)
{
    XmlReportReader reader(Spec::ReportFormat::NunitXml, data, fileName);
    ParsedReport report;
    if (!reader.readRoot({QStringLiteral("test-results")}))
        return reader.finish(report);

    reader.readTestCases([&](const QString &suite) { readCase(reader, suite, report); });
    return reader.finish(report);
}

} // namespace BuildDeck::Reports
