#pragma once

#include <QString>

namespace BuildDeck {

// Names the running application so that the GUI and the CLI share one settings file and one
// default data directory. Call right after the Q*Application is created.
void setApplicationIdentity();

// The reverse-DNS id of the desktop file, metainfo and icon.
QString applicationId();

} // namespace BuildDeck
