#include "batchreader.h"

#include "nodereader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace BuildDeck::Spec {

BatchReader::BatchReader(NodeReader &reader)
    : m_reader(reader)
{
}

Batch BatchReader::read(const YamlEntry &entry)
{
    if (entry.value->isNull() || !m_reader.expectMapping(entry, QStringLiteral("batch")))
        return m_batch;

    const YamlEntry *firstKind = nullptr;
    const auto kind = [&](const YamlEntry &item, Batch::Kind value) {
        if (firstKind) {
            m_reader.error(QStringLiteral("bad-value"),
                           tr("'batch' has both '%1' and '%2'; a batch has exactly one of build-list, build-graph, "
                              "build-matrix and build-fanout")
                               .arg(firstKind->key, item.key),
                           item.line, item.column, tr("keep one of them"));
            return false;
        }
        firstKind = &item;
        m_batch.kind = value;
        return true;
    };

    m_reader.readMapping(*entry.value, QStringLiteral("batch"),
                         {
                             {QStringLiteral("fast-fail"),
                              [&](const YamlEntry &item) {
                                  m_batch.fastFail = m_reader.boolean(item, QStringLiteral("batch.fast-fail"));
                              }},
                             {QStringLiteral("build-list"),
                              [&](const YamlEntry &item) {
                                  if (kind(item, Batch::Kind::List))
                                      readTasks(item, false);
                              }},
                             {QStringLiteral("build-graph"),
                              [&](const YamlEntry &item) {
                                  if (kind(item, Batch::Kind::Graph)) {
                                      readTasks(item, true);
                                      checkGraph(item);
                                  }
                              }},
                             {QStringLiteral("build-matrix"),
                              [&](const YamlEntry &item) {
                                  if (kind(item, Batch::Kind::Matrix))
                                      readMatrix(item);
                              }},
                             {QStringLiteral("build-fanout"),
                              [&](const YamlEntry &item) {
                                  if (kind(item, Batch::Kind::Fanout))
                                      readFanout(item);
                              }},
                         });
    if (!firstKind) {
        m_reader.warning(QStringLiteral("missing-required"),
                         tr("'batch' has no build-list, build-graph, build-matrix or build-fanout, so a batch build "
                            "runs nothing"),
                         entry.line, entry.column);
    }
    return m_batch;
}

void BatchReader::readTasks(const YamlEntry &entry, bool graph)
{
    const QString path = QStringLiteral("batch.") + entry.key;
    if (!entry.value->isSequence()) {
        m_reader.error(QStringLiteral("wrong-type"),
                       tr("'%1' must be a list of tasks, each with an 'identifier'").arg(path), entry.line,
                       entry.column);
        return;
    }
    static const QRegularExpression identifierPattern(QStringLiteral("^[A-Za-z0-9_]+$"));
    QHash<QString, int> seen;
    for (const YamlNodePtr &item : entry.value->items) {
        if (!item->isMapping()) {
            m_reader.error(QStringLiteral("wrong-type"),
                           tr("each task of '%1' must be a mapping with an 'identifier'").arg(path), item->line,
                           item->column);
            continue;
        }
        BatchTask task = readTask(*item, path, graph);
        const YamlEntry *identifier = item->entry(QStringLiteral("identifier"));
        if (!identifier) {
            m_reader.error(QStringLiteral("missing-required"), tr("a task of '%1' has no 'identifier'").arg(path),
                           item->line, item->column, tr("add 'identifier: a_name'"));
        } else if (!task.identifier.isEmpty()) {
            if (!identifierPattern.match(task.identifier).hasMatch() || task.identifier.size() >= 128) {
                m_reader.error(
                    QStringLiteral("bad-value"),
                    tr("the task identifier '%1' must be letters, digits and '_' only, shorter than 128 "
                       "characters")
                        .arg(task.identifier),
                    identifier->value->line, identifier->value->column,
                    tr("for example '%1'")
                        .arg(QString(task.identifier)
                                 .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")), QStringLiteral("_"))
                                 .left(127)));
            } else if (seen.contains(task.identifier)) {
                m_reader.error(QStringLiteral("duplicate-key"),
                               tr("the task identifier '%1' is used twice (first at line %2)")
                                   .arg(task.identifier)
                                   .arg(seen.value(task.identifier)),
                               identifier->value->line, identifier->value->column);
            }
            seen.insert(task.identifier, identifier->value->line);
        }
        m_batch.tasks.append(task);
    }
}

