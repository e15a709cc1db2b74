#pragma once

#include <QString>
#include <QStringList>

namespace BuildDeck::Runtime {

// Linux capabilities by name, for a privileged build on an engine that cannot grant them all
// (Docker 20.10 asks for every capability up to AUDIT_READ, reference §10.3).
namespace Capabilities {

// The names (without CAP_) of capabilities 0 to 37 that the bounding set in `procStatus` (the text
// of /proc/PID/status) lacks; empty when the text has no CapBnd line.
QStringList missing(const QString &procStatus);

// The same for this process, a fair stand-in for a local engine's daemon.
QStringList missingHere();

} // namespace Capabilities

} // namespace BuildDeck::Runtime
