#include "nodereader.h"

namespace BuildDeck::Spec {

namespace {

QString kindName(const YamlNode &node)
{
    switch (node.kind) {
    case YamlNode::Kind::Null:
        return NodeReader::tr("nothing");
    case YamlNode::Kind::Scalar:
        return NodeReader::tr("a single value");
    case YamlNode::Kind::Sequence:
        return NodeReader::tr("a list");
    case YamlNode::Kind::Mapping:
        return NodeReader::tr("a mapping");
    }
    return {};
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString normalised(const QString &name)
{
    QString result;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

} // namespace

NodeReader::NodeReader(QList<Issue> &issues)
    : m_issues(issues)
{
}

void NodeReader::error(const QString &code, const QString &message, int line, int column, const QString &suggestion)
{
    m_issues.append(Issue{Issue::Severity::Error, code, message, suggestion, {}, {}, line, column, {}});
}

void NodeReader::warning(const QString &code, const QString &message, int line, int column, const QString &suggestion)
{
    m_issues.append(Issue{Issue::Severity::Warning, code, message, suggestion, {}, {}, line, column, {}});
}

QString NodeReader::closest(const QString &name, const QStringList &known)
{
    const QString wanted = normalised(name);
    const QString lowered = name.toLower();
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &candidate : known) {
        if (!wanted.isEmpty() && normalised(candidate) == wanted)
            return candidate;
        const int distance = editDistance(lowered, candidate.toLower());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    const int allowed = name.size() <= 4 ? 1 : 2;
    return bestDistance <= allowed ? best : QString();
}

void NodeReader::readMapping(const YamlNode &node, const QString &path, const QList<Key> &keys, Unknown unknown,
                             const std::function<QString(const QString &)> &misplaced)
{
    QStringList names;
    for (const Key &key : keys)
        names.append(key.name);
    for (const YamlEntry &entry : node.entries) {
        const auto known =
            std::find_if(keys.cbegin(), keys.cend(), [&](const Key &key) { return key.name == entry.key; });
        if (known != keys.cend()) {
            known->read(entry);
            continue;
        }
        const QString where = path.isEmpty() ? tr("at the top level") : tr("in '%1'").arg(path);
        if (misplaced) {
            if (const QString advice = misplaced(entry.key); !advice.isEmpty()) {
                error(QStringLiteral("misplaced-key"), tr("'%1' does not belong %2").arg(entry.key, where), entry.line,
                      entry.column, advice);
                continue;
            }
        }
        const QString guess = closest(entry.key, names);
        const QString suggestion = guess.isEmpty()
                                       ? tr("known keys %1: %2").arg(where, names.join(QStringLiteral(", ")))
                                       : tr("did you mean '%1'?").arg(guess);
        const QString message = tr("unknown key '%1' %2").arg(entry.key, where);
        if (unknown == Unknown::Error)
            error(QStringLiteral("unknown-key"), message, entry.line, entry.column, suggestion);
        else
            warning(QStringLiteral("unknown-key"), message + tr("; it is ignored"), entry.line, entry.column,
                    suggestion);
    }
}

bool NodeReader::expectMapping(const YamlEntry &entry, const QString &path)
{
    if (entry.value->isMapping())
        return true;
    error(QStringLiteral("wrong-type"), tr("'%1' must be a mapping of keys, not %2").arg(path, kindName(*entry.value)),
          entry.line, entry.column);
    return false;
}

std::optional<QString> NodeReader::scalar(const YamlEntry &entry, const QString &path, bool warnIfEmpty)
{
    const YamlNode &value = *entry.value;
    if (value.isScalar())
        return value.text;
    if (value.isNull()) {
        if (warnIfEmpty)
            warning(QStringLiteral("empty-value"), tr("'%1' has no value").arg(path), entry.line, entry.column);
        return QString();
    }
    error(QStringLiteral("wrong-type"), tr("'%1' must be a single value, not %2").arg(path, kindName(value)),
          value.line, value.column,
          value.isMapping() ? tr("if the value contains ': ', put the whole value in quotes") : QString());
    return std::nullopt;
}

std::optional<QString> NodeReader::requiredScalar(const YamlEntry &entry, const QString &path)
{
    const std::optional<QString> text = scalar(entry, path, false);
    if (text && text->trimmed().isEmpty()) {
        error(QStringLiteral("bad-value"), tr("'%1' must not be empty").arg(path), entry.line, entry.column);
        return std::nullopt;
    }
    return text;
}

std::optional<bool> NodeReader::parseBoolean(const QString &text)
{
    static const QStringList yes{QStringLiteral("y"),    QStringLiteral("Y"),    QStringLiteral("yes"),
                                 QStringLiteral("Yes"),  QStringLiteral("YES"),  QStringLiteral("true"),
                                 QStringLiteral("True"), QStringLiteral("TRUE"), QStringLiteral("on"),
                                 QStringLiteral("On"),   QStringLiteral("ON")};
    static const QStringList no{QStringLiteral("n"),     QStringLiteral("N"),     QStringLiteral("no"),
                                QStringLiteral("No"),    QStringLiteral("NO"),    QStringLiteral("false"),
                                QStringLiteral("False"), QStringLiteral("FALSE"), QStringLiteral("off"),
                                QStringLiteral("Off"),   QStringLiteral("OFF")};
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    return std::nullopt;
}

std::optional<bool> NodeReader::boolean(const YamlEntry &entry, const QString &path)
{
    const std::optional<QString> text = scalar(entry, path, false);
    if (!text)
        return std::nullopt;
    if (const std::optional<bool> value = parseBoolean(*text))
        return value;
    error(QStringLiteral("bad-value"), tr("'%1' must be yes or no, not '%2'").arg(path, *text), entry.value->line,
          entry.value->column, tr("write yes or no"));
    return std::nullopt;
}

QStringList NodeReader::scalarList(const YamlEntry &entry, const QString &path, bool allowScalar)
{
    const YamlNode &value = *entry.value;
    if (value.isNull()) {
        warning(QStringLiteral("empty-value"), tr("'%1' is empty").arg(path), entry.line, entry.column);
        return {};
    }
    if (value.isScalar()) {
        if (!allowScalar) {
            warning(QStringLiteral("wrong-type"),
                    tr("'%1' should be a list; the single value is read as one item").arg(path), value.line,
                    value.column,
                    tr("write it as a list item: '- %1'").arg(value.text.section(QLatin1Char('\n'), 0, 0)));
        }
        return {value.text};
    }
    if (value.isMapping()) {
        error(QStringLiteral("wrong-type"), tr("'%1' must be a list, not a mapping").arg(path), value.line,
              value.column, tr("start each item with '- '"));
        return {};
    }
    QStringList items;
    for (const YamlNodePtr &item : value.items) {
        if (item->isScalar()) {
            items.append(item->text);
        } else if (item->isNull()) {
            warning(QStringLiteral("empty-value"), tr("an item of '%1' is empty and is skipped").arg(path), item->line,
                    item->column);
        } else {
            error(QStringLiteral("wrong-type"),
                  tr("an item of '%1' must be a single value, not %2").arg(path, kindName(*item)), item->line,
                  item->column,
                  item->isMapping() ? tr("YAML reads text with ': ' as a mapping; put the whole item in quotes")
                                    : QString());
        }
    }
    return items;
}

NamedValues NodeReader::namedValues(const YamlEntry &entry, const QString &path)
{
    NamedValues values;
    if (entry.value->isNull())
        return values;
    if (!expectMapping(entry, path))
        return values;
    for (const YamlEntry &item : entry.value->entries) {
        const QString itemPath = path + QLatin1Char('.') + item.key;
        if (item.key.trimmed().isEmpty()) {
            error(QStringLiteral("bad-value"), tr("'%1' has an entry without a name").arg(path), item.line,
                  item.column);
            continue;
        }
        if (const std::optional<QString> value = scalar(item, itemPath))
            values.append({item.key, *value});
    }
    return values;
}

} // namespace BuildDeck::Spec
