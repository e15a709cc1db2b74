#pragma once

#include "yamlnode.h"

#include "support/issue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace BuildDeck::Spec {

// Reads YAML text into YamlNodes with yaml-cpp's event parser, and reports what yaml-cpp would
// let pass silently or turn into an exception: invalid UTF-8 and NUL bytes, syntax errors with
// their line and a hint, tabs in indentation, duplicate keys, complex keys, alias bombs and
// self-referencing aliases, and inputs too large to be a buildspec. It never throws.
class YamlDocument final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Spec::YamlDocument)

public:
    static constexpr qsizetype maxBytes = 4 * 1024 * 1024;
    static constexpr quint64 maxExpandedNodes = 200000;

    static YamlDocument parse(const QByteArray &text);

    // The first document's root; null when the text is empty or could not be parsed.
    YamlNodePtr root() const { return m_root; }
    // Errors and warnings found while reading (file names are left empty).
    const QList<Issue> &issues() const { return m_issues; }
    bool failed() const { return m_failed; }

private:
    YamlNodePtr m_root;
    QList<Issue> m_issues;
    bool m_failed = false;

    friend class YamlEventBuilder;
};

} // namespace BuildDeck::Spec
