#include "buildrunner.h"

#include "artifactcollector.h"
#include "buildcache.h"
#include "buildenvironment.h"
#include "buildsettings.h"
#include "commandexecutor.h"
#include "phaseplan.h"
#include "reportcollector.h"

#include "buildspec/buildspecparser.h"
#include "project/projectjson.h"
#include "project/projectvalidator.h"
#include "runtime/capabilities.h"
#include "runtime/imagerecipe.h"
#include "secrets/secretstore.h"
#include "source/directoryarchive.h"
#include "source/gitsource.h"
#include "support/libraryversions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>

#include <thread>

namespace BuildDeck::Engine {

namespace {

const QStringList recordedConfiguration{
    QStringLiteral("source"),      QStringLiteral("secondarySources"),   QStringLiteral("secondarySourceVersions"),
    QStringLiteral("artifacts"),   QStringLiteral("secondaryArtifacts"), QStringLiteral("cache"),
    QStringLiteral("environment"), QStringLiteral("serviceRole"),        QStringLiteral("encryptionKey"),
    QStringLiteral("vpcConfig"),   QStringLiteral("logsConfig"),         QStringLiteral("fileSystemLocations"),
    QStringLiteral("builddeck")};

// CPUs and memory of a compute type (ARCHITECTURE §3), capped at what this machine has.
QPair<double, qint64> computeLimits(const QString &computeType)
{
    static const QList<std::tuple<QString, double, qint64>> types{{QStringLiteral("BUILD_GENERAL1_SMALL"), 2, 4},
                                                                  {QStringLiteral("BUILD_GENERAL1_MEDIUM"), 4, 8},
                                                                  {QStringLiteral("BUILD_GENERAL1_LARGE"), 8, 16},
                                                                  {QStringLiteral("BUILD_GENERAL1_XLARGE"), 36, 72},
                                                                  {QStringLiteral("BUILD_GENERAL1_2XLARGE"), 72, 144}};
    double cpus = 2;
    qint64 gib = 4;
    for (const auto &[name, typeCpus, typeGib] : types) {
        if (name == computeType) {
            cpus = typeCpus;
            gib = typeGib;
        }
    }
    qint64 hostBytes = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = meminfo.readLine().simplified().split(' ');
        hostBytes = fields.value(1).toLongLong() * 1024;
    }
    const qint64 bytes = gib * 1024 * 1024 * 1024;
    return {std::min<double>(cpus, QThread::idealThreadCount()), hostBytes > 0 ? std::min(bytes, hostBytes) : bytes};
}

QString phaseName(PhaseType type)
{
    return phaseTypeName(type);
}

// The project as a build ran it: the configuration its record keeps, overrides applied.
Projects::Project effectiveProject(const BuildRecord &record)
{
    QJsonObject input = record.configuration;
    input.insert(QStringLiteral("name"), record.projectName);
    return Projects::ProjectJson::read(input).project;
}

} // namespace

Result<BuildRecord> BuildRunner::submit(BuildStore &builds, const Projects::Project &project,
                                        const BuildRequest &request)
{
    const Projects::Project effective = request.apply(project);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    BuildRecord draft;
    draft.projectName = project.name;
    draft.startTime = now;
    draft.sourceVersion = request.sourceVersion.isEmpty() ? project.sourceVersion : request.sourceVersion;
    draft.initiator =
        request.initiator.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("builddeck")) : request.initiator;
    draft.timeoutInMinutes = request.timeoutInMinutesOverride.value_or(project.effectiveTimeoutInMinutes());
    draft.queuedTimeoutInMinutes = project.effectiveQueuedTimeoutInMinutes();
    const QJsonObject input = Projects::ProjectJson::toCreateProjectInput(effective);
    for (const QString &key : recordedConfiguration) {
        if (input.contains(key))
            draft.configuration.insert(key, input.value(key));
    }
    draft.phases = {BuildPhase{PhaseType::Submitted, Status::Succeeded, now, now, {}},
                    BuildPhase{PhaseType::Queued, std::nullopt, now, {}, {}}};
    return builds.create(draft);
}

Result<BuildRecord> BuildRunner::resubmit(BuildStore &builds, const BuildRecord &previous)
{
    BuildRequest request;
    request.sourceVersion = previous.sourceVersion;
    request.timeoutInMinutesOverride = previous.timeoutInMinutes;
    return submit(builds, effectiveProject(previous), request);
}

