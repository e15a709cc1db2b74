#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace BuildDeck::Spec {

struct YamlNode;
using YamlNodePtr = std::shared_ptr<const YamlNode>;

// One key of a mapping, where it was written, and its value.
struct YamlEntry
{
    QString key;
    int line = 0;
    int column = 0;
    YamlNodePtr value;
};

// A YAML node as the user wrote it: scalars keep their text exactly (a plain `3.10` stays "3.10",
// `yes` stays "yes"), with 1-based positions for diagnostics. Aliases share the anchored node.
struct YamlNode
{
    enum class Kind
    {
        Null,
        Scalar,
        Sequence,
        Mapping
    };

    Kind kind = Kind::Null;
    QString text;       // Scalar: the value after YAML unescaping
    bool plain = false; // Scalar: written without quotes or block indicator, so YAML may type it
    int line = 0;
    int column = 0;
    QList<YamlNodePtr> items; // Sequence
    QList<YamlEntry> entries; // Mapping, in document order, first of duplicate keys kept

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMapping() const { return kind == Kind::Mapping; }

    const YamlEntry *entry(const QString &key) const;
};

} // namespace BuildDeck::Spec
