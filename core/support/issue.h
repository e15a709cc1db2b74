#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace BuildDeck {

// One problem found in a document the user wrote (a buildspec, a project): where it is, how bad,
// a stable code for tools and tests, a message for people, and a fix where one is obvious.
struct Issue
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString code;       // stable: "yaml-syntax", "unknown-key", "wrong-type", ...
    QString message;    // one sentence that names the key or value
    QString suggestion; // what to write instead, or empty
    QString file;       // the document, or empty for text that has no file
    QString path;       // the member, for structured documents such as project JSON ("source.type")
    int line = 0;       // 1-based; 0 when the issue concerns the whole document
    int column = 0;     // 1-based
    QString context;    // groups issues of one document, so that re-validating replaces them

    bool isError() const { return severity == Severity::Error; }
    QString severityName() const;
    // "FILE:LINE:COL: error: message [code]", the form compilers and editors understand.
    QString toString() const;
    QJsonObject toJson() const;

    friend bool operator==(const Issue &, const Issue &) = default;
};

bool hasErrors(const QList<Issue> &issues);

} // namespace BuildDeck

Q_DECLARE_METATYPE(BuildDeck::Issue)
