#pragma once

#include "buildspec.h"
#include "nodereader.h"

#include <QCoreApplication>

namespace BuildDeck::Spec {

// Reads what a build leaves behind: `reports` (§1.8), `artifacts` (§1.9) and `cache` (§1.10).
class OutputsReader final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Spec::OutputsReader)

public:
    static constexpr int maxReportGroups = 5;
    static constexpr int maxFallbackKeys = 5;

    explicit OutputsReader(NodeReader &reader);

    QList<ReportGroup> readReports(const YamlEntry &entry);
    Artifacts readArtifacts(const YamlEntry &entry);
    Cache readCache(const YamlEntry &entry);

private:
    ArtifactSet readArtifactSet(const YamlNode &node, const QString &path, const QList<NodeReader::Key> &extra);

    NodeReader &m_reader;
};

} // namespace BuildDeck::Spec
