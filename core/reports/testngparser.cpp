#include "testngparser.h"

#include "reportvalues.h"
#include "xmlreportreader.h"

namespace BuildDeck::Reports {

namespace {

QString methodStatus(const QString &status)
{
    const QString value = status.toUpper();
    if (value == u"PASS")
        return Status::Succeeded;
    if (value == u"FAIL")
        return Status::Failed;
    if (value == u"SKIP")
        return Status::Skipped;
    return Status::Unknown;
}

// <exception>: its <message> and <full-stacktrace>, or its class; through its end element.
QString readException(XmlReportReader &reader)
{
    QXmlStreamReader &xml = reader.xml();
    const QString exceptionClass = reader.attribute(u"class");
    QString message;
    QString stackTrace;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"message")
            message = reader.elementText();
        else if (xml.name() == u"full-stacktrace")
            stackTrace = reader.elementText();
        else
            xml.skipCurrentElement();
    }
    const QString text = ReportValues::message(message, stackTrace);
    return text.isEmpty() ? ReportValues::tidied(exceptionClass) : text;
}

struct Enclosing
{
    QString suite;
    QString test;
    QString className;
};

void readMethod(XmlReportReader &reader, const Enclosing &enclosing, ParsedReport &report)
{
    QXmlStreamReader &xml = reader.xml();
    const qint64 line = reader.line();
    const bool config = reader.attribute(u"is-config").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    TestCase test;
    test.name = reader.attribute(u"name");
    test.prefix = enclosing.className;
    test.status = methodStatus(reader.attribute(u"status"));
    test.durationInNanoSeconds = ReportValues::nanoseconds(reader.decimalAttribute(u"duration-ms").value_or(0) / 1000);
    test.testSuiteName = enclosing.test.isEmpty() ? enclosing.suite : enclosing.test;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"exception")
            test.message = readException(reader);
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError())
        return;
    if (config) {
        if (test.status == Status::Failed) {
            const QString method = test.prefix.isEmpty() ? test.name : test.prefix + QLatin1Char('.') + test.name;
            reader.warn(line,
                        TestNgParser::tr("the configuration method %1 failed; it is not a test case, and the tests "
                                         "after it may have been skipped because of it")
                            .arg(method));
        }
        return;
    }
    if (test.name.isEmpty()) {
        reader.warn(line, TestNgParser::tr("a <test-method> without a name"));
        return;
    }
    report.testCases.append(test);
}

} // namespace

Result<ParsedReport> TestNgParser::parse(const QByteArray &data, const QString &fileName)
{
    XmlReportReader reader(Spec::ReportFormat::TestNgXml, data, fileName);
    QXmlStreamReader &xml = reader.xml();
    ParsedReport report;
    if (!reader.readRoot({QStringLiteral("testng-results")}))
        return reader.finish(report);

    Enclosing enclosing;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"suite")
                enclosing = {reader.attribute(u"name"), {}, {}};
            else if (xml.name() == u"test")
                enclosing.test = reader.attribute(u"name");
            else if (xml.name() == u"class")
                enclosing.className = reader.attribute(u"name");
            else if (xml.name() == u"test-method")
                readMethod(reader, enclosing, report);
        } else if (xml.isEndElement()) {
            if (xml.name() == u"suite")
                enclosing = {};
            else if (xml.name() == u"test")
                enclosing.test.clear();
            else if (xml.name() == u"class")
                enclosing.className.clear();
        }
    }
    return reader.finish(report);
}

} // namespace BuildDeck::Reports