QString BuildRunner::logPath(const QString &dataDirectory, const BuildRecord &record)
{
    return QStringLiteral("%1/logs/%2/%3.log").arg(dataDirectory, record.projectName, record.uuid());
}

BuildRunner::BuildRunner(BuildStore &builds, Runtime::ContainerRuntime &runtime, QString dataDirectory)
    : m_builds(builds)
    , m_runtime(runtime)
    , m_dataDirectory(std::move(dataDirectory))
{
}

BuildRunner::~BuildRunner() = default;

void BuildRunner::log(const QString &text)
{
    (void)m_log.appendAgentLine(text);
}

bool BuildRunner::interrupted() const
{
    return (m_stop && m_stop->load()) || m_clock.elapsed() >= m_deadlineMs;
}

Status BuildRunner::interruption() const
{
    return m_stop && m_stop->load() ? Status::Stopped : Status::TimedOut;
}

QStringList BuildRunner::environment() const
{
    QStringList environment = m_environment;
    environment.append(QStringLiteral("CODEBUILD_BUILD_SUCCEEDING=") +
                       (m_succeeding ? QStringLiteral("1") : QStringLiteral("0")));
    return environment;
}

void BuildRunner::beginPhase(PhaseType type)
{
    m_record.phases.append(BuildPhase{type, std::nullopt, QDateTime::currentDateTimeUtc(), {}, {}});
    (void)m_builds.save(m_record);
}

void BuildRunner::endPhase(const PhaseOutcome &outcome)
{
    BuildPhase &phase = m_record.phases.last();
    phase.status = outcome.status;
    phase.endTime = QDateTime::currentDateTimeUtc();
    if (phase.type != PhaseType::Submitted && (phase.type != PhaseType::Queued || outcome.status != Status::Succeeded))
        phase.contexts = {{outcome.context.statusCode, masked(outcome.context.message)}};
    if (phase.type >= PhaseType::DownloadSource && phase.type <= PhaseType::UploadArtifacts) {
        log(QStringLiteral("Phase complete: %1 State: %2").arg(phaseName(phase.type), statusName(outcome.status)));
        log(QStringLiteral("Phase context status code: %1 Message: %2")
                .arg(outcome.context.statusCode, outcome.context.message));
    }
    if (outcome.status != Status::Succeeded)
        m_succeeding = false;
    (void)m_builds.save(m_record);
}

Result<BuildRecord> BuildRunner::run(const QString &buildId, const std::atomic_bool *stop, const SlotClaim &claim)
{
    Result<BuildRecord> stored = m_builds.get(buildId);
    if (!stored)
        return stored.error();
    m_record = std::move(stored).value();
    m_stop = stop;
    m_project = effectiveProject(m_record);
    m_deadlineMs = qint64(m_record.timeoutInMinutes) * m_minuteMs;
    m_clock.start();

    if (Result<void> created = m_log.create(logPath(m_dataDirectory, m_record), m_record.startTime); !created)
        return created.error();

    PhaseType phase = PhaseType::Provisioning;
    if (!m_record.phases.isEmpty() && m_record.phases.last().type == PhaseType::Queued) {
        const PhaseOutcome queued = waitInQueue(claim);
        endPhase(queued);
        phase = PhasePlan::next(PhaseType::Queued, queued.status);
        m_clock.restart(); // the build's timeout counts from the end of the queue
    }

    // A watchdog turns a stop request or the timeout into a cancelled phase; FINALIZING then
    // removes the container with whatever still runs in it.
    std::atomic_bool finished{false};
    std::thread watchdog([this, &finished] {
        while (!finished.load() && !m_cancel.load()) {
            if (interrupted())
                m_cancel = true;
            QThread::msleep(50);
        }
    });

    while (phase != PhaseType::Completed) {
        beginPhase(phase);
        PhaseOutcome outcome;
        switch (phase) {
        case PhaseType::Provisioning:
            outcome = provision();
            break;
        case PhaseType::DownloadSource:
            outcome = downloadSource();
            break;
        case PhaseType::UploadArtifacts:
            outcome = uploadArtifacts();
            break;
        case PhaseType::Finalizing:
            outcome = finalize();
            break;
        default:
            outcome = runCommandPhase(phase);
            break;
        }
        if (phase != PhaseType::Finalizing && outcome.status == Status::Succeeded && interrupted()) {
            outcome.status = interruption();
        }
        if (outcome.status == Status::TimedOut && outcome.context.statusCode.isEmpty())
            outcome.context = {QStringLiteral("BUILD_TIMED_OUT"), QStringLiteral("Build has timed out. ")};
        endPhase(outcome);
        std::optional<Spec::OnFailure::Action> onFailure;
        if (PhasePlan::isCommandPhase(phase)) {
            const Spec::Phase &specPhase = *m_spec.phases().at(int(phase) - int(PhaseType::Install)).second;
            if (specPhase.onFailure && specPhase.onFailure->action != Spec::OnFailure::Action::Retry)
                onFailure = specPhase.onFailure->action;
        }
        phase = PhasePlan::next(phase, outcome.status, onFailure);
    }
    finished = true;
    watchdog.join();

    m_record.complete(PhasePlan::finalStatus(m_record.phases), QDateTime::currentDateTimeUtc());
    if (Result<void> saved = m_builds.save(m_record); !saved)
        return saved.error();
    return m_record;
}