BatchTask BatchReader::readTask(const YamlNode &node, const QString &path, bool graph)
{
    BatchTask task;
    m_reader.readMapping(
        node, path,
        {
            {QStringLiteral("identifier"),
             [&](const YamlEntry &item) {
                 task.identifier =
                     m_reader.requiredScalar(item, path + QStringLiteral(".identifier")).value_or(QString());
             }},
            {QStringLiteral("buildspec"),
             [&](const YamlEntry &item) {
                 task.buildspec =
                     m_reader.requiredScalar(item, path + QStringLiteral(".buildspec")).value_or(QString());
             }},
            {QStringLiteral("debug-session"),
             [&](const YamlEntry &item) {
                 task.debugSession = m_reader.boolean(item, path + QStringLiteral(".debug-session"));
                 m_reader.warning(
                     QStringLiteral("cloud-only"),
                     tr("'debug-session' has no effect locally: BuildDeck builds run on this machine, where "
                        "you can attach to the container directly"),
                     item.line, item.column);
             }},
            {QStringLiteral("depend-on"),
             [&](const YamlEntry &item) {
                 task.dependOn = m_reader.scalarList(item, path + QStringLiteral(".depend-on"), true);
                 if (!graph) {
                     m_reader.warning(QStringLiteral("unknown-key"),
                                      tr("'depend-on' only has an effect in 'build-graph'; build-list tasks all run at "
                                         "once"),
                                      item.line, item.column, tr("use 'build-graph' for tasks that depend on others"));
                 }
             }},
            {QStringLiteral("env"),
             [&](const YamlEntry &item) { task.env = readEnv(item, path + QStringLiteral(".env")); }},
            {QStringLiteral("ignore-failure"),
             [&](const YamlEntry &item) {
                 task.ignoreFailure = m_reader.boolean(item, path + QStringLiteral(".ignore-failure"));
             }},
        });
    return task;
}

BatchEnv BatchReader::readEnv(const YamlEntry &entry, const QString &path)
{
    BatchEnv env;
    if (entry.value->isNull() || !m_reader.expectMapping(entry, path))
        return env;
    m_reader.readMapping(
        *entry.value, path,
        {
            {QStringLiteral("compute-type"),
             [&](const YamlEntry &item) {
                 env.computeType =
                     m_reader.requiredScalar(item, path + QStringLiteral(".compute-type")).value_or(QString());
             }},
            {QStringLiteral("image"),
             [&](const YamlEntry &item) {
                 env.image = m_reader.requiredScalar(item, path + QStringLiteral(".image")).value_or(QString());
             }},
            {QStringLiteral("privileged-mode"),
             [&](const YamlEntry &item) {
                 env.privilegedMode = m_reader.boolean(item, path + QStringLiteral(".privileged-mode"));
             }},
            {QStringLiteral("type"),
             [&](const YamlEntry &item) {
                 env.type = m_reader.requiredScalar(item, path + QStringLiteral(".type")).value_or(QString());
             }},
            {QStringLiteral("variables"),
             [&](const YamlEntry &item) {
                 env.variables = m_reader.namedValues(item, path + QStringLiteral(".variables"));
             }},
        });
    return env;
}

void BatchReader::readMatrix(const YamlEntry &entry)
{
    const QString path = QStringLiteral("batch.build-matrix");
    if (entry.value->isNull() || !m_reader.expectMapping(entry, path))
        return;
    BatchMatrix &matrix = m_batch.matrix;
    m_reader.readMapping(
        *entry.value, path,
        {
            {QStringLiteral("static"),
             [&](const YamlEntry &item) {
                 const QString staticPath = path + QStringLiteral(".static");
                 if (item.value->isNull() || !m_reader.expectMapping(item, staticPath))
                     return;
                 m_reader.readMapping(*item.value, staticPath,
                                      {
                                          {QStringLiteral("ignore-failure"),
                                           [&](const YamlEntry &e) {
                                               matrix.staticIgnoreFailure =
                                                   m_reader.boolean(e, staticPath + QStringLiteral(".ignore-failure"));
                                           }},
                                          {QStringLiteral("env"),
                                           [&](const YamlEntry &e) {
                                               matrix.staticEnv = readEnv(e, staticPath + QStringLiteral(".env"));
                                           }},
                                      });
             }},
            {QStringLiteral("dynamic"),
             [&](const YamlEntry &item) {
                 const QString dynamicPath = path + QStringLiteral(".dynamic");
                 if (item.value->isNull() || !m_reader.expectMapping(item, dynamicPath))
                     return;
                 m_reader.readMapping(
                     *item.value, dynamicPath,
                     {
                         {QStringLiteral("buildspec"),
                          [&](const YamlEntry &e) {
                              matrix.dynamicBuildspecs =
                                  m_reader.scalarList(e, dynamicPath + QStringLiteral(".buildspec"), true);
                          }},
                         {QStringLiteral("env"),
                          [&](const YamlEntry &e) {
                              const QString envPath = dynamicPath + QStringLiteral(".env");
                              if (e.value->isNull() || !m_reader.expectMapping(e, envPath))
                                  return;
                              m_reader.readMapping(
                                  *e.value, envPath,
                                  {
                                      {QStringLiteral("compute-type"),
                                       [&](const YamlEntry &v) {
                                           matrix.dynamicComputeTypes =
                                               m_reader.scalarList(v, envPath + QStringLiteral(".compute-type"), true);
                                       }},
                                      {QStringLiteral("image"),
                                       [&](const YamlEntry &v) {
                                           matrix.dynamicImages =
                                               m_reader.scalarList(v, envPath + QStringLiteral(".image"), true);
                                       }},
                                      {QStringLiteral("variables"),
                                       [&](const YamlEntry &v) {
                                           const QString variablesPath = envPath + QStringLiteral(".variables");
                                           if (v.value->isNull() || !m_reader.expectMapping(v, variablesPath))
                                               return;
                                           for (const YamlEntry &variable : v.value->entries) {
                                               matrix.dynamicVariables.append(
                                                   {variable.key,
                                                    m_reader.scalarList(variable,
                                                                        variablesPath + QLatin1Char('.') + variable.key,
                                                                        true)});
                                           }
                                       }},
                                  });
                          }},
                     });
             }},
        });
}

