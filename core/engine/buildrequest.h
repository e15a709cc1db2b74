#pragma once

#include "project/project.h"

#include <QList>
#include <QString>

#include <optional>

namespace BuildDeck::Engine {

// What start-build asks for beyond the project (ARCHITECTURE §5, reference §4.6).
struct BuildRequest
{
    QString projectName;
    QString sourceVersion;
    QString buildspecOverride;
    QList<Projects::EnvironmentVariable> environmentOverrides;
    QString imageOverride;
    QString computeTypeOverride;
    std::optional<bool> privilegedModeOverride;
    std::optional<int> timeoutInMinutesOverride;
    QString initiator;
};

} // namespace BuildDeck::Engine
