#include "cliapplication.h"

#include "buildcommands.h"
#include "clioutput.h"
#include "imagecommands.h"
#include "projectcommands.h"
#include "reportcommands.h"
#include "secretcommands.h"

#include "buildspec/buildspecparser.h"
#include "buildspec/yamldocument.h"
#include "runtime/enginelocator.h"
#include "support/datadirectory.h"
#include "support/libraryversions.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace BuildDeck;

CliApplication::CliApplication(QStringList arguments)
    : m_arguments(std::move(arguments))
{
    m_verbs = {
        {QStringLiteral("version"),
         {},
         tr("Print the versions of BuildDeck and its libraries as JSON."),
         0,
         [this](const QStringList &) { return runVersion(); }},
        {QStringLiteral("engine-info"),
         {},
         tr("Print the container engine in use (name, version, API, endpoint) as JSON."),
         0,
         [this](const QStringList &) { return runEngineInfo(); }},
        {QStringLiteral("validate-buildspec"), QStringLiteral("FILE|-"),
         tr("Check a buildspec (or standard input) and print each problem as FILE:LINE:COL; --json for JSON. Exit "
            "status 1 when there is an error."),
         1, [this](const QStringList &args) { return runValidateBuildspec(args.constFirst()); }},
        {QStringLiteral("create-project"), QStringLiteral("--cli-input-json file://P|JSON"),
         tr("Create a project from create-project input (or batch-get-projects output)."), 0,
         [this](const QStringList &) { return projects().createProject(value("cli-input-json")); }},
        {QStringLiteral("update-project"), QStringLiteral("--cli-input-json file://P|JSON"),
         tr("Change the members given of the project named in the input."), 0,
         [this](const QStringList &) { return projects().updateProject(value("cli-input-json")); }},
        {QStringLiteral("delete-project"), QStringLiteral("--name N"), tr("Delete a project."), 0,
         [this](const QStringList &) { return projects().deleteProject(value("name")); }},
        {QStringLiteral("list-projects"), QStringLiteral("[--sort-by K] [--sort-order O]"),
         tr("List the projects' names as JSON."), 0,
         [this](const QStringList &) { return projects().listProjects(value("sort-by"), value("sort-order")); }},
        {QStringLiteral("batch-get-projects"), QStringLiteral("--names N..."),
         tr("Print projects in batch-get-projects' JSON shape."), anyNumber,
         [this](const QStringList &args) {
             return projects().batchGetProjects(m_parser.values(QStringLiteral("names")) + args);
         }},
        {QStringLiteral("start-build"), QStringLiteral("--project-name N [overrides] [--wait]"),
         tr("Start a build; it goes on after this command returns. --wait waits for its end (exit status 0 only "
            "when it SUCCEEDED)."),
         anyNumber, [this](const QStringList &args) { return startBuild(args); }},
        {QStringLiteral("retry-build"), QStringLiteral("--id ID [--wait]"),
         tr("Start a new build with the same settings as an earlier one (its overrides included)."), 0,
         [this](const QStringList &) {
             return builds().retryBuild(value("id"), m_parser.isSet(QStringLiteral("wait")));
         }},
        {QStringLiteral("stop-build"), QStringLiteral("--id ID"), tr("Stop a running build."), 0,
         [this](const QStringList &) { return builds().stopBuild(value("id")); }},
        {QStringLiteral("batch-get-builds"), QStringLiteral("--ids ID..."),
         tr("Print builds in batch-get-builds' JSON shape."), anyNumber,
         [this](const QStringList &args) {
             return builds().batchGetBuilds(m_parser.values(QStringLiteral("ids")) + args);
         }},
        {QStringLiteral("list-builds"), QStringLiteral("[--sort-order O]"), tr("List build ids, newest first."), 0,
         [this](const QStringList &) { return builds().listBuilds({}, value("sort-order")); }},
        {QStringLiteral("list-builds-for-project"), QStringLiteral("--project-name N [--sort-order O]"),
         tr("List a project's build ids, newest first."), 0,
         [this](const QStringList &) {
             if (value("project-name").isEmpty())
                 return usageError(tr("--project-name is required"));
             return builds().listBuilds(value("project-name"), value("sort-order"));
         }},
        {QStringLiteral("logs"), QStringLiteral("--id ID [--follow]"),
         tr("Print a build's raw log; --follow keeps printing until the build ends."), 0,
         [this](const QStringList &) { return builds().logs(value("id"), m_parser.isSet(QStringLiteral("follow"))); }},
        {QStringLiteral("put-parameter"), QStringLiteral("--name N --value V|file://P [--overwrite]"),
         tr("Keep a parameter (Parameter Store's stand-in) in the keychain."), 0,
         [this](const QStringList &) {
             const std::optional<QString> given = SecretCommands::readValue(QStringLiteral("--value"), value("value"));
             return given ? secrets().putParameter(value("name"), *given, m_parser.isSet(QStringLiteral("overwrite")))
                          : int(CliOutput::UsageError);
         }},
        {QStringLiteral("get-parameter"), QStringLiteral("--name N [--with-decryption]"),
         tr("Print a parameter; its value only with --with-decryption."), 0,
         [this](const QStringList &) {
             return secrets().getParameter(value("name"), m_parser.isSet(QStringLiteral("with-decryption")));
         }},
        {QStringLiteral("delete-parameter"), QStringLiteral("--name N"), tr("Delete a parameter."), 0,
         [this](const QStringList &) { return secrets().deleteParameter(value("name")); }},
        {QStringLiteral("create-secret"), QStringLiteral("--name N --secret-string S|file://P"),
         tr("Keep a secret (Secrets Manager's stand-in; text or JSON) in the keychain."), 0,
         [this](const QStringList &) {
             const std::optional<QString> given =
                 SecretCommands::readValue(QStringLiteral("--secret-string"), value("secret-string"));
             return given ? secrets().createSecret(value("name"), *given) : int(CliOutput::UsageError);
         }},
        {QStringLiteral("put-secret-value"), QStringLiteral("--secret-id N --secret-string S|file://P"),
         tr("Change a secret's value."), 0,
         [this](const QStringList &) {
             const std::optional<QString> given =
                 SecretCommands::readValue(QStringLiteral("--secret-string"), value("secret-string"));
             return given ? secrets().putSecretValue(value("secret-id"), *given) : int(CliOutput::UsageError);
         }},
        {QStringLiteral("delete-secret"), QStringLiteral("--secret-id N"), tr("Delete a secret."), 0,
         [this](const QStringList &) { return secrets().deleteSecret(value("secret-id")); }},
        {QStringLiteral("list-secrets"),
         {},
         tr("List the secrets' names (never their values)."),
         0,
         [this](const QStringList &) { return secrets().listSecrets(); }},
        {QStringLiteral("put-git-credential"),
         QStringLiteral("--host H [--username U] --token T|file://P | --ssh-key-file F [--token PASSPHRASE]"),
         tr("Keep the credential git uses for a host (HTTPS user and token, or an SSH key) in the keychain."), 0,
         [this](const QStringList &) {
             const std::optional<QString> token = SecretCommands::readValue(QStringLiteral("--token"), value("token"));
             return token ? secrets().putGitCredential(value("host"), value("username"), *token, value("ssh-key-file"))
                          : int(CliOutput::UsageError);
         }},
        {QStringLiteral("delete-git-credential"), QStringLiteral("--host H"), tr("Forget a host's git credential."), 0,
         [this](const QStringList &) { return secrets().deleteGitCredential(value("host")); }},
        {QStringLiteral("list-git-credentials"),
         {},
         tr("List the hosts with a git credential."),
         0,
         [this](const QStringList &) { return secrets().listGitCredentials(); }},
        {QStringLiteral("invalidate-project-cache"), QStringLiteral("--project-name N"),
         tr("Forget everything a project's cache holds on this machine: cache volumes, S3 cache and git mirrors."), 0,
         [this](const QStringList &) { return builds().invalidateProjectCache(value("project-name")); }},
        {QStringLiteral("list-report-groups"), QStringLiteral("[--sort-order O]"),
         tr("List the report groups' ARNs as JSON."), 0,
         [this](const QStringList &) { return reports().listReportGroups(value("sort-order")); }},
        {QStringLiteral("batch-get-report-groups"), QStringLiteral("--report-group-arns ARN..."),
         tr("Print report groups in batch-get-report-groups' JSON shape."), anyNumber,
         [this](const QStringList &args) {
             return reports().batchGetReportGroups(m_parser.values(QStringLiteral("report-group-arns")) + args);
         }},
        {QStringLiteral("list-reports-for-report-group"),
         QStringLiteral("--report-group-arn ARN [--sort-order O] [--filter status=S]"),
         tr("List a report group's reports, newest first, as JSON."), 0,
         [this](const QStringList &) {
             return reports().listReportsForReportGroup(value("report-group-arn"), value("sort-order"),
                                                        value("filter"));
         }},
        {QStringLiteral("batch-get-reports"), QStringLiteral("--report-arns ARN..."),
         tr("Print reports in batch-get-reports' JSON shape."), anyNumber,
         [this](const QStringList &args) {
             return reports().batchGetReports(m_parser.values(QStringLiteral("report-arns")) + args);
         }},
        {QStringLiteral("describe-test-cases"), QStringLiteral("--report-arn ARN [--filter status=S]"),
         tr("Print a test report's cases as JSON."), 0,
         [this](const QStringList &) { return reports().describeTestCases(value("report-arn"), value("filter")); }},
        {QStringLiteral("describe-code-coverages"),
         QStringLiteral("--report-arn ARN [--sort-by K] [--sort-order O] [--min-line-coverage-percentage P] "
                        "[--max-line-coverage-percentage P]"),
         tr("Print a coverage report's files as JSON."), 0,
         [this](const QStringList &) {
             return reports().describeCodeCoverages(value("report-arn"), value("sort-by"), value("sort-order"),
                                                    value("min-line-coverage-percentage"),
                                                    value("max-line-coverage-percentage"));
         }},
        {QStringLiteral("build-image"), QStringLiteral("[--recipe FILE] [--force]"),
         tr("Make the default build image (or the recipe's) from Debian's packages with mmdebstrap, when the "
            "engine lacks it; --force makes it again."),
         0,
         [this](const QStringList &) {
             return ImageCommands::buildImage(value("engine"), value("data-dir"), value("recipe"),
                                              m_parser.isSet(QStringLiteral("force")));
         }},
        {QStringLiteral("run-build"), QStringLiteral("--id ID"), tr("Run a submitted build (the build worker)."), 0,
         [this](const QStringList &) { return builds().runBuild(value("id")); }, true},
    };

    m_parser.setApplicationDescription(tr("BuildDeck: AWS CodeBuild builds in local containers, headless."));
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    m_parser.addOption(
        {QStringLiteral("data-dir"), tr("Where projects, builds and logs are kept."), QStringLiteral("dir")});
    m_parser.addOption({QStringLiteral("engine"),
                        tr("Container engine to use: unix:///path/to/engine.sock or tcp://host:port."),
                        QStringLiteral("url")});
    m_parser.addOption({QStringLiteral("json"), tr("validate-buildspec: print the problems as JSON.")});
    m_parser.addOption({QStringLiteral("cli-input-json"), tr("create-project, update-project: the project JSON."),
                        QStringLiteral("file://P|JSON")});
    m_parser.addOption({QStringLiteral("name"),
                        tr("delete-project: the project; put-parameter, get-parameter, delete-parameter, "
                           "create-secret: the name."),
                        QStringLiteral("name")});
    m_parser.addOption({QStringLiteral("names"), tr("batch-get-projects: the projects."), QStringLiteral("names")});
    m_parser.addOption({QStringLiteral("sort-by"),
                        tr("list-projects: NAME, CREATED_TIME or LAST_MODIFIED_TIME; describe-code-coverages: "
                           "FILE_PATH or LINE_COVERAGE_PERCENTAGE."),
                        QStringLiteral("key")});
    m_parser.addOption({QStringLiteral("sort-order"),
                        tr("list-* and describe-code-coverages: ASCENDING or DESCENDING."), QStringLiteral("order")});
    const QList<QCommandLineOption> reportOptions{
        {QStringLiteral("report-group-arn"), tr("list-reports-for-report-group: the report group (ARN or name)."),
         QStringLiteral("arn")},
        {QStringLiteral("report-group-arns"), tr("batch-get-report-groups: the report groups."),
         QStringLiteral("arns")},
        {QStringLiteral("report-arns"), tr("batch-get-reports: the reports."), QStringLiteral("arns")},
        {QStringLiteral("report-arn"), tr("describe-test-cases, describe-code-coverages: the report."),
         QStringLiteral("arn")},
        {QStringLiteral("filter"), tr("list-reports-for-report-group, describe-test-cases: status=STATUS."),
         QStringLiteral("filter")},
        {QStringLiteral("min-line-coverage-percentage"), tr("describe-code-coverages: the lowest line coverage shown."),
         QStringLiteral("percent")},
        {QStringLiteral("max-line-coverage-percentage"),
         tr("describe-code-coverages: the highest line coverage shown."), QStringLiteral("percent")},
    };
    for (const QCommandLineOption &option : reportOptions)
        m_parser.addOption(option);
    const QList<QCommandLineOption> buildOptions{
        {QStringLiteral("project-name"),
         tr("start-build, list-builds-for-project, invalidate-project-cache: the project."), QStringLiteral("name")},
        {QStringLiteral("source-version"), tr("start-build: the source version to build."), QStringLiteral("version")},
        {QStringLiteral("buildspec-override"), tr("start-build: a buildspec (text or path) instead of the project's."),
         QStringLiteral("buildspec")},
        {QStringLiteral("environment-variables-override"),
         tr("start-build: name=K,value=V[,type=T]; repeat for more variables."), QStringLiteral("variable")},
        {QStringLiteral("image-override"), tr("start-build: the image to build in."), QStringLiteral("image")},
        {QStringLiteral("compute-type-override"), tr("start-build: the compute type."), QStringLiteral("type")},
        {QStringLiteral("privileged-mode-override"), tr("start-build: run privileged.")},
        {QStringLiteral("no-privileged-mode-override"), tr("start-build: run unprivileged.")},
        {QStringLiteral("timeout-in-minutes-override"), tr("start-build: the timeout, 5 to 2160 minutes."),
         QStringLiteral("minutes")},
        {QStringLiteral("artifacts-override"),
         tr("start-build: the primary artifact's settings as JSON (or file://PATH), instead of the project's."),
         QStringLiteral("json")},
        {QStringLiteral("secondary-artifacts-override"),
         tr("start-build: the secondary artifacts' settings as a JSON array (or file://PATH)."),
         QStringLiteral("json")},
        {QStringLiteral("wait"), tr("start-build, retry-build: wait for the build to end and print its final record.")},
        {QStringLiteral("id"), tr("stop-build, retry-build, logs, run-build: the build."), QStringLiteral("id")},
        {QStringLiteral("ids"), tr("batch-get-builds: the builds."), QStringLiteral("ids")},
        {QStringLiteral("follow"), tr("logs: keep printing until the build ends.")},
    };
    m_parser.addOptions(buildOptions);
    m_parser.addOptions({
        {QStringLiteral("value"), tr("put-parameter: the value, or file://PATH to read it from."),
         QStringLiteral("value")},
        {QStringLiteral("overwrite"), tr("put-parameter: replace the value of a parameter that exists.")},
        {QStringLiteral("with-decryption"), tr("get-parameter: print the value.")},
        {QStringLiteral("secret-string"), tr("create-secret, put-secret-value: the value, or file://PATH."),
         QStringLiteral("value")},
        {QStringLiteral("secret-id"), tr("put-secret-value, delete-secret: the secret's name or ARN."),
         QStringLiteral("id")},
        {QStringLiteral("host"), tr("put-git-credential, delete-git-credential: the git server's host name."),
         QStringLiteral("host")},
        {QStringLiteral("username"), tr("put-git-credential: the user name."), QStringLiteral("user")},
        {QStringLiteral("token"), tr("put-git-credential: the password or token (or an SSH key's passphrase)."),
         QStringLiteral("token")},
        {QStringLiteral("ssh-key-file"), tr("put-git-credential: the SSH private key file."), QStringLiteral("file")},
        {QStringLiteral("recipe"), tr("build-image: the image recipe (image.json) instead of the default image's."),
         QStringLiteral("file")},
        {QStringLiteral("force"), tr("build-image: make the image even when the engine has it.")},
    });
    m_parser.addPositionalArgument(QStringLiteral("verb"), tr("What to do; see the list of verbs below."));
}

