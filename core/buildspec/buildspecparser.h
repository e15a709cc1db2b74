#pragma once

#include "buildspec.h"

#include "support/issue.h"
#include "support/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace BuildDeck::Spec {

class NodeReader;
struct YamlEntry;
struct YamlNode;

// What reading a buildspec gave: the spec as far as it could be understood, and every problem
// found on the way, errors and warnings, with their line and column.
struct BuildSpecReading
{
    BuildSpec spec;
    QList<Issue> issues;

    bool hasErrors() const { return BuildDeck::hasErrors(issues); }
};

// Reads buildspec text (versions 0.1 and 0.2) into a BuildSpec, checking every key of reference
// §1 on the way. Never throws and never hangs, whatever the input.
class BuildSpecParser final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Spec::BuildSpecParser)

public:
    static BuildSpecReading read(const QByteArray &text);
    // The spec, or the first error as an Error with its line and column.
    static Result<BuildSpec> parse(const QByteArray &text);

private:
    explicit BuildSpecParser(NodeReader &reader);

    void readRoot(const YamlNode &root);
    void readVersion(const YamlNode &root);
    void readEnv(const YamlEntry &entry);
    void readLegacyEnv(const YamlEntry &entry);
    void readVariables(const YamlEntry &entry, const QString &path, NamedValues &into);
    void readSecretsManager(const YamlEntry &entry, const QString &path, NamedValues &into);
    void readProxy(const YamlEntry &entry);
    void readPhases(const YamlEntry &entry);
    void readPhase(const YamlEntry &entry, Phase &phase);
    QStringList readCommands(const YamlEntry &entry, const QString &path);
    void readOnFailure(const YamlEntry &entry, const QString &path, Phase &phase);
    void readRuntimeVersions(const YamlEntry &entry, const QString &path, Phase &phase);
    void requireVersion02(const YamlEntry &entry, const QString &path);

    NodeReader &m_reader;
    BuildSpec m_spec;
};

} // namespace BuildDeck::Spec