BuildRunner::PhaseOutcome BuildRunner::waitInQueue(const SlotClaim &claim)
{
    QElapsedTimer waited;
    waited.start();
    const qint64 limit = qint64(m_record.queuedTimeoutInMinutes) * m_minuteMs;
    bool announced = false;
    while (claim) {
        if (m_stop && m_stop->load())
            return {Status::Stopped, {}};
        const Result<bool> claimed = claim();
        if (!claimed)
            return {Status::Fault, {QStringLiteral("CLIENT_ERROR"), claimed.error().message}};
        if (*claimed)
            break;
        if (!announced) {
            log(QStringLiteral("Waiting for a free build slot (concurrency limit reached)"));
            announced = true;
        }
        if (waited.elapsed() >= limit)
            return {Status::TimedOut, {QStringLiteral("BUILD_TIMED_OUT"), QStringLiteral("QUEUED timed out")}};
        QThread::msleep(250);
    }
    return {};
}

BuildRunner::PhaseOutcome BuildRunner::provision()
{
    const QString image = m_project.environment.image;
    log(QStringLiteral("Running on BuildDeck %1").arg(libraryVersions().builddeck));
    const Result<Runtime::ImageInfo> present = m_runtime.inspectImage(image);
    if (!present) {
        if (present.error().code != ErrorCode::NotFound)
            return {Status::Fault, {QStringLiteral("BUILD_CONTAINER_UNABLE_TO_PULL_IMAGE"), present.error().message}};
        // The default image is made on this machine from its recipe; a registry's image of that
        // name would be someone else's.
        if (image == Runtime::ImageRecipe::defaultImage()) {
            return {Status::Failed,
                    {QStringLiteral("BUILD_CONTAINER_UNABLE_TO_PULL_IMAGE"),
                     QStringLiteral("The default image %1 is not on the engine. It is made on this machine, not "
                                    "pulled: build it with Build > Build Default Image, or builddeck-cli build-image.")
                         .arg(image)}};
        }
        log(QStringLiteral("Pulling image %1").arg(image));
        QString lastStatus;
        const Result<void> pulled = m_runtime.pullImage(
            image,
            [&](const Runtime::PullProgress &progress) {
                if (progress.status != lastStatus && progress.current == 0) {
                    lastStatus = progress.status;
                    log(QStringLiteral("%1 %2").arg(progress.status, progress.layer).trimmed());
                }
            },
            &m_cancel);
        if (!pulled) {
            return {Status::Failed,
                    {QStringLiteral("BUILD_CONTAINER_UNABLE_TO_PULL_IMAGE"),
                     QStringLiteral("Unable to pull customer's container image. %1").arg(pulled.error().message)}};
        }
    }

    Runtime::ContainerSpec spec;
    spec.name = QStringLiteral("builddeck-%1").arg(m_record.uuid());
    spec.image = image;
    spec.labels = {{QStringLiteral("builddeck.build-id"), m_record.id},
                   {QStringLiteral("builddeck.project"), m_record.projectName}};
    const auto [cpus, memory] = computeLimits(m_project.environment.computeType);
    spec.cpus = cpus;
    spec.memoryBytes = memory;
    spec.privileged = m_project.environment.privilegedMode.value_or(false);
    // The agent, the build's main process, runs the phases; its output is only the build log's.
    // A hosted repository's files sit where CodeBuild puts them: .../src/github.com/owner/repo.
    m_sourceDirectory = BuildEnvironment::makeSourceDirectory();
    if (Projects::ProjectValidator::gitSourceTypes().contains(m_project.source.type)) {
        if (const QString hosted = Source::GitSource::hostedPath(m_project.source.location); !hosted.isEmpty())
            m_sourceDirectory += QLatin1Char('/') + hosted;
    }
    m_executor = std::make_unique<CommandExecutor>(m_runtime, m_log, m_sourceDirectory);
    spec.command = m_executor->agentCommand();
    QStringList lines;
    const Result<QList<Runtime::VolumeMount>> volumes =
        BuildCache(m_runtime, m_dataDirectory, m_project).volumes(spec.privileged, lines);
    for (const QString &line : std::as_const(lines))
        log(line);
    if (volumes)
        spec.volumes = *volumes;
    else
        log(QStringLiteral("The local cache is not used: %1").arg(volumes.error().message));
    spec.user = QStringLiteral("0:0"); // root, whatever USER the image names (reference §1.1)
    spec.openStdin = true;
    spec.keepLogs = false;
    Result<void> started = createAndStart(spec);
    if (!started && spec.privileged && started.error().message.contains(QStringLiteral("apply caps"))) {
        // The engine cannot grant every capability (reference §10.3): all the host has, unconfined.
        (void)m_runtime.removeContainer(m_containerId);
        m_containerId.clear();
        spec.privileged = false;
        spec.capAdd = {QStringLiteral("ALL")};
        // For a local engine this process's bounding set stands in for the daemon's.
        if (m_runtime.endpoint().transport == Runtime::EngineEndpoint::Transport::Unix)
            spec.capDrop = Runtime::Capabilities::missingHere();
        spec.securityOpt = {QStringLiteral("seccomp=unconfined"), QStringLiteral("apparmor=unconfined"),
                            QStringLiteral("label=disable")};
        spec.unmasked = true;
        log(QStringLiteral("The engine cannot grant privileged mode here; using every capability it has%1, with "
                           "seccomp and AppArmor unconfined")
                .arg(spec.capDrop.isEmpty()
                         ? QString()
                         : QStringLiteral(" (not %1)").arg(spec.capDrop.join(QStringLiteral(", ")))));
        started = createAndStart(spec);
    }
    if (started)
        started = m_executor->connect(m_containerId);
    if (!started)
        return {Status::Fault, {QStringLiteral("BUILD_CONTAINER_UNABLE_TO_START"), started.error().message}};
    return {};
}

