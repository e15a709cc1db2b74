#pragma once

#include "project/project.h"
#include "support/issue.h"

#include <QJsonArray>
#include <QJsonObject>
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
    std::optional<QJsonObject> artifactsOverride;         // a ProjectArtifacts, as start-build takes it
    std::optional<QJsonArray> secondaryArtifactsOverride; // ProjectArtifacts
    QString initiator;

    // The project as this build runs it: the overrides applied (the project itself is unchanged).
    // `issues` receives what is wrong with the overrides, their members named as start-build's
    // ("artifactsOverride.type").
    Projects::Project apply(const Projects::Project &project, QList<Issue> *issues = nullptr) const;
};

} // namespace BuildDeck::Engine
