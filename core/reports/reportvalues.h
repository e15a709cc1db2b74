#pragma once

#include "buildspec/buildspec.h"
#include "support/error.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>

namespace BuildDeck::Reports {

// The test case statuses of reference §6.3.
namespace Status {
inline const QString Succeeded = QStringLiteral("SUCCEEDED");
inline const QString Failed = QStringLiteral("FAILED");
inline const QString Error = QStringLiteral("ERROR");
inline const QString Skipped = QStringLiteral("SKIPPED");
inline const QString Unknown = QStringLiteral("UNKNOWN");
} // namespace Status

// How the report readers turn the text of a report into values: numbers as different tools and
// locales write them, messages within CodeBuild's limit, qualified names split into prefix and name,
// and the error for a file that is not the format expected.
class ReportValues final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Reports::ReportValues)

public:
    static constexpr qsizetype MaxMessageLength = 5000; // reference §6.3
    static constexpr qsizetype MaxWarnings = 200;       // then one line saying that more were left out

    // A decimal number as report writers spell it: "1.5", "1,5" (a decimal comma), "1,234.5" and
    // "1.234,5" (grouping), " 2e-3 ". Of ',' and '.' the last one is the decimal separator when
    // both appear; either one repeated is grouping. Empty for anything that is not a finite number.
    static std::optional<double> decimal(QStringView text);
    // A count ("12", "1,234", "12.0"), never negative. Empty when the text is not a number.
    static std::optional<qint64> count(QStringView text);
    // Seconds as nanoseconds: negative and non-finite values give 0, and the result is clamped to a
    // few centuries.
    static qint64 nanoseconds(double seconds);

    // Line ends as LF, white space at either end removed.
    static QString tidied(const QString &text);
    // `first` and `second` tidied and joined by a newline when both are there (the second left out
    // when it only repeats the first), clipped to MaxMessageLength.
    static QString message(const QString &first, const QString &second = {});
    // At most MaxMessageLength characters, never ending inside a surrogate pair.
    static QString clipped(const QString &text);

    // "Ns.Fixture.Method(1.5, \"a.b\")" -> {"Ns.Fixture", "Method(1.5, \"a.b\")"}: the split is at
    // the last '.' outside brackets ((), <>, []) and quotes. Without such a '.', the prefix is empty.
    static std::pair<QString, QString> splitQualifiedName(const QString &name);

    // Appends while there are fewer than MaxWarnings, then once says that more were left out.
    static void addWarning(QStringList &warnings, const QString &warning);
    static int clampedInt(qint64 value);

    // InvalidArgument: "<file> is not a valid <FORMAT> report (line L, column C): <reason>".
    static BuildDeck::Error invalid(Spec::ReportFormat format, const QString &fileName, qint64 line, qint64 column,
                                    const QString &reason);
    // The same for a JSON document QJsonDocument refused, at the character it stopped on.
    static BuildDeck::Error invalidJson(Spec::ReportFormat format, const QString &fileName, const QByteArray &data,
                                        const QJsonParseError &error);
    // The 1-based line and column (in characters) of a byte offset into UTF-8 text.
    static std::pair<qint64, qint64> position(const QByteArray &data, qsizetype offset);
};

} // namespace BuildDeck::Reports
