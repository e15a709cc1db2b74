#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <functional>
#include <optional>

namespace BuildDeck::Log {

// What to look for in a log: text or a regular expression, with or without regard to case.
struct LogSearchQuery
{
    QString text;
    bool regularExpression = false;
    bool caseSensitive = false;

    bool isEmpty() const { return text.isEmpty(); }
    friend bool operator==(const LogSearchQuery &, const LogSearchQuery &) = default;
};

// Finds a query's matches in lines of a log, as the log view shows them (escape sequences
// removed, carriage returns applied). Matches do not overlap; an empty match is never counted.
class LogMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Log::LogMatcher)

public:
    explicit LogMatcher(const LogSearchQuery &query);

    // Empty when the query can be searched; else what is wrong with it (a bad regular expression).
    QString error() const { return m_error; }
    bool isValid() const { return m_error.isEmpty() && !m_query.isEmpty(); }

    // Where the matches are in a line's shown text: start and length in QChar units.
    QList<std::pair<int, int>> matches(const QString &text) const;
    // How many matches a raw log line holds (bytes as the log has them, without the newline).
    // Plain ASCII-case literals are counted on the bytes, without decoding.
    qint64 count(QByteArrayView raw) const;

private:
    qint64 countBytes(QByteArrayView raw) const;

    LogSearchQuery m_query;
    QString m_error;
    QRegularExpression m_regex;
    QByteArray m_needle;     // UTF-8, lower-cased when the search ignores ASCII case
    bool m_bytewise = false; // the needle can be matched on raw bytes
};

} // namespace BuildDeck::Log
