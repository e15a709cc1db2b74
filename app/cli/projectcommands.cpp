#include "projectcommands.h"

#include "clioutput.h"

#include "engine/buildsettings.h"
#include "project/projectimport.h"
#include "project/projectvalidator.h"
#include "support/datadirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace BuildDeck;
using namespace BuildDeck::Projects;

ProjectCommands::ProjectCommands(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
}

ProjectStore *ProjectCommands::store()
{
    if (!m_store) {
        std::optional<History::Database> database = CliOutput::openDatabase(m_dataDir);
        if (!database)
            return nullptr;
        m_store = std::make_unique<ProjectStore>(std::move(*database));
    }
    return m_store.get();
}

std::optional<QJsonObject> ProjectCommands::readInput(const QString &cliInputJson)
{
    if (cliInputJson.isEmpty()) {
        CliOutput::fail(tr("--cli-input-json is required: file://PATH or the JSON itself"), CliOutput::UsageError);
        return std::nullopt;
    }
    const std::optional<QJsonDocument> document =
        CliOutput::readJsonOption(QStringLiteral("--cli-input-json"), cliInputJson);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        CliOutput::fail(tr("--cli-input-json: must be a JSON object"), CliOutput::UsageError);
        return std::nullopt;
    }
    return document->object();
}

bool ProjectCommands::readProject(const QJsonObject &object, Projects::Project &project)
{
    ProjectReading reading = ProjectJson::read(object);
    reading.issues += ProjectValidator::validate(reading.project);
    CliOutput::printIssues(reading.issues);
    project = reading.project;
    return !reading.hasErrors();
}

int ProjectCommands::storeFailure(const Error &error)
{
    return CliOutput::fail(error.message,
                           error.code == ErrorCode::InvalidArgument ? CliOutput::UsageError : CliOutput::Failure);
}

int ProjectCommands::createProject(const QString &cliInputJson)
{
    const std::optional<QJsonObject> input = readInput(cliInputJson);
    if (!input)
        return CliOutput::UsageError;

    // create-project input, or the output of batch-get-projects with several projects.
    const bool many = input->value(QStringLiteral("projects")).isArray();
    QList<Issue> issues;
    const Result<QList<Projects::Project>> projects = Projects::ProjectImport::fromJson(*input, &issues);
    CliOutput::printIssues(issues);
    if (!projects) {
        if (issues.isEmpty())
            CliOutput::fail(projects.error().message);
        return CliOutput::UsageError;
    }
    ProjectStore *projectStore = store();
    if (!projectStore)
        return CliOutput::Failure;

    QJsonArray created;
    for (const Projects::Project &project : *projects) {
        const Result<ProjectRecord> record = projectStore->create(project);
        if (!record)
            return storeFailure(record.error());
        created.append(ProjectJson::toRecord(*record, BuildDeck::Engine::BuildSettings::region().value()));
    }
    if (many)
        CliOutput::printJson(QJsonObject{{QStringLiteral("projects"), created}});
    else
        CliOutput::printJson(QJsonObject{{QStringLiteral("project"), created.first()}});
    return CliOutput::Success;
}

int ProjectCommands::updateProject(const QString &cliInputJson)
{
    const std::optional<QJsonObject> input = readInput(cliInputJson);
    if (!input)
        return CliOutput::UsageError;
    const QString name = input->value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return CliOutput::fail(tr("name: is required: the project to update"), CliOutput::UsageError);
    ProjectStore *projectStore = store();
    if (!projectStore)
        return CliOutput::Failure;
    const Result<ProjectRecord> current = projectStore->get(name);
    if (!current)
        return storeFailure(current.error());

    // As in AWS: each top-level member given replaces the stored one; the others stay.
    QJsonObject merged = ProjectJson::toCreateProjectInput(current->project);
    for (auto it = input->begin(); it != input->end(); ++it)
        merged.insert(it.key(), it.value());
    Projects::Project project;
    if (!readProject(merged, project))
        return CliOutput::UsageError;
    const Result<ProjectRecord> updated = projectStore->update(project);
    if (!updated)
        return storeFailure(updated.error());
    CliOutput::printJson(
        QJsonObject{{QStringLiteral("project"),
                     ProjectJson::toRecord(*updated, BuildDeck::Engine::BuildSettings::region().value())}});
    return CliOutput::Success;
}

