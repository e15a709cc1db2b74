#include "trxparser.h"

#include "reportvalues.h"
#include "xmlreportreader.h"

#include <QHash>

#include <algorithm>

namespace BuildDeck::Reports {

namespace {

QString outcomeStatus(const QString &outcome)
{
    const QString value = outcome.toLower();
    if (value == u"passed")
        return Status::Succeeded;
    if (value == u"failed")
        return Status::Failed;
    if (value == u"notexecuted")
        return Status::Skipped;
    if (value == u"error" || value == u"timeout" || value == u"aborted")
        return Status::Error;
    return Status::Unknown;
}

// A digits-only number below `limit`, else -1.
qint64 digits(QStringView text, qint64 limit)
{
    if (text.isEmpty() || text.size() > 12)
        return -1;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value < limit ? value : -1;
}

// One <UnitTestResult> while it is being read.
struct PendingResult
{
    TestCase test;
    QString testId;
    qint64 line = 0;
    bool hasInnerResults = false;
    QString errorMessage;
    QString stackTrace;
};

struct Definition
{
    QString className;
    QString storage;
};

QString baseName(const QString &path)
{
    const qsizetype slash = std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
    return path.mid(slash + 1);
}

} // namespace

std::optional<qint64> TrxParser::timeSpan(QStringView text)
{
    const QList<QStringView> parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    qint64 days = 0;
    QStringView hoursText = parts.at(0);
    if (const qsizetype dot = hoursText.indexOf(QLatin1Char('.')); dot >= 0) {
        days = digits(hoursText.left(dot), 100000);
        hoursText = hoursText.mid(dot + 1);
    }
    const qint64 hours = digits(hoursText, 24);
    const qint64 minutes = digits(parts.at(1), 60);
    QStringView secondsText = parts.at(2);
    QStringView fraction;
    if (const qsizetype dot = secondsText.indexOf(QLatin1Char('.')); dot >= 0) {
        fraction = secondsText.mid(dot + 1);
        secondsText = secondsText.left(dot);
    }
    const qint64 seconds = digits(secondsText, 60);
    if (days < 0 || hours < 0 || minutes < 0 || seconds < 0)
        return std::nullopt;
    qint64 nanoseconds = 0;
    if (!fraction.isEmpty()) {
        if (std::any_of(fraction.begin(), fraction.end(),
                        [](QChar c) { return c < QLatin1Char('0') || c > QLatin1Char('9'); }))
            return std::nullopt;
        nanoseconds = digits(fraction.left(9).toString().leftJustified(9, QLatin1Char('0')), 1000000000);
    }
    return (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000000 + nanoseconds;
}

Result<ParsedReport> TrxParser::parse(const QByteArray &data, const QString &fileName)
{
    XmlReportReader reader(Spec::ReportFormat::VisualStudioTrx, data, fileName);
    QXmlStreamReader &xml = reader.xml();
    ParsedReport report;
    if (!reader.readRoot({QStringLiteral("TestRun")}))
        return reader.finish(report);

    QList<PendingResult> open; // the <UnitTestResult>s being read, innermost last
    QList<PendingResult> results;
    QHash<QString, Definition> definitions; // by UnitTest id
    QString unitTestId;                     // of the <UnitTest> being read
    QString unitTestStorage;
    int errorInfoDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"UnitTestResult") {
                PendingResult result;
                result.testId = reader.attribute(u"testId");
                result.line = reader.line();
                result.test.name = reader.attribute(u"testName");
                result.test.status = outcomeStatus(reader.attribute(u"outcome"));
                const QString duration = reader.attribute(u"duration");
                const std::optional<qint64> nanoseconds = timeSpan(duration);
                if (!nanoseconds && !duration.isEmpty())
                    reader.warn(result.line, tr("duration=\"%1\" is not a time span; it counts as 0").arg(duration));
                result.test.durationInNanoSeconds = nanoseconds.value_or(0);
                open.append(result);
            } else if (name == u"InnerResults" && !open.isEmpty()) {
                open.last().hasInnerResults = true;
            } else if (name == u"ErrorInfo" && !open.isEmpty()) {
                ++errorInfoDepth;
            } else if (name == u"Message" && errorInfoDepth > 0) {
                open.last().errorMessage = reader.elementText();
            } else if (name == u"StackTrace" && errorInfoDepth > 0) {
                open.last().stackTrace = reader.elementText();
            } else if (name == u"UnitTest") {
                unitTestId = reader.attribute(u"id");
                unitTestStorage = reader.attribute(u"storage");
            } else if (name == u"TestMethod" && !unitTestId.isEmpty()) {
                definitions.insert(unitTestId, {reader.attribute(u"className"), baseName(unitTestStorage)});
            }
        } else if (xml.isEndElement()) {
            const QStringView name = xml.name();
            if (name == u"UnitTestResult" && !open.isEmpty()) {
                PendingResult result = open.takeLast();
                errorInfoDepth = 0;
                if (!result.hasInnerResults)
                    results.append(result);
            } else if (name == u"ErrorInfo" && errorInfoDepth > 0) {
                --errorInfoDepth;
            } else if (name == u"UnitTest") {
                unitTestId.clear();
            }
        }
    }

    for (PendingResult &result : results) {
        if (result.test.name.isEmpty()) {
            reader.warn(result.line, tr("a <UnitTestResult> without a testName"));
            continue;
        }
        const auto definition = definitions.constFind(result.testId);
        if (definition != definitions.constEnd()) {
            result.test.prefix = definition->className;
            result.test.testSuiteName = definition->storage;
        } else {
            reader.warn(result.line, tr("no <UnitTest> with the id %1, so the test's class is not known")
                                         .arg(result.testId.isEmpty() ? tr("(none)") : result.testId));
        }
        result.test.message = ReportValues::message(result.errorMessage, result.stackTrace);
        report.testCases.append(result.test);
    }
    return reader.finish(report);
}

} // namespace BuildDeck::Reports