void BatchReader::readFanout(const YamlEntry &entry)
{
    const QString path = QStringLiteral("batch.build-fanout");
    if (entry.value->isNull()) {
        m_reader.error(QStringLiteral("missing-required"), tr("'%1' needs 'parallelism'").arg(path), entry.line,
                       entry.column, tr("add 'parallelism: 2'"));
        return;
    }
    if (!m_reader.expectMapping(entry, path))
        return;
    m_reader.readMapping(
        *entry.value, path,
        {
            {QStringLiteral("parallelism"),
             [&](const YamlEntry &item) {
                 const std::optional<QString> text =
                     m_reader.requiredScalar(item, path + QStringLiteral(".parallelism"));
                 bool ok = false;
                 const int value = text ? text->toInt(&ok) : 0;
                 if (text && (!ok || value < 1 || value > 100)) {
                     m_reader.error(
                         QStringLiteral("bad-value"),
                         tr("'%1.parallelism' must be a whole number from 1 to 100, not '%2'").arg(path, *text),
                         item.value->line, item.value->column);
                 }
                 m_batch.fanout.parallelism = ok ? value : 0;
             }},
            {QStringLiteral("ignore-failure"),
             [&](const YamlEntry &item) {
                 m_batch.fanout.ignoreFailure = m_reader.boolean(item, path + QStringLiteral(".ignore-failure"));
             }},
        });
    if (!entry.value->entry(QStringLiteral("parallelism"))) {
        m_reader.error(QStringLiteral("missing-required"), tr("'%1' needs 'parallelism'").arg(path), entry.line,
                       entry.column, tr("add 'parallelism: 2'"));
    }
}

void BatchReader::checkGraph(const YamlEntry &entry)
{
    QSet<QString> identifiers;
    for (const BatchTask &task : std::as_const(m_batch.tasks))
        identifiers.insert(task.identifier);

    // Each unknown dependency, at the task that names it.
    qsizetype index = 0;
    for (const YamlNodePtr &item : entry.value->items) {
        if (!item->isMapping())
            continue;
        const BatchTask &task = m_batch.tasks.at(index++);
        const YamlEntry *dependOn = item->entry(QStringLiteral("depend-on"));
        for (const QString &dependency : task.dependOn) {
            if (!identifiers.contains(dependency)) {
                m_reader.error(QStringLiteral("bad-value"),
                               tr("task '%1' depends on '%2', which is not a task of this build-graph")
                                   .arg(task.identifier, dependency),
                               dependOn->line, dependOn->column);
            } else if (dependency == task.identifier) {
                m_reader.error(QStringLiteral("bad-value"), tr("task '%1' depends on itself").arg(task.identifier),
                               dependOn->line, dependOn->column);
            }
        }
    }

    // Cycles: repeatedly remove tasks whose dependencies are all removed (Kahn); what remains cycles.
    QHash<QString, QStringList> pending;
    for (const BatchTask &task : std::as_const(m_batch.tasks))
        pending.insert(task.identifier, task.dependOn);
    bool removed = true;
    while (removed && !pending.isEmpty()) {
        removed = false;
        for (auto it = pending.begin(); it != pending.end();) {
            const bool ready = std::none_of(it.value().cbegin(), it.value().cend(),
                                            [&](const QString &dependency) { return pending.contains(dependency); });
            if (ready) {
                it = pending.erase(it);
                removed = true;
            } else {
                ++it;
            }
        }
    }
    if (!pending.isEmpty()) {
        QStringList cycle = pending.keys();
        cycle.sort();
        m_reader.error(QStringLiteral("bad-value"),
                       tr("the tasks %1 depend on each other in a cycle, so none of them can start")
                           .arg(cycle.join(QStringLiteral(", "))),
                       entry.line, entry.column, tr("remove one of the 'depend-on' entries in the cycle"));
    }
}

} // namespace BuildDeck::Spec