int ProjectCommands::deleteProject(const QString &name)
{
    if (name.isEmpty())
        return CliOutput::fail(tr("--name is required: the project to delete"), CliOutput::UsageError);
    ProjectStore *projectStore = store();
    if (!projectStore)
        return CliOutput::Failure;
    const Result<void> removed = projectStore->remove(name);
    if (!removed)
        return storeFailure(removed.error());
    return CliOutput::Success;
}

int ProjectCommands::listProjects(const QString &sortBy, const QString &sortOrder)
{
    const QStringList sortKeys{QStringLiteral("NAME"), QStringLiteral("CREATED_TIME"),
                               QStringLiteral("LAST_MODIFIED_TIME")};
    const QStringList orders{QStringLiteral("ASCENDING"), QStringLiteral("DESCENDING")};
    const QString key = sortBy.isEmpty() ? QStringLiteral("NAME") : sortBy;
    const QString order = sortOrder.isEmpty() ? QStringLiteral("ASCENDING") : sortOrder;
    if (!sortKeys.contains(key))
        return CliOutput::fail(tr("--sort-by: %1 is not one of %2").arg(key, sortKeys.join(QStringLiteral(", "))),
                               CliOutput::UsageError);
    if (!orders.contains(order))
        return CliOutput::fail(tr("--sort-order: %1 is not one of %2").arg(order, orders.join(QStringLiteral(", "))),
                               CliOutput::UsageError);
    ProjectStore *projectStore = store();
    if (!projectStore)
        return CliOutput::Failure;
    Result<QList<ProjectRecord>> records = projectStore->list();
    if (!records)
        return storeFailure(records.error());
    std::stable_sort(records->begin(), records->end(), [&](const ProjectRecord &a, const ProjectRecord &b) {
        if (key == QStringLiteral("CREATED_TIME"))
            return a.created < b.created;
        if (key == QStringLiteral("LAST_MODIFIED_TIME"))
            return a.lastModified < b.lastModified;
        return a.project.name < b.project.name;
    });
    if (order == QStringLiteral("DESCENDING"))
        std::reverse(records->begin(), records->end());
    QJsonArray names;
    for (const ProjectRecord &record : std::as_const(*records))
        names.append(record.project.name);
    CliOutput::printJson(QJsonObject{{QStringLiteral("projects"), names}});
    return CliOutput::Success;
}

int ProjectCommands::batchGetProjects(const QStringList &names)
{
    if (names.isEmpty())
        return CliOutput::fail(tr("--names is required: one or more project names or ARNs"), CliOutput::UsageError);
    ProjectStore *projectStore = store();
    if (!projectStore)
        return CliOutput::Failure;
    QJsonArray found;
    QJsonArray notFound;
    for (const QString &requested : names) {
        // A project ARN ends in "project/NAME".
        const QString name =
            requested.startsWith(QStringLiteral("arn:")) ? requested.section(QStringLiteral("project/"), 1) : requested;
        const Result<ProjectRecord> record = projectStore->get(name);
        if (record)
            found.append(ProjectJson::toRecord(*record, BuildDeck::Engine::BuildSettings::region().value()));
        else if (record.error().code == ErrorCode::NotFound)
            notFound.append(requested);
        else
            return storeFailure(record.error());
    }
    CliOutput::printJson(
        QJsonObject{{QStringLiteral("projects"), found}, {QStringLiteral("projectsNotFound"), notFound}});
    return CliOutput::Success;
}
