#pragma once

#include "project.h"

#include "support/issue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace BuildDeck::Projects {

// A project read from JSON, and what was wrong with the JSON (member paths in Issue::path).
struct ProjectReading
{
    Project project;
    QList<Issue> issues;

    bool hasErrors() const { return BuildDeck::hasErrors(issues); }
};

// A stored project with the times the store gave it.
struct ProjectRecord
{
    Project project;
    QDateTime created;
    QDateTime lastModified;
};

// Project JSON in AWS CodeBuild's shapes: the input of `create-project --cli-input-json` and the
// entries of `batch-get-projects`' "projects" array.
class ProjectJson final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Projects::ProjectJson)

public:
    enum class Flavor
    {
        BuildDeck, // with BuildDeck's "builddeck" member: imports back to an equal project
        Aws,       // what AWS accepts: no "builddeck" member
    };

    // Reads a create-project input or a batch-get-projects entry. Unknown members are warnings;
    // members of the wrong type are errors. It does not check the rules (ProjectValidator does).
    static ProjectReading read(const QJsonObject &object);

    static QJsonObject toCreateProjectInput(const Project &project, Flavor flavor = Flavor::BuildDeck);
    // A batch-get-projects entry: the input plus arn, created, lastModified and AWS's defaults.
    static QJsonObject toRecord(const ProjectRecord &record, const QString &region = QStringLiteral("us-east-1"));

    static QString arn(const QString &projectName, const QString &region = QStringLiteral("us-east-1"));
};

} // namespace BuildDeck::Projects
