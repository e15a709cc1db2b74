#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace BuildDeck::Projects {

// A starting point for a new project: create-project JSON shipped in resources/templates/.
struct ProjectTemplate
{
    QString id; // "hello", "local-folder", "git-repository"
    QString title;
    QString description;
    QJsonObject definition;
};

class ProjectTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Projects::ProjectTemplates)

public:
    static QList<ProjectTemplate> all();
    static std::optional<ProjectTemplate> find(const QString &id);
};

} // namespace BuildDeck::Projects