QString CliApplication::helpText() const
{
    QString text = m_parser.helpText();
    text += QLatin1Char('\n') + tr("Verbs:") + QLatin1Char('\n');
    for (const Verb &verb : m_verbs) {
        if (verb.hidden)
            continue;
        const QString usage = verb.arguments.isEmpty() ? verb.name : verb.name + QLatin1Char(' ') + verb.arguments;
        text += QStringLiteral("  %1  %2\n").arg(usage.leftJustified(26), verb.summary);
    }
    return text;
}

int CliApplication::run()
{
    if (!m_parser.parse(m_arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        CliOutput::printOut(helpText());
        return CliOutput::Success;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no verb given."));
    const QString &verbName = positional.constFirst();
    for (const Verb &verb : std::as_const(m_verbs)) {
        if (verb.name != verbName)
            continue;
        const QStringList arguments = positional.mid(1);
        if (verb.argumentCount != anyNumber && arguments.size() > verb.argumentCount) {
            return usageError(tr("'%1' takes %2 argument(s), but '%3' was given too.")
                                  .arg(verbName)
                                  .arg(verb.argumentCount)
                                  .arg(arguments.at(verb.argumentCount)));
        }
        if (verb.argumentCount != anyNumber && arguments.size() < verb.argumentCount)
            return usageError(tr("'%1' needs %2.").arg(verbName, verb.arguments));
        return verb.handler(arguments);
    }
    return usageError(tr("unknown verb '%1'.").arg(verbName));
}

int CliApplication::usageError(const QString &reason) const
{
    QStringList names;
    for (const Verb &verb : m_verbs) {
        if (!verb.hidden)
            names.append(verb.name);
    }
    CliOutput::printErr(tr("builddeck-cli: %1\nVerbs: %2. Run 'builddeck-cli --help' for details.\n")
                            .arg(reason, names.join(QStringLiteral(", "))));
    return CliOutput::UsageError;
}

QString CliApplication::value(const char *option) const
{
    return m_parser.value(QLatin1String(option));
}

BuildCommands &CliApplication::builds()
{
    if (!m_builds)
        m_builds = std::make_unique<BuildCommands>(value("data-dir"), value("engine"));
    return *m_builds;
}

int CliApplication::startBuild(const QStringList &arguments)
{
    Engine::BuildRequest request;
    request.projectName = value("project-name");
    request.sourceVersion = value("source-version");
    request.buildspecOverride = value("buildspec-override");
    request.imageOverride = value("image-override");
    request.computeTypeOverride = value("compute-type-override");
    if (m_parser.isSet(QStringLiteral("privileged-mode-override")))
        request.privilegedModeOverride = true;
    if (m_parser.isSet(QStringLiteral("no-privileged-mode-override")))
        request.privilegedModeOverride = false;
    if (!value("timeout-in-minutes-override").isEmpty()) {
        bool ok = false;
        request.timeoutInMinutesOverride = value("timeout-in-minutes-override").toInt(&ok);
        if (!ok)
            return usageError(tr("--timeout-in-minutes-override: '%1' is not a whole number")
                                  .arg(value("timeout-in-minutes-override")));
    }
    if (!value("artifacts-override").isEmpty()) {
        const std::optional<QJsonDocument> json =
            CliOutput::readJsonOption(QStringLiteral("--artifacts-override"), value("artifacts-override"));
        if (!json)
            return CliOutput::UsageError;
        if (!json->isObject())
            return usageError(tr("--artifacts-override: must be a JSON object such as {\"type\": \"NO_ARTIFACTS\"}"));
        request.artifactsOverride = json->object();
    }
    if (!value("secondary-artifacts-override").isEmpty()) {
        const std::optional<QJsonDocument> json = CliOutput::readJsonOption(
            QStringLiteral("--secondary-artifacts-override"), value("secondary-artifacts-override"));
        if (!json)
            return CliOutput::UsageError;
        if (!json->isArray())
            return usageError(tr("--secondary-artifacts-override: must be a JSON array of artifacts"));
        request.secondaryArtifactsOverride = json->array();
    }
    // The AWS CLI takes several variables after one --environment-variables-override.
    for (const QString &text : m_parser.values(QStringLiteral("environment-variables-override")) + arguments) {
        const std::optional<Projects::EnvironmentVariable> variable = BuildCommands::parseVariable(text);
        if (!variable)
            return usageError(tr("--environment-variables-override: '%1' is not name=K,value=V[,type=T]").arg(text));
        request.environmentOverrides.append(*variable);
    }
    return builds().startBuild(request, m_parser.isSet(QStringLiteral("wait")));
}

ReportCommands &CliApplication::reports()
{
    if (!m_reports)
        m_reports = std::make_unique<ReportCommands>(value("data-dir"));
    return *m_reports;
}

SecretCommands &CliApplication::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<SecretCommands>(value("data-dir"));
    return *m_secrets;
}

ProjectCommands &CliApplication::projects()
{
    if (!m_projects)
        m_projects = std::make_unique<ProjectCommands>(value("data-dir"));
    return *m_projects;
}

int CliApplication::runVersion()
{
    QJsonObject object;
    const LibraryVersions versions = libraryVersions();
    object.insert(QStringLiteral("builddeck"), versions.builddeck);
    object.insert(QStringLiteral("qt"), versions.qt);
    object.insert(QStringLiteral("yamlCpp"), versions.yamlCpp);
    object.insert(QStringLiteral("libgit2"), versions.libgit2);
    object.insert(QStringLiteral("libcurl"), versions.libcurl);
    object.insert(QStringLiteral("libarchive"), versions.libarchive);
    const Result<DataDirectory> dataDirectory = DataDirectory::open(m_parser.value(QStringLiteral("data-dir")));
    if (!dataDirectory)
        return CliOutput::fail(dataDirectory.error().message);
    object.insert(QStringLiteral("dataDirectory"), dataDirectory->path());
    CliOutput::printJson(object);
    return CliOutput::Success;
}

int CliApplication::runEngineInfo()
{
    const Result<QList<Runtime::EngineEndpoint>> candidates =
        Runtime::EngineLocator::candidates(m_parser.value(QStringLiteral("engine")));
    if (!candidates)
        return usageError(candidates.error().message);
    const Result<Runtime::EngineInfo> info = Runtime::EngineLocator::probe(*candidates);
    if (!info)
        return CliOutput::fail(info.error().message);
    if (info->unencrypted) {
        CliOutput::printErr(tr("builddeck-cli: warning: %1 is reached without TLS: anyone who can reach that port can "
                               "run containers as root on its machine and read the builds' sources and secrets. Use "
                               "TLS (DOCKER_TLS_VERIFY=1, DOCKER_CERT_PATH) or a unix socket.\n")
                                .arg(info->endpoint));
    }
    CliOutput::printJson(info->toJson());
    return CliOutput::Success;
}

int CliApplication::runValidateBuildspec(const QString &file)
{
    QFile input;
    const bool fromStdin = file == QStringLiteral("-");
    const QString shownName = fromStdin ? QStringLiteral("<stdin>") : file;
    if (fromStdin ? !input.open(stdin, QIODevice::ReadOnly)
                  : (input.setFileName(file), !input.open(QIODevice::ReadOnly))) {
        return CliOutput::fail(tr("cannot read %1: %2").arg(shownName, input.errorString()), CliOutput::UsageError);
    }
    const QByteArray text = input.read(Spec::YamlDocument::maxBytes + 1);
    const Spec::BuildSpecReading reading = Spec::BuildSpecParser::read(text);

    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray issues;
        for (const Issue &issue : reading.issues)
            issues.append(issue.toJson());
        CliOutput::printJson(QJsonObject{{QStringLiteral("issues"), issues}});
    } else {
        QString report;
        for (Issue issue : reading.issues) {
            issue.file = shownName;
            report += issue.toString() + QLatin1Char('\n');
            if (!issue.suggestion.isEmpty())
                report += QStringLiteral("%1:%2:%3: note: %4\n")
                              .arg(shownName)
                              .arg(issue.line)
                              .arg(issue.column)
                              .arg(issue.suggestion);
        }
        CliOutput::printOut(report);
    }
    return reading.hasErrors() ? CliOutput::Failure : CliOutput::Success;
}

CliApplication::~CliApplication() = default;