Result<void> BuildRunner::createAndStart(const Runtime::ContainerSpec &spec)
{
    const Result<QString> created = m_runtime.createContainer(spec);
    if (!created)
        return created.error();
    m_containerId = *created;
    return m_runtime.startContainer(m_containerId);
}

Result<void> BuildRunner::openSecrets()
{
    // The store is opened when a build first needs a secret, so that builds without any never
    // touch the keychain.
    if (m_secrets)
        return {};
    Result<History::Database> database = History::Database::open(m_dataDirectory);
    if (!database)
        return database.error();
    m_secrets = std::make_unique<Secrets::SecretStore>(std::move(database).value());
    return {};
}

BuildEnvironment::SecretLookup BuildRunner::secretLookup()
{
    return [this](BuildEnvironment::SecretKind kind, const QString &name) -> Result<QString> {
        if (const Result<void> opened = openSecrets(); !opened)
            return opened.error();
        return kind == BuildEnvironment::SecretKind::ParameterStore ? m_secrets->resolveParameter(name)
                                                                    : m_secrets->resolveSecret(name);
    };
}

Result<QString> BuildRunner::checkOutGit(const Projects::ProjectSource &source, const QString &version,
                                         const QString &directory, bool primary)
{
    Source::GitSource git(m_dataDirectory);
    Source::GitCallbacks callbacks;
    callbacks.log = [this](const QString &line) { log(line); };
    callbacks.cancel = &m_cancel;
    // The credential kept for the repository's host, when there is one (never logged).
    callbacks.credential = [this](const QString &url) -> std::optional<Source::GitCredential> {
        if (!openSecrets())
            return std::nullopt;
        const Result<std::optional<QJsonObject>> found = m_secrets->gitCredential(Source::GitSource::host(url));
        if (!found) {
            log(QStringLiteral("The git credential for %1 cannot be read: %2")
                    .arg(Source::GitSource::host(url), found.error().message));
            return std::nullopt;
        }
        if (!*found)
            return std::nullopt;
        return Source::GitCredential{(*found)->value(QStringLiteral("username")).toString(),
                                     (*found)->value(QStringLiteral("secret")).toString(),
                                     (*found)->value(QStringLiteral("sshKeyFile")).toString()};
    };
    const Result<QString> commit = git.fetch(source.location, version, callbacks);
    if (!commit)
        return commit.error();
    log(QStringLiteral("Checking out %1 (%2)")
            .arg(version.isEmpty() ? QStringLiteral("the default branch") : version, *commit));
    QDir(directory).removeRecursively();
    if (!QDir().mkpath(QFileInfo(directory).absolutePath()))
        return makeError(ErrorCode::Io, QStringLiteral("%1 cannot be made").arg(QFileInfo(directory).absolutePath()));
    const Result<void> checkedOut =
        git.checkout(source.location, version, *commit, directory, source.gitCloneDepth.value_or(0),
                     source.fetchSubmodules.value_or(false), callbacks);
    if (!checkedOut)
        return checkedOut.error();
    if (primary)
        m_record.resolvedSourceVersion = *commit;
    return directory;
}

