#include "projectimport.h"

#include "projectjson.h"
#include "projectvalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace BuildDeck::Projects {

Result<QList<Project>> ProjectImport::fromJson(const QJsonObject &input, QList<Issue> *issues)
{
    const bool many = input.value(QStringLiteral("projects")).isArray();
    const QJsonArray entries = many ? input.value(QStringLiteral("projects")).toArray() : QJsonArray{input};
    QList<Project> projects;
    QStringList errors;
    for (const QJsonValue &entry : entries) {
        ProjectReading reading = ProjectJson::read(entry.toObject());
        reading.issues += ProjectValidator::validate(reading.project);
        for (const Issue &issue : std::as_const(reading.issues)) {
            if (issue.isError())
                errors.append(issue.toString());
        }
        if (issues)
            *issues += reading.issues;
        projects.append(reading.project);
    }
    if (entries.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The JSON holds no project."));
    if (!errors.isEmpty())
        return makeError(ErrorCode::InvalidArgument, errors.join(QLatin1Char('\n')));
    return projects;
}

Result<QList<Project>> ProjectImport::fromFile(const QString &path, QList<Issue> *issues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("%1 is not JSON: %2 at byte %3").arg(path, parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 holds no JSON object; CodeBuild project JSON is an object.").arg(path));
    return fromJson(document.object(), issues);
}

} // namespace BuildDeck::Projects
