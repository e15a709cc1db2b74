#include "xmlreportreader.h"

#include "reportvalues.h"

namespace BuildDeck::Reports {

XmlReportReader::XmlReportReader(Spec::ReportFormat format, const QByteArray &data, const QString &fileName)
    : m_format(format)
    , m_fileName(fileName)
    , m_xml(prepared(data, m_skippedLines))
{
    m_xml.setNamespaceProcessing(false);
}

// White space before an XML declaration is not well-formed, but some writers print a blank line
// first; it is dropped (and counted, so that lines still match the file).
QByteArray XmlReportReader::prepared(const QByteArray &data, qint64 &skippedLines)
{
    const QByteArray bom("\xEF\xBB\xBF");
    const qsizetype start = data.startsWith(bom) ? bom.size() : 0;
    qsizetype first = start;
    qint64 newlines = 0;
    for (; first < data.size(); ++first) {
        const char c = data.at(first);
        if (c == '\n')
            ++newlines;
        else if (c != ' ' && c != '\t' && c != '\r')
            break;
    }
    if (first == start || data.mid(first, 5) != QByteArrayLiteral("<?xml"))
        return data;
    skippedLines = newlines;
    return data.sliced(first);
}

bool XmlReportReader::readRoot(const QStringList &names)
{
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (!m_xml.isStartElement())
            continue;
        const QString root = m_xml.name().toString();
        if (names.contains(root))
            return true;
        QStringList expected;
        for (const QString &name : names)
            expected.append(QLatin1Char('<') + name + QLatin1Char('>'));
        fail(tr("expected the root element %1, found <%2>").arg(expected.join(tr(" or ")), root));
        return false;
    }
    if (!m_xml.hasError())
        fail(tr("there is no root element"));
    return false;
}

void XmlReportReader::fail(const QString &reason)
{
    m_xml.raiseError(reason);
}

QString XmlReportReader::attribute(QStringView name) const
{
    for (const QXmlStreamAttribute &candidate : m_xml.attributes()) {
        if (candidate.qualifiedName() == name)
            return candidate.value().toString();
    }
    return {};
}

std::optional<double> XmlReportReader::decimalAttribute(QStringView name)
{
    const QString text = attribute(name).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const std::optional<double> value = ReportValues::decimal(text);
    if (!value)
        warn(line(), tr("%1=\"%2\" is not a number; it counts as 0").arg(name.toString(), text));
    return value;
}

std::optional<qint64> XmlReportReader::countAttribute(QStringView name)
{
    const QString text = attribute(name).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const std::optional<qint64> value = ReportValues::count(text);
    if (!value)
        warn(line(), tr("%1=\"%2\" is not a number; it counts as 0").arg(name.toString(), text));
    return value;
}

QString XmlReportReader::elementText()
{
    return m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

qint64 XmlReportReader::line() const
{
    return m_xml.lineNumber() + m_skippedLines;
}

void XmlReportReader::warn(qint64 line, const QString &text)
{
    ReportValues::addWarning(m_warnings, tr("line %1: %2").arg(line).arg(text));
}

void XmlReportReader::readTestCases(const std::function<void(const QString &suite)> &onCase)
{
    QStringList suites; // the enclosing <test-suite> names, innermost last
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.isStartElement()) {
            if (m_xml.name() == u"test-suite")
                suites.append(attribute(u"name"));
            else if (m_xml.name() == u"test-case")
                onCase(suites.isEmpty() ? QString() : suites.last());
        } else if (m_xml.isEndElement() && m_xml.name() == u"test-suite" && !suites.isEmpty()) {
            suites.removeLast();
        }
    }
}

Result<ParsedReport> XmlReportReader::finish(ParsedReport report) const
{
    if (m_xml.hasError())
        return ReportValues::invalid(m_format, m_fileName, line(), m_xml.columnNumber() + 1, m_xml.errorString());
    report.warnings = m_warnings;
    return report;
}

} // namespace BuildDeck::Reports
