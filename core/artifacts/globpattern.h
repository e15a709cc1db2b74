#pragma once

#include <QRegularExpression>
#include <QString>

namespace BuildDeck::Artifacts {

// A path glob as CodeBuild's artifacts, reports, caches and BuildDeck's excludes use them:
// `*` and `?` within one path component, `**` across directories (`dir/**/*`, `**/*.xml`).
// Paths are relative, with '/' separators.
class GlobPattern final
{
public:
    explicit GlobPattern(const QString &pattern);

    const QString &pattern() const { return m_pattern; }
    bool matches(const QString &relativePath) const;
    // True when every path inside `directory` matches, so a walk can skip the directory whole.
    bool matchesAllUnder(const QString &directory) const;

private:
    QString m_pattern;
    QRegularExpression m_regex;
};

} // namespace BuildDeck::Artifacts
