#pragma once

#include "reportparser.h"

#include <QXmlStreamReader>

#include <functional>
#include <optional>

namespace BuildDeck::Reports {

// A QXmlStreamReader over one XML report, with what every XML format's reader needs: the root
// check, attributes and numbers that may be missing or odd, warnings that carry the line, and the
// error that names the file, the format and the position. Element and attribute names are matched by
// local name (namespace processing is off, so a prefix that is never declared is no error, and TRX's
// default namespace needs no handling). QXmlStreamReader never fetches an external DTD; it stops at
// undeclared entities and caps entity expansion.
class XmlReportReader final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::XmlReportReader)

public:
    XmlReportReader(Spec::ReportFormat format, const QByteArray &data, const QString &fileName);

    QXmlStreamReader &xml() { return m_xml; }

    // Reads up to the root element and leaves the reader on it. False, with the reader failed, when
    // there is none or when its name is not one of `names`.
    bool readRoot(const QStringList &names);
    // Stops reading: the file is not this format, for `reason`, at the current position.
    void fail(const QString &reason);

    // The current element's attribute; empty when it is missing.
    QString attribute(QStringView name) const;
    // The attribute as a decimal number; empty when it is missing or blank, and also (with a
    // warning) when it is not a number.
    std::optional<double> decimalAttribute(QStringView name);
    // The attribute as a count; the same rules.
    std::optional<qint64> countAttribute(QStringView name);
    // The text of the current element and everything in it; the reader is then on its end.
    QString elementText();

    qint64 line() const;
    // "line 12: <text>", capped (ReportValues::addWarning).
    void warn(qint64 line, const QString &text);

    // NUnit's shape: reads the rest of the document and calls `onCase` on each <test-case> with the
    // name of the innermost <test-suite> around it.
    void readTestCases(const std::function<void(const QString &suite)> &onCase);

    // The report with the warnings, or the error that stopped the reader.
    Result<ParsedReport> finish(ParsedReport report) const;

private:
    static QByteArray prepared(const QByteArray &data, qint64 &skippedLines);

    Spec::ReportFormat m_format;
    QString m_fileName;
    qint64 m_skippedLines = 0; // blank lines before an XML declaration, taken out for QXmlStreamReader
    QXmlStreamReader m_xml;
    QStringList m_warnings;
};

} // namespace BuildDeck::Reports
