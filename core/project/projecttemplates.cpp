#include "projecttemplates.h"

#include <QFile>
#include <QJsonDocument>

namespace BuildDeck::Projects {

namespace {

struct TemplateText
{
    const char *id;
    const char *title;
    const char *description;
};

const TemplateText templates[] = {
    {"hello", QT_TRANSLATE_NOOP("BuildDeck::Projects::ProjectTemplates", "Hello, BuildDeck"),
     QT_TRANSLATE_NOOP("BuildDeck::Projects::ProjectTemplates",
                       "No source: the buildspec is part of the project. The quickest way to see a build run.")},
    {"local-folder", QT_TRANSLATE_NOOP("BuildDeck::Projects::ProjectTemplates", "Folder on this machine"),
     QT_TRANSLATE_NOOP("BuildDeck::Projects::ProjectTemplates",
                       "Builds a local folder with its buildspec.yml; the folder is copied, never changed.")},
    {"git-repository", QT_TRANSLATE_NOOP("BuildDeck::Projects::ProjectTemplates", "Git repository"),
     QT_TRANSLATE_NOOP("BuildDeck::Projects::ProjectTemplates",
                       "Builds a branch, tag or commit of a git repository, as CodeBuild's GitHub, GitLab, Bitbucket "
                       "and CodeCommit sources do.")},
};

} // namespace

QList<ProjectTemplate> ProjectTemplates::all()
{
    QList<ProjectTemplate> result;
    for (const TemplateText &text : templates) {
        QFile file(QStringLiteral(":/templates/%1.json").arg(QLatin1String(text.id)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        result.append({QString::fromLatin1(text.id), tr(text.title), tr(text.description),
                       QJsonDocument::fromJson(file.readAll()).object()});
    }
    return result;
}

std::optional<ProjectTemplate> ProjectTemplates::find(const QString &id)
{
    for (const ProjectTemplate &candidate : all()) {
        if (candidate.id == id)
            return candidate;
    }
    return std::nullopt;
}

} // namespace BuildDeck::Projects
