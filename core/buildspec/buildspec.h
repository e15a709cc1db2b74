#pragma once

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace BuildDeck::Spec {

// A buildspec as CodeBuild reads it (reference §1, versions 0.1 and 0.2). Absent keys stay absent
// (std::optional, empty lists) so that writing a spec back out reproduces what was there. Text is
// kept exactly as written: commands, versions and values that YAML would read as numbers or
// booleans are strings here.

using NamedValues = QList<QPair<QString, QString>>; // ordered name -> value pairs

struct OnFailure
{
    enum class Action
    {
        Abort,
        Continue,
        Retry
    };

    Action action = Action::Abort;
    int retryCount = 3;   // Retry: attempts after the first failure (0..100)
    QString retryPattern; // Retry: only when the failure output matches this regular expression
    QString text;         // as written, e.g. "RETRY-2-timeout"

    friend bool operator==(const OnFailure &, const OnFailure &) = default;
};

struct Phase
{
    bool present = false;
    QString runAs;
    std::optional<OnFailure> onFailure;
    NamedValues runtimeVersions; // install only
    QStringList commands;
    QStringList finallyCommands;
    bool hasFinally = false;

    friend bool operator==(const Phase &, const Phase &) = default;
};

struct Env
{
    QString shell;
    NamedValues variables;
    NamedValues parameterStore; // variable -> parameter name
    NamedValues secretsManager; // variable -> secret-id[:json-key[:version-stage[:version-id]]]
    QStringList exportedVariables;
    std::optional<bool> gitCredentialHelper;

    friend bool operator==(const Env &, const Env &) = default;
};

struct Proxy
{
    std::optional<bool> uploadArtifacts;
    std::optional<bool> logs;

    friend bool operator==(const Proxy &, const Proxy &) = default;
};

enum class ReportFormat
{
    JunitXml,
    CucumberJson,
    TestNgXml,
    VisualStudioTrx,
    NunitXml,
    Nunit3Xml,
    CloverXml,
    CoberturaXml,
    JacocoXml,
    SimpleCov,
    Lcov, // a BuildDeck extension: lcov's tracefile (.info)
};

struct ReportGroup
{
    QString name; // a report group name or ARN
    QStringList files;
    QString baseDirectory;
    std::optional<bool> discardPaths;
    std::optional<ReportFormat> fileFormat; // absent: JUNITXML
    QString fileFormatText;                 // as written, e.g. "VisualStudioTrx"

    friend bool operator==(const ReportGroup &, const ReportGroup &) = default;
};

struct ArtifactSet
{
    QStringList files;
    QString name;
    std::optional<bool> discardPaths;
    QString baseDirectory;
    QStringList excludePaths;
    std::optional<bool> enableSymlinks;
    QString s3Prefix;

    friend bool operator==(const ArtifactSet &, const ArtifactSet &) = default;
};

struct Artifacts
{
    ArtifactSet primary;
    QList<QPair<QString, ArtifactSet>> secondary; // artifactIdentifier -> set

    friend bool operator==(const Artifacts &, const Artifacts &) = default;
};

struct Cache
{
    QStringList paths;
    QString key;
    QStringList fallbackKeys;
    QString action; // "restore", "save" or empty for both

    friend bool operator==(const Cache &, const Cache &) = default;
};

struct BatchEnv
{
    QString computeType;
    QString image;
    std::optional<bool> privilegedMode;
    QString type;
    NamedValues variables;

    friend bool operator==(const BatchEnv &, const BatchEnv &) = default;
};

struct BatchTask
{
    QString identifier;
    QString buildspec;
    std::optional<bool> debugSession;
    QStringList dependOn; // build-graph only
    std::optional<BatchEnv> env;
    std::optional<bool> ignoreFailure;

    friend bool operator==(const BatchTask &, const BatchTask &) = default;
};

struct BatchMatrix
{
    std::optional<bool> staticIgnoreFailure;
    std::optional<BatchEnv> staticEnv;
    QStringList dynamicBuildspecs;
    QStringList dynamicComputeTypes;
    QStringList dynamicImages;
    QList<QPair<QString, QStringList>> dynamicVariables;

    friend bool operator==(const BatchMatrix &, const BatchMatrix &) = default;
};

struct BatchFanout
{
    int parallelism = 0;
    std::optional<bool> ignoreFailure;

    friend bool operator==(const BatchFanout &, const BatchFanout &) = default;
};

struct Batch
{
    enum class Kind
    {
        None,
        List,
        Graph,
        Matrix,
        Fanout
    };

    std::optional<bool> fastFail;
    Kind kind = Kind::None;
    QList<BatchTask> tasks; // List and Graph
    BatchMatrix matrix;
    BatchFanout fanout;

    friend bool operator==(const Batch &, const Batch &) = default;
};

struct BuildSpec
{
    QString version; // "0.1" or "0.2"
    QString runAs;
    std::optional<Env> env;
    std::optional<Proxy> proxy;
    std::optional<Batch> batch;
    Phase install;
    Phase preBuild;
    Phase build;
    Phase postBuild;
    QList<ReportGroup> reports;
    std::optional<Artifacts> artifacts;
    std::optional<Cache> cache;

    // The phases in execution order with their buildspec names.
    QList<QPair<QString, const Phase *>> phases() const;

    friend bool operator==(const BuildSpec &, const BuildSpec &) = default;
};

// "JUNITXML" for ReportFormat::JunitXml, and back (case-insensitive).
QString reportFormatName(ReportFormat format);
std::optional<ReportFormat> reportFormatFromName(const QString &name);
QStringList reportFormatNames();

} // namespace BuildDeck::Spec

Q_DECLARE_METATYPE(BuildDeck::Spec::BuildSpec)
