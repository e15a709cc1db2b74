#pragma once

#include "buildspec/buildspec.h"
#include "project/project.h"
#include "support/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace BuildDeck::Engine {

// A secondary source as the build's variables name it (CODEBUILD_SRC_DIR_<identifier>, ...).
struct SecondarySourceFacts
{
    QString identifier;
    QString directory;
    QString version;
    QString repositoryUrl;
};

// What the build knows about itself, for the variables CodeBuild provides (reference §3.1).
struct BuildFacts
{
    QString buildId; // <project>:<uuid>
    int buildNumber = 0;
    QString projectName;
    QString region = QStringLiteral("us-east-1");
    QString image;
    QString initiator;
    QDateTime startTime;
    QString sourceDirectory;       // CODEBUILD_SRC_DIR
    QString sourceVersion;         // as requested; empty when none was
    QString resolvedSourceVersion; // the commit checked out; empty until DOWNLOAD_SOURCE, and for non-git sources
    QString sourceRepositoryUrl;
    QList<SecondarySourceFacts> secondarySources;
    QString batchIdentifier;
    QString kmsKeyId;
    bool succeeding = true;
};

// One variable of the build's environment and where it came from.
struct EnvironmentEntry
{
    enum class Origin
    {
        CodeBuild,
        Buildspec,
        Project,
        Override
    };

    QString name;
    QString value;
    Origin origin = Origin::CodeBuild;
    bool secret = false; // from parameter-store or secrets-manager: masked in logs, never stored
};

// Assembles the environment of a build in the order of reference §3.3: CodeBuild's variables,
// then the buildspec's env (variables, parameter-store, secrets-manager), then the project's
// environmentVariables, then start-build's overrides; a later source replaces an earlier one's
// value, and values are taken literally. Names beginning with CODEBUILD_ are reserved: a user's
// is not applied, and a note says so.
class BuildEnvironment final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Engine::BuildEnvironment)

public:
    enum class SecretKind
    {
        ParameterStore,
        SecretsManager
    };
    // Looks a secret or parameter up (the keychain); an error names what is missing.
    using SecretLookup = std::function<Result<QString>(SecretKind kind, const QString &name)>;

    struct Assembly
    {
        QList<EnvironmentEntry> entries; // in order of first definition
        QStringList notes;               // for the build log: what was not applied and why
    };

    static QList<EnvironmentEntry> codeBuildVariables(const BuildFacts &facts);
    static Result<Assembly> assemble(const BuildFacts &facts, const Spec::BuildSpec &spec,
                                     const Projects::Project &project,
                                     const QList<Projects::EnvironmentVariable> &overrides, const SecretLookup &lookup);

    // "/codebuild/output/src<digits>/src", with digits that differ from build to build.
    static QString makeSourceDirectory();
    // KEY=VALUE for the engine.
    static QStringList toList(const QList<EnvironmentEntry> &entries);
};

} // namespace BuildDeck::Engine