BuildRunner::PhaseOutcome BuildRunner::downloadSource()
{
    log(QStringLiteral("Phase is DOWNLOAD_SOURCE"));
    log(QStringLiteral("CODEBUILD_SRC_DIR=%1").arg(m_sourceDirectory));

    // The source's files on this machine: a LOCAL folder, or a git checkout made for this build
    // (removed once it is in the container).
    const Projects::ProjectSource &source = m_project.source;
    const bool git = Projects::ProjectValidator::gitSourceTypes().contains(source.type);
    QString hostTree;
    QStringList excludes;
    const QString workDirectory = QDir(m_dataDirectory).filePath(QStringLiteral("work/") + m_record.uuid());
    const auto removeWork = qScopeGuard([&] { QDir(workDirectory).removeRecursively(); });
    if (source.type == QStringLiteral("LOCAL")) {
        hostTree = source.location;
        excludes = m_project.builddeck.localExcludes;
    } else if (git) {
        const QString version = m_record.sourceVersion.isEmpty() ? m_project.sourceVersion : m_record.sourceVersion;
        const Result<QString> checkedOut =
            checkOutGit(source, version, QDir(workDirectory).filePath(QStringLiteral("src")));
        if (!checkedOut)
            return {Status::Failed, {QStringLiteral("CLIENT_ERROR"), checkedOut.error().message}};
        hostTree = *checkedOut;
    }

    // Which buildspec: inline text, or a file in the source (buildspec.yml by default).
    QByteArray buildspecText;
    const bool inlineSpec = source.buildspec.contains(QLatin1Char('\n'));
    if (inlineSpec) {
        buildspecText = source.buildspec.toUtf8();
        log(QStringLiteral("YAML location is the project's inline buildspec"));
    } else {
        const QString relative = source.buildspec.isEmpty() ? QStringLiteral("buildspec.yml") : source.buildspec;
        if (hostTree.isEmpty()) {
            return {
                Status::Failed,
                {QStringLiteral("CLIENT_ERROR"),
                 source.type == QStringLiteral("NO_SOURCE")
                     ? QStringLiteral("a NO_SOURCE project needs an inline buildspec")
                     : QStringLiteral("%1 sources are not supported by this version of BuildDeck").arg(source.type)}};
        }
        QFile file(QDir(hostTree).filePath(relative));
        log(QStringLiteral("YAML location is %1/%2").arg(m_sourceDirectory, relative));
        if (!file.open(QIODevice::ReadOnly)) {
            return {Status::Failed,
                    {QStringLiteral("YAML_FILE_ERROR"),
                     QStringLiteral("YAML file does not exist: %1").arg(git ? relative : file.fileName())}};
        }
        buildspecText = file.readAll();
    }
    const Spec::BuildSpecReading reading = Spec::BuildSpecParser::read(buildspecText);
    for (const Issue &issue : reading.issues) {
        if (issue.isError()) {
            return {Status::Failed,
                    {QStringLiteral("YAML_FILE_ERROR"),
                     QStringLiteral("%1 at line %2, column %3").arg(issue.message).arg(issue.line).arg(issue.column)}};
        }
    }
    m_spec = reading.spec;

    m_executor->configure(m_spec.env && m_spec.env->shell.contains(QStringLiteral("bash")) ? QStringLiteral("bash")
                                                                                           : QStringLiteral("sh"),
                          m_spec.version != QStringLiteral("0.1"));

    if (!hostTree.isEmpty()) {
        const Result<Source::DirectoryArchive::Summary> sent =
            m_executor->upload(hostTree, m_sourceDirectory, excludes, {}, &m_cancel);
        if (!sent)
            return {Status::Failed, {QStringLiteral("CLIENT_ERROR"), sent.error().message}};
        log(QStringLiteral("Copied %1 file(s), %2 byte(s) from %3")
                .arg(sent->files)
                .arg(sent->bytes)
                .arg(git ? source.location : hostTree));
    }

    // Secondary sources, each in a directory of its own beside the primary one.
    const QString sourceRoot = m_sourceDirectory.section(QLatin1Char('/'), 0, 3);
    QList<SecondarySourceFacts> secondaries;
    for (const Projects::ProjectSource &secondary : m_project.secondarySources) {
        QString version;
        for (const Projects::ProjectSourceVersion &candidate : m_project.secondarySourceVersions) {
            if (candidate.sourceIdentifier == secondary.sourceIdentifier)
                version = candidate.sourceVersion;
        }
        const bool secondaryGit = Projects::ProjectValidator::gitSourceTypes().contains(secondary.type);
        QString tree;
        if (secondary.type == QStringLiteral("LOCAL")) {
            tree = secondary.location;
        } else if (secondaryGit) {
            const Result<QString> checkedOut = checkOutGit(
                secondary, version,
                QDir(workDirectory).filePath(QStringLiteral("secondary/") + secondary.sourceIdentifier), false);
            if (!checkedOut)
                return {Status::Failed, {QStringLiteral("CLIENT_ERROR"), checkedOut.error().message}};
            tree = *checkedOut;
        } else {
            return {Status::Failed,
                    {QStringLiteral("CLIENT_ERROR"),
                     QStringLiteral("secondary source %1: %2 sources are not supported by this version of BuildDeck")
                         .arg(secondary.sourceIdentifier, secondary.type)}};
        }
        const Result<Source::DirectoryArchive::Summary> sent =
            m_executor->upload(tree, sourceRoot, {}, secondary.sourceIdentifier, &m_cancel);
        if (!sent)
            return {Status::Failed, {QStringLiteral("CLIENT_ERROR"), sent.error().message}};
        const QString directory = sourceRoot + QLatin1Char('/') + secondary.sourceIdentifier;
        log(QStringLiteral("CODEBUILD_SRC_DIR_%1=%2: copied %3 file(s) from %4")
                .arg(secondary.sourceIdentifier, directory)
                .arg(sent->files)
                .arg(secondary.location));
        secondaries.append({secondary.sourceIdentifier, directory, version,
                            secondary.type == QStringLiteral("LOCAL") ? QString() : secondary.location});
    }

    log(QStringLiteral("Processing environment variables"));
    BuildFacts facts;
    facts.buildId = m_record.id;
    facts.buildNumber = m_record.buildNumber;
    facts.projectName = m_record.projectName;
    facts.image = m_project.environment.image;
    facts.initiator = m_record.initiator;
    facts.startTime = m_record.startTime;
    facts.sourceDirectory = m_sourceDirectory;
    facts.sourceVersion = m_record.sourceVersion;
    facts.resolvedSourceVersion = m_record.resolvedSourceVersion;
    facts.secondarySources = secondaries;
    facts.sourceRepositoryUrl = source.type == QStringLiteral("LOCAL") ? QString() : source.location;
    facts.region = BuildSettings::region().value();
    const Result<BuildEnvironment::Assembly> assembly =
        BuildEnvironment::assemble(facts, m_spec, m_project, {}, secretLookup());
    if (!assembly)
        return {Status::Failed, {QStringLiteral("Decrypted Variables Error"), assembly.error().message}};
    // The secrets' values never reach the log: from here on they print as ***.
    QList<QByteArray> secretValues;
    for (const EnvironmentEntry &entry : assembly->entries) {
        if (entry.secret)
            secretValues.append(entry.value.toUtf8());
    }
    m_log.setSecrets(secretValues);
    for (const QString &note : assembly->notes)
        log(note);
    QList<EnvironmentEntry> entries = assembly->entries;
    entries.erase(std::remove_if(
                      entries.begin(), entries.end(),
                      [](const EnvironmentEntry &e) { return e.name == QStringLiteral("CODEBUILD_BUILD_SUCCEEDING"); }),
                  entries.end());
    m_environment = BuildEnvironment::toList(entries);

    log(m_spec.install.runtimeVersions.isEmpty()
            ? QStringLiteral("No runtime version selected in buildspec.")
            : QStringLiteral(
                  "Skipping install of runtimes. Runtime version selection is not supported by this build image."));
    log(QStringLiteral("Moving to directory %1").arg(m_sourceDirectory));
    if (!m_spec.cache)
        log(QStringLiteral("Cache is not defined in the buildspec"));
    QStringList lines;
    BuildCache(m_runtime, m_dataDirectory, m_project)
        .restore(m_spec.cache, *m_executor, environment(), cacheWorkDirectory(), &m_cancel, lines);
    for (const QString &line : std::as_const(lines))
        log(line);
    int present = 0;
    for (const auto &[name, specPhase] : m_spec.phases())
        present += specPhase->present ? 1 : 0;
    log(QStringLiteral("Phases found in YAML: %1").arg(present));
    for (const auto &[name, specPhase] : m_spec.phases()) {
        if (specPhase->present)
            log(QStringLiteral(" %1: %2 commands").arg(name.toUpper(), QString::number(specPhase->commands.size())));
    }
    return {};
}

