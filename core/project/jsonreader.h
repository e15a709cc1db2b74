#pragma once

#include "support/issue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace BuildDeck::Projects {

// Typed reading of JSON members with diagnostics that name the member's path
// ("environment.computeType"): each accessor returns what it could read and records an Issue for
// what it could not.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Projects::JsonReader)

public:
    struct Member
    {
        QString name;
        std::function<void(const QJsonValue &value, const QString &path)> read;
    };

    explicit JsonReader(QList<Issue> &issues);

    void error(const QString &path, const QString &code, const QString &message, const QString &suggestion = {});
    void warning(const QString &path, const QString &code, const QString &message, const QString &suggestion = {});

    // Reads each known member of an object; members in `ignored` are accepted silently (read-only
    // members of AWS's output), any other member is a warning that names it.
    void readObject(const QJsonValue &value, const QString &path, const QList<Member> &members,
                    const QStringList &ignored = {});

    QString string(const QJsonValue &value, const QString &path);
    std::optional<bool> boolean(const QJsonValue &value, const QString &path);
    std::optional<int> integer(const QJsonValue &value, const QString &path);
    QStringList stringList(const QJsonValue &value, const QString &path);
    QJsonObject object(const QJsonValue &value, const QString &path);
    QJsonArray array(const QJsonValue &value, const QString &path);

    static QString join(const QString &path, const QString &member);

private:
    QList<Issue> &m_issues;
};

} // namespace BuildDeck::Projects
