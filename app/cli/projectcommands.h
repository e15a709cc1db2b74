#pragma once

#include "project/projectstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>

// builddeck-cli's project verbs, with the AWS CLI's options and JSON shapes (ARCHITECTURE §5).
class ProjectCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCommands)

public:
    explicit ProjectCommands(QString dataDir);

    int createProject(const QString &cliInputJson);
    int updateProject(const QString &cliInputJson);
    int deleteProject(const QString &name);
    int listProjects(const QString &sortBy, const QString &sortOrder);
    int batchGetProjects(const QStringList &names);

private:
    // Opens the store on first use; prints why not and returns null when it cannot.
    BuildDeck::Projects::ProjectStore *store();
    // The JSON object of --cli-input-json (file://PATH or the JSON itself); prints why not.
    std::optional<QJsonObject> readInput(const QString &cliInputJson);
    // Reads and checks one project; prints its issues; false when it has errors.
    bool readProject(const QJsonObject &object, BuildDeck::Projects::Project &project);
    int storeFailure(const BuildDeck::Error &error);

    QString m_dataDir;
    std::unique_ptr<BuildDeck::Projects::ProjectStore> m_store;
};
