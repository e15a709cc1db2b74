#pragma once

#include "buildspec.h"
#include "yamlnode.h"

#include "support/issue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace BuildDeck::Spec {

// Typed reading of YamlNodes with diagnostics: each accessor returns what it could read and
// records an Issue, at the offending key or value, for what it could not.
class NodeReader final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Spec::NodeReader)

public:
    struct Key
    {
        QString name;
        std::function<void(const YamlEntry &)> read;
    };
    enum class Unknown
    {
        Warn,
        Error
    };

    explicit NodeReader(QList<Issue> &issues);

    void error(const QString &code, const QString &message, int line, int column, const QString &suggestion = {});
    void warning(const QString &code, const QString &message, int line, int column, const QString &suggestion = {});

    // Calls each known key's reader in document order; an unknown key is a warning (or an error)
    // that suggests the closest known name. `misplaced` may explain a key that belongs elsewhere
    // (returning a non-empty suggestion makes it an error).
    void readMapping(const YamlNode &node, const QString &path, const QList<Key> &keys, Unknown unknown = Unknown::Warn,
                     const std::function<QString(const QString &)> &misplaced = {});

    // True when the entry's value is a mapping; otherwise records a wrong-type error.
    bool expectMapping(const YamlEntry &entry, const QString &path);

    // A scalar as written. Null gives an empty string (with a warning when `warnIfEmpty`); lists and
    // mappings are wrong-type errors.
    std::optional<QString> scalar(const YamlEntry &entry, const QString &path, bool warnIfEmpty = true);
    // A scalar that must not be empty.
    std::optional<QString> requiredScalar(const YamlEntry &entry, const QString &path);
    // YAML 1.1 booleans: yes/no, true/false, on/off, y/n in any of YAML's capitalisations.
    std::optional<bool> boolean(const YamlEntry &entry, const QString &path);
    // A list of scalars (a single scalar is accepted as a one-item list when `allowScalar`).
    QStringList scalarList(const YamlEntry &entry, const QString &path, bool allowScalar = false);
    // A mapping of names to scalar values, in order.
    NamedValues namedValues(const YamlEntry &entry, const QString &path);

    static std::optional<bool> parseBoolean(const QString &text);
    // The known name closest to `name` (a typo, other separators or case), or empty.
    static QString closest(const QString &name, const QStringList &known);

private:
    QList<Issue> &m_issues;
};

} // namespace BuildDeck::Spec
