#include "junitparser.h"

#include "reportvalues.h"
#include "xmlreportreader.h"

namespace BuildDeck::Reports {

namespace {

// How bad an outcome is, so that the worst of several result elements wins.
int severity(const QString &status)
{
    if (status == Status::Error)
        return 3;
    if (status == Status::Failed)
        return 2;
    if (status == Status::Skipped)
        return 1;
    return 0;
}

QString resultStatus(QStringView element)
{
    if (element == u"failure")
        return Status::Failed;
    if (element == u"error")
        return Status::Error;
    if (element == u"skipped")
        return Status::Skipped;
    return {};
}

// Reads one <testcase> through its end element.
void readCase(XmlReportReader &reader, const QString &suite, ParsedReport &report)
{
    QXmlStreamReader &xml = reader.xml();
    const qint64 line = reader.line();
    TestCase test;
    test.name = reader.attribute(u"name");
    test.prefix = reader.attribute(u"classname");
    test.testSuiteName = suite;
    test.durationInNanoSeconds = ReportValues::nanoseconds(reader.decimalAttribute(u"time").value_or(0));
    test.status = Status::Succeeded;
    QStringList messages;
    while (xml.readNextStartElement()) {
        const QString status = resultStatus(xml.name());
        if (status.isEmpty()) {
            xml.skipCurrentElement();
            continue;
        }
        if (severity(status) > severity(test.status))
            test.status = status;
        const QString attributeMessage = reader.attribute(u"message");
        const QString message = ReportValues::message(attributeMessage, reader.elementText());
        if (!message.isEmpty())
            messages.append(message);
    }
    if (xml.hasError())
        return;
    if (test.name.isEmpty()) {
        reader.warn(line, JunitParser::tr("a <testcase> without a name"));
        return;
    }
    test.message = ReportValues::clipped(messages.join(QLatin1Char('\n')));
    report.testCases.append(test);
}

} // namespace

Result<ParsedReport> JunitParser::parse(const QByteArray &data, const QString &fileName)
{
    XmlReportReader reader(Spec::ReportFormat::JunitXml, data, fileName);
    QXmlStreamReader &xml = reader.xml();
    ParsedReport report;
    if (!reader.readRoot({QStringLiteral("testsuites"), QStringLiteral("testsuite")}))
        return reader.finish(report);

    // The names of the enclosing suites; one without a name takes its parent's.
    QStringList suites;
    const auto enterSuite = [&] {
        const QString name = reader.attribute(u"name");
        suites.append(name.isEmpty() && !suites.isEmpty() ? suites.last() : name);
    };
    enterSuite();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"testsuite" || xml.name() == u"testsuites")
                enterSuite();
            else if (xml.name() == u"testcase")
                readCase(reader, suites.isEmpty() ? QString() : suites.last(), report);
        } else if (xml.isEndElement() && (xml.name() == u"testsuite" || xml.name() == u"testsuites")) {
            if (!suites.isEmpty())
                suites.removeLast();
        }
    }
    return reader.finish(report);
}

} // namespace BuildDeck::Reports
