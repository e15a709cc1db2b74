#pragma once

#include "engineinfo.h"

#include <QMetaType>
#include <QString>

namespace BuildDeck::Runtime {

// Whether an engine answers right now: what it is when it does, why not when it does not.
struct EngineStatus
{
    enum class State
    {
        Unknown,
        Connected,
        Disconnected
    };

    State state = State::Unknown;
    EngineInfo info; // when Connected
    QString error;   // when Disconnected

    bool isConnected() const { return state == State::Connected; }
    friend bool operator==(const EngineStatus &, const EngineStatus &) = default;
};

} // namespace BuildDeck::Runtime

Q_DECLARE_METATYPE(BuildDeck::Runtime::EngineStatus)
