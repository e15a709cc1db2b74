#include "reportvalues.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace BuildDeck::Reports {

namespace {

// About three centuries: far beyond any real test, and far from qint64's end.
constexpr double MaxNanoseconds = 1e19 / 2;

// The text without white space and the grouping marks that never mean a decimal point.
QString withoutSpacing(QStringView text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('\''))
            cleaned.append(c);
    }
    return cleaned;
}

} // namespace

std::optional<double> ReportValues::decimal(QStringView text)
{
    QString cleaned = withoutSpacing(text);
    if (cleaned.isEmpty())
        return std::nullopt;
    const qsizetype lastComma = cleaned.lastIndexOf(QLatin1Char(','));
    const qsizetype lastDot = cleaned.lastIndexOf(QLatin1Char('.'));
    if (lastComma >= 0 && lastDot >= 0) {
        if (lastComma > lastDot) { // "1.234,5"
            cleaned.remove(QLatin1Char('.'));
            cleaned.replace(QLatin1Char(','), QLatin1Char('.'));
        } else { // "1,234.5"
            cleaned.remove(QLatin1Char(','));
        }
    } else if (lastComma >= 0) {
        if (cleaned.count(QLatin1Char(',')) > 1)
            cleaned.remove(QLatin1Char(','));
        else
            cleaned.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (cleaned.count(QLatin1Char('.')) > 1) {
        cleaned.remove(QLatin1Char('.'));
    }
    bool ok = false;
    const double value = cleaned.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> ReportValues::count(QStringView text)
{
    QString cleaned = withoutSpacing(text);
    cleaned.remove(QLatin1Char(','));
    bool ok = false;
    const double value = cleaned.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    if (value <= 0)
        return 0;
    return qint64(std::min(std::round(value), double(std::numeric_limits<int>::max())));
}

qint64 ReportValues::nanoseconds(double seconds)
{
    const double value = seconds * 1e9;
    if (!(value > 0)) // negative, zero or NaN
        return 0;
    return qint64(std::llround(std::min(value, MaxNanoseconds)));
}

QString ReportValues::tidied(const QString &text)
{
    QString result = text;
    result.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    result.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return result.trimmed();
}

QString ReportValues::message(const QString &first, const QString &second)
{
    const QString one = tidied(first);
    const QString two = tidied(second);
    if (one.isEmpty())
        return clipped(two);
    if (two.isEmpty() || two == one)
        return clipped(one);
    return clipped(one + QLatin1Char('\n') + two);
}

QString ReportValues::clipped(const QString &text)
{
    if (text.size() <= MaxMessageLength)
        return text;
    qsizetype length = MaxMessageLength;
    if (text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length);
}

std::pair<QString, QString> ReportValues::splitQualifiedName(const QString &name)
{
    int depth = 0;
    bool quoted = false;
    qsizetype split = -1;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == QLatin1Char('(') || c == QLatin1Char('<') || c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char(')') || c == QLatin1Char('>') || c == QLatin1Char(']')) {
            depth = std::max(0, depth - 1);
        } else if (c == QLatin1Char('.') && depth == 0) {
            split = i;
        }
    }
    if (split < 0)
        return {QString(), name};
    return {name.left(split), name.mid(split + 1)};
}

void ReportValues::addWarning(QStringList &warnings, const QString &warning)
{
    if (warnings.size() < MaxWarnings)
        warnings.append(warning);
    else if (warnings.size() == MaxWarnings)
        warnings.append(tr("More warnings were left out."));
}

int ReportValues::clampedInt(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

BuildDeck::Error ReportValues::invalid(Spec::ReportFormat format, const QString &fileName, qint64 line, qint64 column,
                                       const QString &reason)
{
    const QString message = tr("%1 is not a valid %2 report (line %3, column %4): %5")
                                .arg(fileName, Spec::reportFormatName(format))
                                .arg(line)
                                .arg(column)
                                .arg(reason);
    return BuildDeck::Error{ErrorCode::InvalidArgument, message, fileName, clampedInt(line), clampedInt(column)};
}

BuildDeck::Error ReportValues::invalidJson(Spec::ReportFormat format, const QString &fileName, const QByteArray &data,
                                           const QJsonParseError &error)
{
    // QJsonParseError's offset is just past the character the parser stopped on.
    const auto [line, column] = position(data, std::max(0, error.offset - 1));
    return invalid(format, fileName, line, column, error.errorString());
}

std::pair<qint64, qint64> ReportValues::position(const QByteArray &data, qsizetype offset)
{
    qint64 line = 1;
    qint64 column = 1;
    const qsizetype end = std::clamp<qsizetype>(offset, 0, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(data.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++column;
        }
    }
    return {line, column};
}

} // namespace BuildDeck::Reports
