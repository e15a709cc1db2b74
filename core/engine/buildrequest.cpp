#include "buildrequest.h"

#include "project/projectjson.h"

#include <algorithm>

namespace BuildDeck::Engine {

Projects::Project BuildRequest::apply(const Projects::Project &project, QList<Issue> *issues) const
{
    Projects::Project effective = project;
    if (!buildspecOverride.isEmpty())
        effective.source.buildspec = buildspecOverride;
    if (!imageOverride.isEmpty())
        effective.environment.image = imageOverride;
    if (!computeTypeOverride.isEmpty())
        effective.environment.computeType = computeTypeOverride;
    if (privilegedModeOverride)
        effective.environment.privilegedMode = privilegedModeOverride;
    for (const Projects::EnvironmentVariable &variable : environmentOverrides) {
        auto &variables = effective.environment.environmentVariables;
        const auto same = std::find_if(variables.begin(), variables.end(),
                                       [&](const Projects::EnvironmentVariable &v) { return v.name == variable.name; });
        if (same != variables.end())
            *same = variable;
        else
            variables.append(variable);
    }
    if (!artifactsOverride && !secondaryArtifactsOverride)
        return effective;

    // The artifact overrides are ProjectArtifacts JSON: read them as the project's own members.
    QJsonObject input = Projects::ProjectJson::toCreateProjectInput(effective);
    if (artifactsOverride)
        input.insert(QStringLiteral("artifacts"), *artifactsOverride);
    if (secondaryArtifactsOverride)
        input.insert(QStringLiteral("secondaryArtifacts"), *secondaryArtifactsOverride);
    const Projects::ProjectReading reading = Projects::ProjectJson::read(input);
    if (issues) {
        for (Issue issue : reading.issues) {
            for (const char *member : {"artifacts", "secondaryArtifacts"}) {
                const QString name = QString::fromLatin1(member);
                if (issue.path == name || issue.path.startsWith(name + QLatin1Char('.')) ||
                    issue.path.startsWith(name + QLatin1Char('['))) {
                    issue.path.replace(0, name.size(), name + QStringLiteral("Override"));
                    if (issue.message.startsWith(name))
                        issue.message.replace(0, name.size(), name + QStringLiteral("Override"));
                    issues->append(issue);
                }
            }
        }
    }
    effective.artifacts = reading.project.artifacts;
    effective.secondaryArtifacts = reading.project.secondaryArtifacts;
    return effective;
}

} // namespace BuildDeck::Engine
