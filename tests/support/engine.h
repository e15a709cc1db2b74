#pragma once

#include "runtime/enginelocator.h"

#include <catch2/catch.hpp>

// For tests tagged [docker]: whether a real engine answers. Where none does, a developer's run
// returns early with a WARN; a CI run (CI=true) fails, since CI sets the engine up.
inline bool requireEngine()
{
    const auto candidates = BuildDeck::Runtime::EngineLocator::candidates({});
    if (!candidates)
        FAIL(candidates.error().message.toStdString());
    const auto info = BuildDeck::Runtime::EngineLocator::probe(*candidates);
    if (info)
        return true;
    if (qEnvironmentVariable("CI") == QStringLiteral("true"))
        FAIL("No container engine, but CI must have one: " << info.error().message.toStdString());
    WARN("Skipped: no container engine answers (" << info.error().message.toStdString() << ")");
    return false;
}

inline const char *defaultImage()
{
    return "builddeck/standard:1.0";
}