BuildRunner::PhaseOutcome BuildRunner::runCommands(const QStringList &commands, const QString &user, QByteArray *output)
{
    if (interrupted())
        return {interruption(), {}};
    const Result<CommandExecutor::Outcome> result = m_executor->run(commands, environment(), user, output, &m_cancel);
    if (interrupted())
        return {interruption(), {}};
    if (!result) {
        if (const Result<void> alive = m_runtime.ping(); !alive) {
            return {Status::Fault,
                    {QStringLiteral("CLIENT_ERROR"),
                     QStringLiteral("The container engine stopped answering during the build: %1")
                         .arg(alive.error().message)}};
        }
        return {Status::Fault, {QStringLiteral("CLIENT_ERROR"), result.error().message}};
    }
    if (result->failedIndex >= 0) {
        return {Status::Failed,
                {QStringLiteral("COMMAND_EXECUTION_ERROR"),
                 QStringLiteral("Error while executing command: %1. Reason: exit status %2")
                     .arg(commands.at(result->failedIndex))
                     .arg(result->status)}};
    }
    return {};
}

BuildRunner::PhaseOutcome BuildRunner::runCommandPhase(PhaseType type)
{
    const Spec::Phase &phase = *m_spec.phases().at(int(type) - int(PhaseType::Install)).second;
    log(QStringLiteral("Entering phase %1").arg(phaseName(type)));
    const QString user = phase.runAs.isEmpty() ? m_spec.runAs : phase.runAs;

    const std::optional<Spec::OnFailure> &onFailure = phase.onFailure;
    const bool retry = onFailure && onFailure->action == Spec::OnFailure::Action::Retry;
    const int attempts = 1 + (retry ? onFailure->retryCount : 0);
    PhaseOutcome outcome;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        QByteArray output;
        outcome = runCommands(phase.commands, user, &output);
        if (outcome.status != Status::Failed || attempt == attempts)
            break;
        if (!onFailure->retryPattern.isEmpty() &&
            !QRegularExpression(onFailure->retryPattern).match(QString::fromUtf8(output)).hasMatch())
            break;
        log(QStringLiteral("Retrying phase %1 (attempt %2 of %3)").arg(phaseName(type)).arg(attempt + 1).arg(attempts));
    }
    // finally runs after a failure too, but not after a timeout or a stop (ARCHITECTURE §6).
    if (phase.hasFinally && outcome.status != Status::TimedOut && outcome.status != Status::Stopped) {
        const PhaseOutcome after = runCommands(phase.finallyCommands, user, nullptr);
        if (outcome.status == Status::Succeeded)
            outcome = after;
    }
    return outcome;
}

