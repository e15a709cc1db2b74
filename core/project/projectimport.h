#pragma once

#include "project.h"

#include "support/issue.h"
#include "support/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace BuildDeck::Projects {

// Projects from CodeBuild JSON: a create-project input, or batch-get-projects output with several
// ({"projects": [...]}), read and checked against the rules. Every issue found goes to `issues`;
// any error makes the whole import fail, so nothing half-read is stored.
class ProjectImport final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Projects::ProjectImport)

public:
    static Result<QList<Project>> fromJson(const QJsonObject &input, QList<Issue> *issues = nullptr);
    static Result<QList<Project>> fromFile(const QString &path, QList<Issue> *issues = nullptr);
};

} // namespace BuildDeck::Projects
