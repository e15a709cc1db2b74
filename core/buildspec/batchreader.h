#pragma once

#include "buildspec.h"

#include <QCoreApplication>

namespace BuildDeck::Spec {

class NodeReader;
struct YamlEntry;
struct YamlNode;

// Reads the buildspec's `batch` section (reference §7.1): exactly one of build-list, build-graph,
// build-matrix and build-fanout, with valid, unique task identifiers and a dependency graph that
// names existing tasks and has no cycle.
class BatchReader final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Spec::BatchReader)

public:
    explicit BatchReader(NodeReader &reader);
    Batch read(const YamlEntry &entry);

private:
    void readTasks(const YamlEntry &entry, bool graph);
    BatchTask readTask(const YamlNode &node, const QString &path, bool graph);
    BatchEnv readEnv(const YamlEntry &entry, const QString &path);
    void readMatrix(const YamlEntry &entry);
    void readFanout(const YamlEntry &entry);
    void checkGraph(const YamlEntry &entry);

    NodeReader &m_reader;
    Batch m_batch;
};

} // namespace BuildDeck::Spec