BuildRunner::PhaseOutcome BuildRunner::uploadArtifacts()
{
    log(QStringLiteral("Entering phase UPLOAD_ARTIFACTS"));
    if (m_spec.env && !m_spec.env->exportedVariables.isEmpty() && m_executor) {
        const Result<QList<QPair<QString, QString>>> values = m_executor->variables(m_spec.env->exportedVariables);
        if (values) {
            for (const auto &[name, value] : *values)
                m_record.exportedEnvironmentVariables.append({name, masked(value)});
        }
    }
    const auto failed = [](const QString &message) {
        return PhaseOutcome{Status::Failed, {QStringLiteral("CLIENT_ERROR"), message}};
    };
    QStringList lines;
    const auto flush = [&] {
        for (const QString &line : std::as_const(lines))
            log(line);
        lines.clear();
    };
    const Result<QList<ArtifactCollector::Target>> targets = ArtifactCollector::plan(m_project, m_spec, lines);
    flush();
    if ((!targets || targets->isEmpty()) && m_spec.reports.isEmpty()) {
        saveCache();
        return targets ? PhaseOutcome{} : failed(targets.error().message);
    }

    // One pass of the build's shell for every name and base directory, and one copy of the
    // build's files for the artifacts and the reports.
    QStringList texts;
    for (const ArtifactCollector::Target &target : targets.value_or(QList<ArtifactCollector::Target>{}))
        texts.append(ArtifactCollector::textsToExpand(target));
    const qsizetype reportTexts = texts.size();
    for (const Spec::ReportGroup &group : std::as_const(m_spec.reports))
        texts.append(ReportCollector::textsToExpand(group));
    Result<QStringList> expanded = m_executor->evaluate(texts, environment());
    if (!expanded)
        return failed(
            QStringLiteral("the artifact and report paths cannot be expanded: %1").arg(expanded.error().message));
    // Names and places end up in the record: a secret in them is masked there as in the log.
    for (QString &text : *expanded)
        text = masked(text);
    ArtifactCollector::Files files;
    files.dataDirectory = m_dataDirectory;
    files.buildUuid = m_record.uuid();
    files.projectName = m_record.projectName;
    files.containerRoot = m_sourceDirectory.section(QLatin1Char('/'), 0, 3);
    files.hostRoot =
        QDir(m_dataDirectory).filePath(QStringLiteral("work/") + m_record.uuid() + QStringLiteral("-output"));
    files.sourceDirectory = m_sourceDirectory;
    const auto removeCopy = qScopeGuard([&] { QDir(files.hostRoot).removeRecursively(); });
    const Result<Source::DirectoryArchive::Summary> copied =
        Source::DirectoryArchive::download(m_runtime, m_containerId, files.containerRoot, files.hostRoot, &m_cancel);
    if (!copied)
        return failed(copied.error().message);

    PhaseOutcome outcome = targets ? PhaseOutcome{} : failed(targets.error().message);
    for (qsizetype i = 0; targets && i < targets->size(); ++i) {
        const Result<BuildArtifacts> made =
            ArtifactCollector::make(targets->at(i), expanded->mid(i * 2, 2), files, lines);
        flush();
        if (!made) {
            outcome = failed(made.error().message);
            break;
        }
        m_record.artifacts.append(*made);
    }
    if (!m_spec.reports.isEmpty()) {
        Reports::ReportStore reports(m_builds.database());
        m_record.reportArns +=
            ReportCollector::collect(m_spec.reports, expanded->mid(reportTexts), files, m_record,
                                     BuildSettings::region().value(), reports, m_log.secrets(), lines);
        flush();
    }
    saveCache();
    return outcome;
}

QString BuildRunner::masked(const QString &text) const
{
    const SecretMasker &secrets = m_log.secrets();
    return secrets.isEmpty() ? text : QString::fromUtf8(secrets.masked(text.toUtf8()));
}

QString BuildRunner::cacheWorkDirectory() const
{
    return QDir(m_dataDirectory).filePath(QStringLiteral("work/") + m_record.uuid() + QStringLiteral("-cache"));
}

void BuildRunner::saveCache()
{
    const QString work = cacheWorkDirectory();
    const auto removeWork = qScopeGuard([&] { QDir(work).removeRecursively(); });
    QStringList lines;
    BuildCache(m_runtime, m_dataDirectory, m_project)
        .save(m_spec.cache, *m_executor, environment(), m_containerId, work, &m_cancel, lines);
    for (const QString &line : std::as_const(lines))
        log(line);
}

BuildRunner::PhaseOutcome BuildRunner::finalize()
{
    if (!m_containerId.isEmpty()) {
        if (Result<void> removed = m_runtime.removeContainer(m_containerId); !removed)
            return {Status::Fault, {QStringLiteral("CLIENT_ERROR"), removed.error().message}};
    }
    return {};
}

} // namespace BuildDeck::Engine
