#include "issue.h"

#include <algorithm>

namespace BuildDeck {

QString Issue::severityName() const
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString Issue::toString() const
{
    QString text = file.isEmpty() ? QStringLiteral("<buildspec>") : file;
    text += QStringLiteral(":%1:%2: %3: %4 [%5]").arg(line).arg(column).arg(severityName(), message, code);
    return text;
}

QJsonObject Issue::toJson() const
{
    QJsonObject object{
        {QStringLiteral("severity"), severityName()}, {QStringLiteral("code"), code},
        {QStringLiteral("message"), message},         {QStringLiteral("line"), line},
        {QStringLiteral("column"), column},           {QStringLiteral("suggestion"), suggestion},
    };
    if (!path.isEmpty())
        object.insert(QStringLiteral("path"), path);
    return object;
}

bool hasErrors(const QList<Issue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) { return issue.isError(); });
}

} // namespace BuildDeck
