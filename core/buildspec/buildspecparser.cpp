#include "buildspecparser.h"

#include "batchreader.h"
#include "nodereader.h"
#include "outputsreader.h"
#include "yamldocument.h"

#include <QRegularExpression>

#include <algorithm>

namespace BuildDeck::Spec {

namespace {

const QStringList phaseNames{QStringLiteral("install"), QStringLiteral("pre_build"), QStringLiteral("build"),
                             QStringLiteral("post_build")};

bool isVersion01(const BuildSpec &spec)
{
    return spec.version == QStringLiteral("0.1");
}

// Where a key found at the top level belongs, or empty when it belongs nowhere.
QString topLevelHome(const QString &key)
{
    static const QStringList batchKeys{QStringLiteral("build-list"), QStringLiteral("build-graph"),
                                       QStringLiteral("build-matrix"), QStringLiteral("build-fanout"),
                                       QStringLiteral("fast-fail")};
    static const QStringList phaseKeys{QStringLiteral("commands"), QStringLiteral("finally"),
                                       QStringLiteral("runtime-versions"), QStringLiteral("on-failure")};
    static const QStringList envKeys{QStringLiteral("variables"),       QStringLiteral("parameter-store"),
                                     QStringLiteral("secrets-manager"), QStringLiteral("exported-variables"),
                                     QStringLiteral("shell"),           QStringLiteral("git-credential-helper")};
    static const QStringList artifactKeys{QStringLiteral("files"),         QStringLiteral("base-directory"),
                                          QStringLiteral("discard-paths"), QStringLiteral("secondary-artifacts"),
                                          QStringLiteral("exclude-paths"), QStringLiteral("enable-symlinks")};
    if (batchKeys.contains(key))
        return BuildSpecParser::tr("move it under 'batch:'");
    if (phaseNames.contains(key))
        return BuildSpecParser::tr("move it under 'phases:'");
    if (phaseKeys.contains(key))
        return BuildSpecParser::tr("move it into a phase under 'phases:'");
    if (envKeys.contains(key))
        return BuildSpecParser::tr("move it under 'env:'");
    if (artifactKeys.contains(key))
        return BuildSpecParser::tr("move it under 'artifacts:'");
    if (key == QStringLiteral("paths"))
        return BuildSpecParser::tr("move it under 'cache:'");
    return {};
}

} // namespace

BuildSpecParser::BuildSpecParser(NodeReader &reader)
    : m_reader(reader)
{
}

BuildSpecReading BuildSpecParser::read(const QByteArray &text)
{
    BuildSpecReading reading;
    const YamlDocument document = YamlDocument::parse(text);
    reading.issues = document.issues();
    if (document.failed())
        return reading;

    NodeReader reader(reading.issues);
    const YamlNodePtr root = document.root();
    if (!root || root->isNull()) {
        reader.error(QStringLiteral("missing-required"), tr("the buildspec is empty"), 1, 1,
                     tr("start with 'version: 0.2' and a 'phases:' section"));
    } else if (!root->isMapping()) {
        reader.error(QStringLiteral("wrong-type"),
                     tr("a buildspec must be a mapping of keys such as 'version' and 'phases'"), root->line,
                     root->column, tr("start with 'version: 0.2' and a 'phases:' section"));
    } else {
        BuildSpecParser parser(reader);
        parser.readRoot(*root);
        reading.spec = std::move(parser.m_spec);
    }
    std::stable_sort(reading.issues.begin(), reading.issues.end(), [](const Issue &a, const Issue &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return reading;
}

Result<BuildSpec> BuildSpecParser::parse(const QByteArray &text)
{
    BuildSpecReading reading = read(text);
    for (const Issue &issue : std::as_const(reading.issues)) {
        if (issue.isError())
            return Error{ErrorCode::InvalidArgument, issue.message, {}, issue.line, issue.column};
    }
    return std::move(reading.spec);
}

void BuildSpecParser::readRoot(const YamlNode &root)
{
    readVersion(root);
    m_reader.readMapping(
        root, {},
        {
            {QStringLiteral("version"), [](const YamlEntry &) {}},
            {QStringLiteral("run-as"),
             [this](const YamlEntry &entry) {
                 requireVersion02(entry, QStringLiteral("run-as"));
                 m_spec.runAs = m_reader.requiredScalar(entry, QStringLiteral("run-as")).value_or(QString());
             }},
            {QStringLiteral("env"), [this](const YamlEntry &entry) { readEnv(entry); }},
            {QStringLiteral("environment_variables"), [this](const YamlEntry &entry) { readLegacyEnv(entry); }},
            {QStringLiteral("proxy"), [this](const YamlEntry &entry) { readProxy(entry); }},
            {QStringLiteral("batch"),
             [this](const YamlEntry &entry) {
                 requireVersion02(entry, QStringLiteral("batch"));
                 m_spec.batch = BatchReader(m_reader).read(entry);
             }},
            {QStringLiteral("phases"), [this](const YamlEntry &entry) { readPhases(entry); }},
            {QStringLiteral("reports"),
             [this](const YamlEntry &entry) {
                 requireVersion02(entry, QStringLiteral("reports"));
                 m_spec.reports = OutputsReader(m_reader).readReports(entry);
             }},
            {QStringLiteral("artifacts"),
             [this](const YamlEntry &entry) { m_spec.artifacts = OutputsReader(m_reader).readArtifacts(entry); }},
            {QStringLiteral("cache"),
             [this](const YamlEntry &entry) { m_spec.cache = OutputsReader(m_reader).readCache(entry); }},
        },
        NodeReader::Unknown::Warn, topLevelHome);

    // A batch-only buildspec names the buildspecs its tasks run and needs no phases of its own.
    if (!root.entry(QStringLiteral("phases")) && !root.entry(QStringLiteral("batch"))) {
        m_reader.error(QStringLiteral("missing-required"),
                       tr("'phases' is missing; a buildspec needs at least one phase"), 1, 1,
                       tr("add 'phases:' with a 'build:' phase and its 'commands:'"));
    }
}

void BuildSpecParser::readVersion(const YamlNode &root)
{
    const YamlEntry *entry = root.entry(QStringLiteral("version"));
    if (!entry) {
        m_reader.error(QStringLiteral("missing-required"), tr("'version' is missing"), 1, 1,
                       tr("add 'version: 0.2' as the first line"));
        return;
    }
    const std::optional<QString> text = m_reader.scalar(*entry, QStringLiteral("version"), false);
    if (!text)
        return;
    if (*text == QStringLiteral("0.1") || *text == QStringLiteral("0.2")) {
        m_spec.version = *text;
        return;
    }
    m_reader.error(QStringLiteral("bad-value"), tr("'version' must be 0.1 or 0.2, not '%1'").arg(*text),
                   entry->value->line, entry->value->column, tr("write 'version: 0.2'"));
}

void BuildSpecParser::requireVersion02(const YamlEntry &entry, const QString &path)
{
    if (isVersion01(m_spec)) {
        m_reader.warning(QStringLiteral("version-mismatch"),
                         tr("'%1' is only defined for buildspec version 0.2, but this file is version 0.1").arg(path),
                         entry.line, entry.column, tr("change the version to 0.2"));
    }
}

void BuildSpecParser::readEnv(const YamlEntry &entry)
{
    if (isVersion01(m_spec)) {
        m_reader.error(QStringLiteral("version-mismatch"),
                       tr("'env' is the version 0.2 name; version 0.1 files use 'environment_variables'"), entry.line,
                       entry.column, tr("change the version to 0.2"));
    }
    Env &env = m_spec.env.emplace();
    if (entry.value->isNull())
        return;
    if (!m_reader.expectMapping(entry, QStringLiteral("env")))
        return;
    m_reader.readMapping(
        *entry.value, QStringLiteral("env"),
        {
            {QStringLiteral("shell"),
             [&](const YamlEntry &item) {
                 static const QStringList linux{QStringLiteral("bash"), QStringLiteral("/bin/sh"), QStringLiteral("sh"),
                                                QStringLiteral("/bin/bash"), QStringLiteral("/usr/bin/bash")};
                 static const QStringList windows{QStringLiteral("powershell.exe"), QStringLiteral("cmd.exe")};
                 const std::optional<QString> shell = m_reader.requiredScalar(item, QStringLiteral("env.shell"));
                 if (!shell)
                     return;
                 env.shell = *shell;
                 if (windows.contains(*shell, Qt::CaseInsensitive)) {
                     m_reader.warning(
                         QStringLiteral("cloud-only"),
                         tr("'env.shell: %1' is for Windows images, which BuildDeck cannot run").arg(*shell),
                         item.value->line, item.value->column);
                 } else if (!linux.contains(*shell)) {
                     m_reader.error(QStringLiteral("bad-value"),
                                    tr("'env.shell' must be bash or /bin/sh, not '%1'").arg(*shell), item.value->line,
                                    item.value->column, tr("write 'shell: bash'"));
                 }
             }},
            {QStringLiteral("variables"),
             [&](const YamlEntry &item) { readVariables(item, QStringLiteral("env.variables"), env.variables); }},
            {QStringLiteral("parameter-store"),
             [&](const YamlEntry &item) {
                 readVariables(item, QStringLiteral("env.parameter-store"), env.parameterStore);
                 for (const YamlEntry &parameter : item.value->entries) {
                     if (parameter.value->isNull() || (parameter.value->isScalar() && parameter.value->text.isEmpty()))
                         m_reader.error(QStringLiteral("bad-value"),
                                        tr("'env.parameter-store.%1' must name a parameter").arg(parameter.key),
                                        parameter.line, parameter.column);
                 }
             }},
            {QStringLiteral("secrets-manager"),
             [&](const YamlEntry &item) {
                 requireVersion02(item, QStringLiteral("env.secrets-manager"));
                 readSecretsManager(item, QStringLiteral("env.secrets-manager"), env.secretsManager);
             }},
            {QStringLiteral("exported-variables"),
             [&](const YamlEntry &item) {
                 requireVersion02(item, QStringLiteral("env.exported-variables"));
                 env.exportedVariables = m_reader.scalarList(item, QStringLiteral("env.exported-variables"));
                 for (const YamlNodePtr &name : item.value->items) {
                     if (name->isScalar() && name->text.startsWith(QStringLiteral("AWS_"))) {
                         m_reader.error(
                             QStringLiteral("reserved-name"),
                             tr("'%1' cannot be exported: names beginning with AWS_ are reserved").arg(name->text),
                             name->line, name->column);
                     }
                 }
             }},
            {QStringLiteral("git-credential-helper"),
             [&](const YamlEntry &item) {
                 env.gitCredentialHelper = m_reader.boolean(item, QStringLiteral("env.git-credential-helper"));
                 m_reader.warning(QStringLiteral("cloud-only"),
                                  tr("'env.git-credential-helper' has no effect locally: git commands in the build "
                                     "use the container's own git configuration"),
                                  item.line, item.column);
             }},
        });

    // The same name twice across the three sources: which one wins is not defined.
    QHash<QString, QString> sources;
    const QList<QPair<QString, const NamedValues *>> all{{QStringLiteral("variables"), &env.variables},
                                                         {QStringLiteral("parameter-store"), &env.parameterStore},
                                                         {QStringLiteral("secrets-manager"), &env.secretsManager}};
    for (const auto &[source, values] : all) {
        for (const auto &value : *values) {
            if (sources.contains(value.first) && sources.value(value.first) != source) {
                m_reader.warning(QStringLiteral("duplicate-key"),
                                 tr("'%1' is set in both 'env.%2' and 'env.%3'; which value wins is not defined")
                                     .arg(value.first, sources.value(value.first), source),
                                 entry.line, entry.column, tr("keep only one of them"));
            }
            sources.insert(value.first, source);
        }
    }
}

void BuildSpecParser::readLegacyEnv(const YamlEntry &entry)
{
    if (!isVersion01(m_spec)) {
        m_reader.error(QStringLiteral("version-mismatch"),
                       tr("'environment_variables' is the version 0.1 name; version 0.2 files use 'env' with "
                          "'variables'"),
                       entry.line, entry.column,
                       tr("rename 'environment_variables' to 'env' and 'plaintext' to 'variables'"));
    }
    Env &env = m_spec.env.emplace();
    if (entry.value->isNull() || !m_reader.expectMapping(entry, QStringLiteral("environment_variables")))
        return;
    m_reader.readMapping(*entry.value, QStringLiteral("environment_variables"),
                         {
                             {QStringLiteral("plaintext"),
                              [&](const YamlEntry &item) {
                                  readVariables(item, QStringLiteral("environment_variables.plaintext"), env.variables);
                              }},
                             {QStringLiteral("parameter-store"),
                              [&](const YamlEntry &item) {
                                  readVariables(item, QStringLiteral("environment_variables.parameter-store"),
                                                env.parameterStore);
                              }},
                         });
}

void BuildSpecParser::readVariables(const YamlEntry &entry, const QString &path, NamedValues &into)
{
    static const QRegularExpression shellName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    into = m_reader.namedValues(entry, path);
    for (const YamlEntry &variable : entry.value->entries) {
        if (variable.key.startsWith(QStringLiteral("CODEBUILD_"))) {
            m_reader.warning(QStringLiteral("reserved-name"),
                             tr("'%1' is reserved: names beginning with CODEBUILD_ are set by the build, and BuildDeck "
                                "does not apply this one")
                                 .arg(variable.key),
                             variable.line, variable.column, tr("choose a name without the CODEBUILD_ prefix"));
        } else if (!variable.key.isEmpty() && !shellName.match(variable.key).hasMatch()) {
            m_reader.warning(
                QStringLiteral("bad-value"),
                tr("'%1' is not a valid shell variable name, so commands cannot read it").arg(variable.key),
                variable.line, variable.column, tr("use letters, digits and '_' only, not starting with a digit"));
        }
    }
}

void BuildSpecParser::readSecretsManager(const YamlEntry &entry, const QString &path, NamedValues &into)
{
    readVariables(entry, path, into);
    for (const YamlEntry &secret : entry.value->entries) {
        if (!secret.value->isScalar() && !secret.value->isNull())
            continue;
        const QString reference = secret.value->text;
        // secret-id[:json-key[:version-stage[:version-id]]]; a secret-id may itself be an ARN with 7 parts.
        QStringList parts = reference.split(QLatin1Char(':'));
        QString secretId = parts.value(0);
        int rest = 1;
        if (secretId == QStringLiteral("arn") && parts.size() >= 7) {
            secretId = parts.mid(0, 7).join(QLatin1Char(':'));
            rest = 7;
        }
        const QString stage = parts.value(rest + 1);
        const QString versionId = parts.value(rest + 2);
        if (secretId.trimmed().isEmpty()) {
            m_reader.error(QStringLiteral("bad-value"),
                           tr("'%1.%2' must name a secret: secret-id[:json-key[:version-stage[:version-id]]]")
                               .arg(path, secret.key),
                           secret.line, secret.column);
        } else if (!stage.isEmpty() && !versionId.isEmpty()) {
            m_reader.error(
                QStringLiteral("bad-value"),
                tr("'%1.%2' gives both a version stage and a version id; give one of them").arg(path, secret.key),
                secret.value->line, secret.value->column);
        } else if (parts.size() - rest > 3) {
            m_reader.error(QStringLiteral("bad-value"),
                           tr("'%1.%2' has too many ':' parts; write secret-id[:json-key[:version-stage[:version-id]]]")
                               .arg(path, secret.key),
                           secret.value->line, secret.value->column);
        }
    }
}

void BuildSpecParser::readProxy(const YamlEntry &entry)
{
    requireVersion02(entry, QStringLiteral("proxy"));
    Proxy &proxy = m_spec.proxy.emplace();
    m_reader.warning(QStringLiteral("cloud-only"),
                     tr("'proxy' has no effect locally: builds reach the network the way the container engine allows"),
                     entry.line, entry.column);
    if (entry.value->isNull() || !m_reader.expectMapping(entry, QStringLiteral("proxy")))
        return;
    m_reader.readMapping(
        *entry.value, QStringLiteral("proxy"),
        {
            {QStringLiteral("upload-artifacts"),
             [&](const YamlEntry &item) {
                 proxy.uploadArtifacts = m_reader.boolean(item, QStringLiteral("proxy.upload-artifacts"));
             }},
            {QStringLiteral("logs"),
             [&](const YamlEntry &item) { proxy.logs = m_reader.boolean(item, QStringLiteral("proxy.logs")); }},
        });
}

void BuildSpecParser::readPhases(const YamlEntry &entry)
{
    if (entry.value->isNull()) {
        m_reader.error(QStringLiteral("missing-required"),
                       tr("'phases' is empty; a buildspec needs at least one phase"), entry.line, entry.column,
                       tr("add a 'build:' phase with its 'commands:'"));
        return;
    }
    if (!m_reader.expectMapping(entry, QStringLiteral("phases")))
        return;
    m_reader.readMapping(
        *entry.value, QStringLiteral("phases"),
        {
            {QStringLiteral("install"), [this](const YamlEntry &e) { readPhase(e, m_spec.install); }},
            {QStringLiteral("pre_build"), [this](const YamlEntry &e) { readPhase(e, m_spec.preBuild); }},
            {QStringLiteral("build"), [this](const YamlEntry &e) { readPhase(e, m_spec.build); }},
            {QStringLiteral("post_build"), [this](const YamlEntry &e) { readPhase(e, m_spec.postBuild); }},
        },
        NodeReader::Unknown::Error);
}

void BuildSpecParser::readPhase(const YamlEntry &entry, Phase &phase)
{
    phase.present = true;
    const QString path = QStringLiteral("phases.") + entry.key;
    if (entry.value->isNull()) {
        m_reader.warning(QStringLiteral("empty-value"), tr("phase '%1' is empty and runs nothing").arg(entry.key),
                         entry.line, entry.column);
        return;
    }
    if (!entry.value->isMapping()) {
        m_reader.error(QStringLiteral("wrong-type"), tr("phase '%1' must be a mapping with 'commands:'").arg(entry.key),
                       entry.line, entry.column, tr("put the commands under '%1:' -> 'commands:'").arg(entry.key));
        return;
    }
    const QString phaseName = entry.key;
    m_reader.readMapping(
        *entry.value, path,
        {
            {QStringLiteral("run-as"),
             [&](const YamlEntry &item) {
                 requireVersion02(item, path + QStringLiteral(".run-as"));
                 phase.runAs = m_reader.requiredScalar(item, path + QStringLiteral(".run-as")).value_or(QString());
             }},
            {QStringLiteral("on-failure"), [&](const YamlEntry &item) { readOnFailure(item, path, phase); }},
            {QStringLiteral("runtime-versions"),
             [&](const YamlEntry &item) { readRuntimeVersions(item, path, phase); }},
            {QStringLiteral("commands"),
             [&](const YamlEntry &item) { phase.commands = readCommands(item, path + QStringLiteral(".commands")); }},
            {QStringLiteral("finally"),
             [&](const YamlEntry &item) {
                 requireVersion02(item, path + QStringLiteral(".finally"));
                 phase.hasFinally = true;
                 phase.finallyCommands = readCommands(item, path + QStringLiteral(".finally"));
             }},
        },
        NodeReader::Unknown::Warn, [&phaseName](const QString &key) {
            return phaseNames.contains(key)
                       ? tr("'%1' is indented inside '%2'; indent it like '%2', directly under 'phases:'")
                             .arg(key, phaseName)
                       : QString();
        });

    if (phaseName != QStringLiteral("install") && !entry.value->entry(QStringLiteral("commands")) &&
        !phase.hasFinally) {
        m_reader.warning(QStringLiteral("missing-required"),
                         tr("phase '%1' has no 'commands' and runs nothing").arg(phaseName), entry.line, entry.column,
                         tr("add 'commands:' with at least one command"));
    }
}

QStringList BuildSpecParser::readCommands(const YamlEntry &entry, const QString &path)
{
    return m_reader.scalarList(entry, path);
}

void BuildSpecParser::readOnFailure(const YamlEntry &entry, const QString &path, Phase &phase)
{
    requireVersion02(entry, path + QStringLiteral(".on-failure"));
    const std::optional<QString> text = m_reader.requiredScalar(entry, path + QStringLiteral(".on-failure"));
    if (!text)
        return;
    const int line = entry.value->line;
    const int column = entry.value->column;
    const QString allowed = tr("ABORT, CONTINUE, RETRY, RETRY-<count>, RETRY-<regex> or RETRY-<count>-<regex>");
    OnFailure policy;
    policy.text = *text;
    if (*text == QStringLiteral("ABORT")) {
        policy.action = OnFailure::Action::Abort;
    } else if (*text == QStringLiteral("CONTINUE")) {
        policy.action = OnFailure::Action::Continue;
    } else if (text->startsWith(QStringLiteral("RETRY")) && (text->size() == 5 || text->at(5) == QLatin1Char('-'))) {
        policy.action = OnFailure::Action::Retry;
        const QString rest = text->mid(6);
        static const QRegularExpression countForm(QStringLiteral("^(\\d+)(?:-(.*))?$"),
                                                  QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = countForm.match(rest);
        if (text->size() > 5 && rest.isEmpty()) {
            m_reader.error(QStringLiteral("bad-value"), tr("'%1.on-failure: %2' ends with '-'").arg(path, *text), line,
                           column, tr("write RETRY, RETRY-<count> or RETRY-<regex>"));
            return;
        }
        if (match.hasMatch()) {
            bool ok = false;
            policy.retryCount = match.captured(1).toInt(&ok);
            if (!ok || policy.retryCount > 100) {
                m_reader.error(QStringLiteral("bad-value"),
                               tr("'%1.on-failure: %2' retries %3 times; the count must be 0 to 100")
                                   .arg(path, *text, match.captured(1)),
                               line, column);
                return;
            }
            policy.retryPattern = match.captured(2);
            if (match.capturedLength(2) == 0 && rest.endsWith(QLatin1Char('-'))) {
                m_reader.error(QStringLiteral("bad-value"), tr("'%1.on-failure: %2' ends with '-'").arg(path, *text),
                               line, column, tr("write RETRY-<count>-<regex>"));
                return;
            }
        } else {
            policy.retryPattern = rest;
        }
        if (!policy.retryPattern.isEmpty()) {
            const QRegularExpression pattern(policy.retryPattern);
            if (!pattern.isValid()) {
                m_reader.error(QStringLiteral("bad-value"),
                               tr("'%1.on-failure' has an invalid regular expression '%2': %3")
                                   .arg(path, policy.retryPattern, pattern.errorString()),
                               line, column);
                return;
            }
        }
    } else {
        const QString upper = text->toUpper();
        const bool caseOnly = upper == QStringLiteral("ABORT") || upper == QStringLiteral("CONTINUE") ||
                              upper.startsWith(QStringLiteral("RETRY"));
        m_reader.error(QStringLiteral("bad-value"),
                       tr("'%1.on-failure' must be %2, not '%3'").arg(path, allowed, *text), line, column,
                       caseOnly ? tr("write it in capitals: %1").arg(upper) : QString());
        return;
    }
    phase.onFailure = policy;
}

void BuildSpecParser::readRuntimeVersions(const YamlEntry &entry, const QString &path, Phase &phase)
{
    const QString keyPath = path + QStringLiteral(".runtime-versions");
    if (path != QStringLiteral("phases.install")) {
        m_reader.error(QStringLiteral("misplaced-key"), tr("'runtime-versions' is only allowed in the install phase"),
                       entry.line, entry.column, tr("move 'runtime-versions' to 'phases.install'"));
        return;
    }
    if (entry.value->isNull() || (entry.value->isMapping() && entry.value->entries.isEmpty())) {
        m_reader.error(QStringLiteral("missing-required"), tr("'%1' must name at least one runtime").arg(keyPath),
                       entry.line, entry.column, tr("for example 'python: 3.12', or remove 'runtime-versions'"));
        return;
    }
    phase.runtimeVersions = m_reader.namedValues(entry, keyPath);
    for (const YamlEntry &runtime : entry.value->entries) {
        const YamlNode &value = *runtime.value;
        if (!value.isScalar() || !value.plain)
            continue;
        bool isNumber = false;
        const double number = value.text.toDouble(&isNumber);
        if (isNumber && value.text.contains(QLatin1Char('.')) && QString::number(number) != value.text) {
            m_reader.warning(QStringLiteral("yaml-number"),
                             tr("YAML reads '%1: %2' as the number %3, so CodeBuild would select version %3")
                                 .arg(runtime.key, value.text, QString::number(number)),
                             value.line, value.column, tr("put the version in quotes: \"%1\"").arg(value.text));
        }
    }
}

} // namespace BuildDeck::Spec
