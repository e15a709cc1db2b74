#include "jsonreader.h"

#include <cmath>

namespace BuildDeck::Projects {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonReader::tr("null");
    case QJsonValue::Bool:
        return JsonReader::tr("true or false");
    case QJsonValue::Double:
        return JsonReader::tr("a number");
    case QJsonValue::String:
        return JsonReader::tr("a string");
    case QJsonValue::Array:
        return JsonReader::tr("a list");
    case QJsonValue::Object:
        return JsonReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonReader::tr("nothing");
}

} // namespace

JsonReader::JsonReader(QList<Issue> &issues)
    : m_issues(issues)
{
}

QString JsonReader::join(const QString &path, const QString &member)
{
    return path.isEmpty() ? member : path + QLatin1Char('.') + member;
}

void JsonReader::error(const QString &path, const QString &code, const QString &message, const QString &suggestion)
{
    m_issues.append(Issue{
        Issue::Severity::Error, code, QStringLiteral("%1: %2").arg(path, message), suggestion, {}, path, 0, 0, {}});
}

void JsonReader::warning(const QString &path, const QString &code, const QString &message, const QString &suggestion)
{
    m_issues.append(Issue{
        Issue::Severity::Warning, code, QStringLiteral("%1: %2").arg(path, message), suggestion, {}, path, 0, 0, {}});
}

void JsonReader::readObject(const QJsonValue &value, const QString &path, const QList<Member> &members,
                            const QStringList &ignored)
{
    if (!value.isObject()) {
        error(path, QStringLiteral("wrong-type"), tr("must be an object, not %1").arg(typeName(value)));
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto member = std::find_if(members.cbegin(), members.cend(),
                                         [&](const Member &candidate) { return candidate.name == it.key(); });
        if (member != members.cend()) {
            if (!it.value().isNull())
                member->read(it.value(), join(path, it.key()));
            continue;
        }
        if (ignored.contains(it.key()))
            continue;
        QStringList names;
        for (const Member &known : members)
            names.append(known.name);
        const auto similar = std::find_if(names.cbegin(), names.cend(), [&](const QString &name) {
            return name.compare(it.key(), Qt::CaseInsensitive) == 0;
        });
        warning(join(path, it.key()), QStringLiteral("unknown-key"), tr("unknown member; it is ignored"),
                similar != names.cend() ? tr("did you mean '%1'?").arg(*similar)
                                        : tr("known members: %1").arg(names.join(QStringLiteral(", "))));
    }
}

QString JsonReader::string(const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return value.toString();
    error(path, QStringLiteral("wrong-type"), tr("must be a string, not %1").arg(typeName(value)));
    return {};
}

std::optional<bool> JsonReader::boolean(const QJsonValue &value, const QString &path)
{
    if (value.isBool())
        return value.toBool();
    error(path, QStringLiteral("wrong-type"), tr("must be true or false, not %1").arg(typeName(value)));
    return std::nullopt;
}

std::optional<int> JsonReader::integer(const QJsonValue &value, const QString &path)
{
    const double number = value.toDouble();
    if (value.isDouble() && std::floor(number) == number && std::abs(number) < 2147483647.0)
        return int(number);
    error(path, QStringLiteral("wrong-type"), tr("must be a whole number, not %1").arg(typeName(value)));
    return std::nullopt;
}

QStringList JsonReader::stringList(const QJsonValue &value, const QString &path)
{
    QStringList items;
    const QJsonArray values = array(value, path);
    for (qsizetype i = 0; i < values.size(); ++i)
        items.append(string(values.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)));
    return items;
}

QJsonObject JsonReader::object(const QJsonValue &value, const QString &path)
{
    if (value.isObject())
        return value.toObject();
    error(path, QStringLiteral("wrong-type"), tr("must be an object, not %1").arg(typeName(value)));
    return {};
}

QJsonArray JsonReader::array(const QJsonValue &value, const QString &path)
{
    if (value.isArray())
        return value.toArray();
    error(path, QStringLiteral("wrong-type"), tr("must be a list, not %1").arg(typeName(value)));
    return {};
}

} // namespace BuildDeck::Projects
