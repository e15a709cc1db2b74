#pragma once

#include <QMetaType>
#include <QString>

namespace BuildDeck {

// What kind of failure an Error reports; callers branch on this, users read the message.
enum class ErrorCode
{
    InvalidArgument, // the caller passed something malformed (a bad URL, an unknown option)
    NotFound,        // the named thing does not exist (an image, a container, a file)
    Unavailable,     // a service did not answer (no engine, no keychain)
    Timeout,         // a service did not answer in time
    Protocol,        // a service answered something we cannot understand
    Remote,          // a service answered with an error of its own
    Io,              // a local file or directory could not be read or written
    Cancelled,       // the user or a stop request ended the work
    Internal,        // a bug: an invariant did not hold
};

// A failure reported across an API edge: a code to branch on and a message for people, optionally
// pointing at a place in a file.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString file;
    int line = 0;
    int column = 0;
};

QString errorCodeName(ErrorCode code);

} // namespace BuildDeck

Q_DECLARE_METATYPE(BuildDeck::Error)
