#pragma once

#include "support/setting.h"

#include <QString>

namespace BuildDeck::Engine {

// The settings of this machine that shape builds, shared by the desktop application, builddeck-cli
// and the build workers.
class BuildSettings final
{
public:
    // How many builds run at once, whatever their project (ARCHITECTURE §2); default: one a core.
    static Setting<int> &concurrentLimit();
    // The AWS region the builds' variables and ARNs name.
    static Setting<QString> &region();
    // The engine the desktop application uses when neither --engine, BUILDDECK_ENGINE nor
    // DOCKER_HOST names one (empty: the default sockets).
    static Setting<QString> &engine();
    // The data directory the desktop application uses when neither --data-dir nor
    // BUILDDECK_DATA_DIR names one (empty: the default).
    static Setting<QString> &dataDirectory();
};

} // namespace BuildDeck::Engine
