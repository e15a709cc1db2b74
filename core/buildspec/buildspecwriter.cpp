#include "buildspecwriter.h"

#include "nodereader.h"

#include <QRegularExpression>

#include <yaml-cpp/emitter.h>

namespace BuildDeck::Spec {

namespace {

using YAML::BeginMap;
using YAML::BeginSeq;
using YAML::EndMap;
using YAML::EndSeq;
using YAML::Key;
using YAML::Value;

// True when `text` reads back as the same string when written without quotes.
bool isSafePlain(const QString &text)
{
    static const QRegularExpression safe(QStringLiteral(R"(^[A-Za-z_$./(][^:#]*$)"));
    static const QRegularExpression number(
        QStringLiteral(R"(^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$)"));
    static const QStringList nullWords{QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"),
                                       QStringLiteral("NULL")};
    if (text.isEmpty() || text != text.trimmed() || text.contains(QLatin1Char('\n')))
        return false;
    if (NodeReader::parseBoolean(text) || nullWords.contains(text) || number.match(text).hasMatch())
        return false;
    return safe.match(text).hasMatch() && !text.contains(QStringLiteral(" #")) && !text.endsWith(QLatin1Char(':'));
}

// True when a literal block (`|`) reads back exactly `text`: one final newline, no other
// trailing newline or space, and a first line that does not start with a space.
bool fitsLiteralBlock(const QString &text)
{
    if (!text.endsWith(QLatin1Char('\n')) || text.endsWith(QStringLiteral("\n\n")) ||
        text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\n')))
        return false;
    for (const QString &line : text.chopped(1).split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\t')) || line.contains(QLatin1Char('\r')))
            return false;
    }
    return true;
}

class Writer
{
public:
    void string(const QString &text)
    {
        const std::string bytes = text.toStdString();
        if (isSafePlain(text))
            m_out << bytes;
        else if (text.contains(QLatin1Char('\n')) && fitsLiteralBlock(text))
            m_out << YAML::Literal << bytes;
        else
            m_out << YAML::DoubleQuoted << bytes;
    }

    void key(const char *name) { m_out << Key << name << Value; }
    void key(const QString &name)
    {
        m_out << Key;
        string(name);
        m_out << Value;
    }

    void field(const char *name, const QString &text)
    {
        if (text.isEmpty())
            return;
        key(name);
        string(text);
    }
    void field(const char *name, const std::optional<bool> &value)
    {
        if (!value)
            return;
        key(name);
        m_out << (*value ? "yes" : "no");
    }
    void list(const char *name, const QStringList &items, bool always = false)
    {
        if (items.isEmpty() && !always)
            return;
        key(name);
        m_out << BeginSeq;
        for (const QString &item : items)
            string(item);
        m_out << EndSeq;
    }
    void named(const char *name, const NamedValues &values, bool always = false)
    {
        if (values.isEmpty() && !always)
            return;
        key(name);
        m_out << BeginMap;
        for (const auto &[valueName, value] : values) {
            key(valueName);
            string(value);
        }
        m_out << EndMap;
    }

    void env(const BuildSpec &spec)
    {
        if (!spec.env)
            return;
        const Env &env = *spec.env;
        if (spec.version == QStringLiteral("0.1")) {
            key("environment_variables");
            m_out << BeginMap;
            named("plaintext", env.variables);
            named("parameter-store", env.parameterStore);
            m_out << EndMap;
            return;
        }
        key("env");
        m_out << BeginMap;
        field("shell", env.shell);
        named("variables", env.variables);
        named("parameter-store", env.parameterStore);
        named("secrets-manager", env.secretsManager);
        list("exported-variables", env.exportedVariables);
        field("git-credential-helper", env.gitCredentialHelper);
        m_out << EndMap;
    }

    void batchEnv(const char *name, const std::optional<BatchEnv> &env)
    {
        if (!env)
            return;
        key(name);
        m_out << BeginMap;
        field("compute-type", env->computeType);
        field("image", env->image);
        field("privileged-mode", env->privilegedMode);
        field("type", env->type);
        named("variables", env->variables);
        m_out << EndMap;
    }

    void batch(const std::optional<Batch> &batch)
    {
        if (!batch)
            return;
        key("batch");
        m_out << BeginMap;
        field("fast-fail", batch->fastFail);
        switch (batch->kind) {
        case Batch::Kind::None:
            break;
        case Batch::Kind::List:
        case Batch::Kind::Graph:
            key(batch->kind == Batch::Kind::List ? "build-list" : "build-graph");
            m_out << BeginSeq;
            for (const BatchTask &task : batch->tasks) {
                m_out << BeginMap;
                field("identifier", task.identifier);
                field("buildspec", task.buildspec);
                field("debug-session", task.debugSession);
                list("depend-on", task.dependOn);
                batchEnv("env", task.env);
                field("ignore-failure", task.ignoreFailure);
                m_out << EndMap;
            }
            m_out << EndSeq;
            break;
        case Batch::Kind::Matrix: {
            const BatchMatrix &matrix = batch->matrix;
            key("build-matrix");
            m_out << BeginMap;
            if (matrix.staticIgnoreFailure || matrix.staticEnv) {
                key("static");
                m_out << BeginMap;
                field("ignore-failure", matrix.staticIgnoreFailure);
                batchEnv("env", matrix.staticEnv);
                m_out << EndMap;
            }
            if (!matrix.dynamicBuildspecs.isEmpty() || !matrix.dynamicComputeTypes.isEmpty() ||
                !matrix.dynamicImages.isEmpty() || !matrix.dynamicVariables.isEmpty()) {
                key("dynamic");
                m_out << BeginMap;
                list("buildspec", matrix.dynamicBuildspecs);
                if (!matrix.dynamicComputeTypes.isEmpty() || !matrix.dynamicImages.isEmpty() ||
                    !matrix.dynamicVariables.isEmpty()) {
                    key("env");
                    m_out << BeginMap;
                    list("compute-type", matrix.dynamicComputeTypes);
                    list("image", matrix.dynamicImages);
                    if (!matrix.dynamicVariables.isEmpty()) {
                        key("variables");
                        m_out << BeginMap;
                        for (const auto &[name, values] : matrix.dynamicVariables) {
                            key(name);
                            m_out << BeginSeq;
                            for (const QString &value : values)
                                string(value);
                            m_out << EndSeq;
                        }
                        m_out << EndMap;
                    }
                    m_out << EndMap;
                }
                m_out << EndMap;
            }
            m_out << EndMap;
            break;
        }
        case Batch::Kind::Fanout:
            key("build-fanout");
            m_out << BeginMap;
            key("parallelism");
            m_out << batch->fanout.parallelism;
            field("ignore-failure", batch->fanout.ignoreFailure);
            m_out << EndMap;
            break;
        }
        m_out << EndMap;
    }

    void phase(const char *name, const Phase &phase)
    {
        if (!phase.present)
            return;
        key(name);
        m_out << BeginMap;
        field("run-as", phase.runAs);
        if (phase.onFailure)
            field("on-failure", phase.onFailure->text);
        named("runtime-versions", phase.runtimeVersions);
        list("commands", phase.commands);
        if (phase.hasFinally)
            list("finally", phase.finallyCommands, true);
        m_out << EndMap;
    }

    void artifactSet(const ArtifactSet &set)
    {
        list("files", set.files);
        field("name", set.name);
        field("discard-paths", set.discardPaths);
        field("base-directory", set.baseDirectory);
        list("exclude-paths", set.excludePaths);
        field("enable-symlinks", set.enableSymlinks);
        field("s3-prefix", set.s3Prefix);
    }

    void write(const BuildSpec &spec)
    {
        m_out << BeginMap;
        key("version");
        m_out << (spec.version.isEmpty() ? std::string("0.2") : spec.version.toStdString());
        field("run-as", spec.runAs);
        env(spec);
        if (spec.proxy) {
            key("proxy");
            m_out << BeginMap;
            field("upload-artifacts", spec.proxy->uploadArtifacts);
            field("logs", spec.proxy->logs);
            m_out << EndMap;
        }
        batch(spec.batch);
        if (spec.install.present || spec.preBuild.present || spec.build.present || spec.postBuild.present) {
            key("phases");
            m_out << BeginMap;
            phase("install", spec.install);
            phase("pre_build", spec.preBuild);
            phase("build", spec.build);
            phase("post_build", spec.postBuild);
            m_out << EndMap;
        }
        if (!spec.reports.isEmpty()) {
            key("reports");
            m_out << BeginMap;
            for (const ReportGroup &group : spec.reports) {
                key(group.name);
                m_out << BeginMap;
                list("files", group.files);
                field("base-directory", group.baseDirectory);
                field("discard-paths", group.discardPaths);
                field("file-format", group.fileFormatText);
                m_out << EndMap;
            }
            m_out << EndMap;
        }
        if (spec.artifacts) {
            key("artifacts");
            m_out << BeginMap;
            artifactSet(spec.artifacts->primary);
            if (!spec.artifacts->secondary.isEmpty()) {
                key("secondary-artifacts");
                m_out << BeginMap;
                for (const auto &[identifier, set] : spec.artifacts->secondary) {
                    key(identifier);
                    m_out << BeginMap;
                    artifactSet(set);
                    m_out << EndMap;
                }
                m_out << EndMap;
            }
            m_out << EndMap;
        }
        if (spec.cache) {
            key("cache");
            m_out << BeginMap;
            list("paths", spec.cache->paths);
            field("key", spec.cache->key);
            list("fallback-keys", spec.cache->fallbackKeys);
            field("action", spec.cache->action);
            m_out << EndMap;
        }
        m_out << EndMap;
    }

    QByteArray result() const { return QByteArray(m_out.c_str()) + '\n'; }

private:
    YAML::Emitter m_out;
};

} // namespace

QByteArray BuildSpecWriter::write(const BuildSpec &spec)
{
    Writer writer;
    writer.write(spec);
    return writer.result();
}

} // namespace BuildDeck::Spec
