#include "outputsreader.h"

#include "nodereader.h"

namespace BuildDeck::Spec {

OutputsReader::OutputsReader(NodeReader &reader)
    : m_reader(reader)
{
}

QList<ReportGroup> OutputsReader::readReports(const YamlEntry &entry)
{
    QList<ReportGroup> groups;
    if (entry.value->isNull() || !m_reader.expectMapping(entry, QStringLiteral("reports")))
        return groups;
    int count = 0;
    for (const YamlEntry &groupEntry : entry.value->entries) {
        const QString path = QStringLiteral("reports.") + groupEntry.key;
        if (++count == maxReportGroups + 1) {
            m_reader.error(
                QStringLiteral("bad-value"),
                tr("'reports' has more than %1 report groups; a project can have at most %1").arg(maxReportGroups),
                groupEntry.line, groupEntry.column, tr("merge report groups or remove some"));
        }
        if (groupEntry.key.trimmed().isEmpty()) {
            m_reader.error(QStringLiteral("bad-value"), tr("a report group has no name"), groupEntry.line,
                           groupEntry.column);
            continue;
        }
        if (!groupEntry.value->isMapping()) {
            m_reader.error(QStringLiteral("wrong-type"),
                           tr("report group '%1' must be a mapping with 'files:'").arg(groupEntry.key), groupEntry.line,
                           groupEntry.column,
                           groupEntry.value->isNull()
                               ? tr("indent its 'files:' under it; a long ARN must stay on one line")
                               : QString());
            continue;
        }
        ReportGroup group;
        group.name = groupEntry.key;
        m_reader.readMapping(
            *groupEntry.value, path,
            {
                {QStringLiteral("files"),
                 [&](const YamlEntry &item) {
                     group.files = m_reader.scalarList(item, path + QStringLiteral(".files"));
                 }},
                {QStringLiteral("base-directory"),
                 [&](const YamlEntry &item) {
                     group.baseDirectory =
                         m_reader.requiredScalar(item, path + QStringLiteral(".base-directory")).value_or(QString());
                 }},
                {QStringLiteral("discard-paths"),
                 [&](const YamlEntry &item) {
                     group.discardPaths = m_reader.boolean(item, path + QStringLiteral(".discard-paths"));
                 }},
                {QStringLiteral("file-format"),
                 [&](const YamlEntry &item) {
                     const std::optional<QString> text =
                         m_reader.requiredScalar(item, path + QStringLiteral(".file-format"));
                     if (!text)
                         return;
                     group.fileFormatText = *text;
                     group.fileFormat = reportFormatFromName(*text);
                     if (!group.fileFormat) {
                         const QString guess = NodeReader::closest(text->toUpper(), reportFormatNames());
                         m_reader.error(QStringLiteral("bad-value"),
                                        tr("'%1.file-format' must be one of %2, not '%3'")
                                            .arg(path, reportFormatNames().join(QStringLiteral(", ")), *text),
                                        item.value->line, item.value->column,
                                        guess.isEmpty() ? QString() : tr("did you mean '%1'?").arg(guess));
                     }
                 }},
            });
        if (group.files.isEmpty()) {
            m_reader.error(QStringLiteral("missing-required"), tr("report group '%1' has no 'files'").arg(group.name),
                           groupEntry.line, groupEntry.column, tr("add 'files:' with the report files' paths"));
        }
        groups.append(group);
    }
    return groups;
}

ArtifactSet OutputsReader::readArtifactSet(const YamlNode &node, const QString &path,
                                           const QList<NodeReader::Key> &extra)
{
    ArtifactSet set;
    QList<NodeReader::Key> keys{
        {QStringLiteral("files"),
         [&](const YamlEntry &item) { set.files = m_reader.scalarList(item, path + QStringLiteral(".files")); }},
        {QStringLiteral("name"),
         [&](const YamlEntry &item) {
             set.name = m_reader.requiredScalar(item, path + QStringLiteral(".name")).value_or(QString());
         }},
        {QStringLiteral("discard-paths"),
         [&](const YamlEntry &item) {
             set.discardPaths = m_reader.boolean(item, path + QStringLiteral(".discard-paths"));
         }},
        {QStringLiteral("base-directory"),
         [&](const YamlEntry &item) {
             set.baseDirectory =
                 m_reader.requiredScalar(item, path + QStringLiteral(".base-directory")).value_or(QString());
         }},
        {QStringLiteral("exclude-paths"),
         [&](const YamlEntry &item) {
             set.excludePaths = m_reader.scalarList(item, path + QStringLiteral(".exclude-paths"), true);
         }},
        {QStringLiteral("enable-symlinks"),
         [&](const YamlEntry &item) {
             set.enableSymlinks = m_reader.boolean(item, path + QStringLiteral(".enable-symlinks"));
         }},
        {QStringLiteral("s3-prefix"),
         [&](const YamlEntry &item) {
             set.s3Prefix = m_reader.requiredScalar(item, path + QStringLiteral(".s3-prefix")).value_or(QString());
         }},
    };
    keys.append(extra);
    m_reader.readMapping(node, path, keys);
    return set;
}

Artifacts OutputsReader::readArtifacts(const YamlEntry &entry)
{
    Artifacts artifacts;
    if (entry.value->isNull()) {
        m_reader.error(QStringLiteral("missing-required"), tr("'artifacts' is empty; it needs 'files'"), entry.line,
                       entry.column, tr("add 'files:' or remove 'artifacts'"));
        return artifacts;
    }
    if (!m_reader.expectMapping(entry, QStringLiteral("artifacts")))
        return artifacts;

    const YamlEntry *secondaryEntry = entry.value->entry(QStringLiteral("secondary-artifacts"));
    artifacts.primary = readArtifactSet(
        *entry.value, QStringLiteral("artifacts"),
        {{QStringLiteral("secondary-artifacts"), [&](const YamlEntry &item) {
              if (item.value->isNull() ||
                  !m_reader.expectMapping(item, QStringLiteral("artifacts.secondary-artifacts")))
                  return;
              for (const YamlEntry &secondary : item.value->entries) {
                  const QString path = QStringLiteral("artifacts.secondary-artifacts.") + secondary.key;
                  if (!secondary.value->isMapping()) {
                      m_reader.error(QStringLiteral("wrong-type"),
                                     tr("secondary artifact '%1' must be a mapping with 'files:'").arg(secondary.key),
                                     secondary.line, secondary.column);
                      continue;
                  }
                  artifacts.secondary.append({secondary.key, readArtifactSet(*secondary.value, path, {})});
                  if (artifacts.secondary.constLast().second.files.isEmpty()) {
                      m_reader.error(QStringLiteral("missing-required"),
                                     tr("secondary artifact '%1' has no 'files'").arg(secondary.key), secondary.line,
                                     secondary.column);
                  }
              }
          }}});

    if (artifacts.primary.files.isEmpty()) {
        if (secondaryEntry) {
            m_reader.error(QStringLiteral("missing-required"),
                           tr("'artifacts' has secondary artifacts but no 'files' of its own; CodeBuild fails with "
                              "\"no definition for primary artifacts in buildspec\""),
                           entry.line, entry.column, tr("add 'files:' for the primary artifact"));
        } else {
            m_reader.error(QStringLiteral("missing-required"), tr("'artifacts' has no 'files'"), entry.line,
                           entry.column, tr("add 'files:' with the paths to keep, for example '- \"**/*\"'"));
        }
    }
    return artifacts;
}

Cache OutputsReader::readCache(const YamlEntry &entry)
{
    Cache cache;
    if (entry.value->isNull() || !m_reader.expectMapping(entry, QStringLiteral("cache")))
        return cache;
    m_reader.readMapping(
        *entry.value, QStringLiteral("cache"),
        {
            {QStringLiteral("paths"),
             [&](const YamlEntry &item) { cache.paths = m_reader.scalarList(item, QStringLiteral("cache.paths")); }},
            {QStringLiteral("key"),
             [&](const YamlEntry &item) {
                 cache.key = m_reader.requiredScalar(item, QStringLiteral("cache.key")).value_or(QString());
             }},
            {QStringLiteral("fallback-keys"),
             [&](const YamlEntry &item) {
                 cache.fallbackKeys = m_reader.scalarList(item, QStringLiteral("cache.fallback-keys"), true);
                 if (cache.fallbackKeys.size() > maxFallbackKeys) {
                     m_reader.error(QStringLiteral("bad-value"),
                                    tr("'cache.fallback-keys' has %1 keys; at most %2 are allowed")
                                        .arg(cache.fallbackKeys.size())
                                        .arg(maxFallbackKeys),
                                    item.line, item.column);
                 }
                 if (!entry.value->entry(QStringLiteral("key"))) {
                     m_reader.warning(QStringLiteral("bad-value"),
                                      tr("'cache.fallback-keys' is ignored without 'cache.key'"), item.line,
                                      item.column, tr("add 'key:'"));
                 }
             }},
            {QStringLiteral("action"),
             [&](const YamlEntry &item) {
                 const std::optional<QString> action = m_reader.requiredScalar(item, QStringLiteral("cache.action"));
                 if (!action)
                     return;
                 if (*action != QStringLiteral("restore") && *action != QStringLiteral("save")) {
                     m_reader.error(QStringLiteral("bad-value"),
                                    tr("'cache.action' must be restore or save, not '%1'").arg(*action),
                                    item.value->line, item.value->column,
                                    tr("remove 'action' to both restore and save the cache"));
                     return;
                 }
                 cache.action = *action;
             }},
        });
    if (!entry.value->entry(QStringLiteral("paths"))) {
        m_reader.warning(QStringLiteral("missing-required"), tr("'cache' has no 'paths', so nothing is cached"),
                         entry.line, entry.column, tr("add 'paths:' with the directories to keep between builds"));
    }
    return cache;
}

} // namespace BuildDeck::Spec
