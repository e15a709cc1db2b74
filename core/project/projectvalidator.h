#pragma once

#include "project.h"

#include "support/issue.h"

#include <QCoreApplication>
#include <QList>

namespace BuildDeck::Projects {

// The rules a project must follow (reference §4, ARCHITECTURE §5 and §6). Each issue names the
// member's path and the rule: "environment.computeType: BUILD_GENERAL1_HUGE is not one of ...".
class ProjectValidator final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Projects::ProjectValidator)

public:
    static constexpr int maxSecondaries = 12;
    static constexpr int maxTags = 50;

    // The rules that hold for a stored project.
    static QList<Issue> validate(const Project &project);
    // validate(), plus what must hold when a build starts: a LOCAL source's directory exists.
    static QList<Issue> validateForBuild(const Project &project);

    static bool isValidName(const QString &name);
    static bool isValidIdentifier(const QString &identifier);

    static const QStringList &sourceTypes();
    static const QStringList &gitSourceTypes();
    static const QStringList &environmentTypes();
    static const QStringList &computeTypes();
};

} // namespace BuildDeck::Projects
