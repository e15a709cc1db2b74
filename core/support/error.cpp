#include "error.h"

namespace BuildDeck {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ErrorCode::Protocol:
        return QStringLiteral("protocol");
    case ErrorCode::Remote:
        return QStringLiteral("remote");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace BuildDeck
