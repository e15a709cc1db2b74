#include "engine.h"
#include "gitrepositories.h"
#include "processrunner.h"
#include "stringmakers.h"
#include "testconfig.h"

#include "history/database.h"
#include "secrets/secretstore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace BuildDeck;
using Secrets::SecretKind;
using Secrets::SecretStore;

namespace {

SecretStore openStore(const QTemporaryDir &dir)
{
    Result<History::Database> database = History::Database::open(dir.path());
    REQUIRE(database);
    return SecretStore(std::move(database).value());
}

ProcessResult cli(const QString &dataDir, const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return runProgram(QStringLiteral(BUILDDECK_BIN_DIR "/builddeck-cli"),
                      QStringList{QStringLiteral("--data-dir"), dataDir} + arguments, environment);
}

QJsonObject json(const ProcessResult &result)
{
    INFO(result.out.toStdString() << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

// Every file under `directory` that holds `needle`.
QStringList filesHolding(const QString &directory, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

// A project that builds the git repository at `url` and prints its README.
void createGitProject(const QString &dataDir, const QString &name, const QString &type, const QString &url,
                      const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    const QJsonObject project{
        {QStringLiteral("name"), name},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("type"), type},
                     {QStringLiteral("location"), url},
                     {QStringLiteral("buildspec"),
                      QStringLiteral("version: 0.2\nphases:\n  build:\n    commands:\n      - cat README\n")}}},
        {QStringLiteral("artifacts"), QJsonObject{{QStringLiteral("type"), QStringLiteral("NO_ARTIFACTS")}}},
        {QStringLiteral("environment"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("LINUX_CONTAINER")},
                     {QStringLiteral("image"), QString::fromLatin1(defaultImage())},
                     {QStringLiteral("computeType"), QStringLiteral("BUILD_GENERAL1_SMALL")}}}};
    json(cli(dataDir,
             {QStringLiteral("create-project"), QStringLiteral("--cli-input-json"),
              QString::fromUtf8(QJsonDocument(project).toJson(QJsonDocument::Compact))},
             environment));
}

// Builds `project` with `start-build --wait`: its record and its log.
std::pair<QJsonObject, QString>
buildAndLog(const QString &dataDir, const QString &project,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    const ProcessResult result = cli(
        dataDir, {QStringLiteral("start-build"), QStringLiteral("--project-name"), project, QStringLiteral("--wait")},
        environment);
    const QJsonObject record =
        QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("build")).toObject();
    const ProcessResult log =
        cli(dataDir, {QStringLiteral("logs"), QStringLiteral("--id"), record.value(QStringLiteral("id")).toString()},
            environment);
    return {record, log.out};
}

} // namespace

TEST_CASE("Parameters and secrets live in the keychain, the database keeps their names only", "[secrets]")
{
    QTemporaryDir dir;
    SecretStore store = openStore(dir);
    REQUIRE(
        store.put(SecretKind::Parameter, QStringLiteral("/prod/db-password"), QStringLiteral("hunter2-p4ss"), false));
    CHECK(store.value(SecretKind::Parameter, QStringLiteral("/prod/db-password")).value() ==
          QStringLiteral("hunter2-p4ss"));
    const Result<Secrets::SecretEntry> again =
        store.put(SecretKind::Parameter, QStringLiteral("/prod/db-password"), QStringLiteral("other"), false);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("overwrite")));
    const Result<Secrets::SecretEntry> changed =
        store.put(SecretKind::Parameter, QStringLiteral("/prod/db-password"), QStringLiteral("changed-v2"), true);
    REQUIRE(changed);
    CHECK(changed->version == 2);
    CHECK(store.resolveParameter(QStringLiteral("/prod/db-password")).value() == QStringLiteral("changed-v2"));

    REQUIRE(store.put(SecretKind::Secret, QStringLiteral("deploy"),
                      QStringLiteral(R"({"user":"ci","token":"tok-9f8e7d","port":5432})"), false));
    CHECK(store.resolveSecret(QStringLiteral("deploy:token")).value() == QStringLiteral("tok-9f8e7d"));
    CHECK(store.resolveSecret(QStringLiteral("deploy:port")).value() == QStringLiteral("5432"));
    CHECK(store.resolveSecret(QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:deploy:user"))
              .value() == QStringLiteral("ci"));
    const Result<QString> noKey = store.resolveSecret(QStringLiteral("deploy:password"));
    REQUIRE_FALSE(noKey);
    CHECK(noKey.error().message.contains(QStringLiteral("password")));
    const Result<QString> missing = store.resolveSecret(QStringLiteral("nope"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("nope")));

    const Result<Secrets::SecretEntry> badName =
        store.put(SecretKind::Secret, QStringLiteral("has space"), QStringLiteral("x"), false);
    REQUIRE_FALSE(badName);
    CHECK(badName.error().message.contains(QStringLiteral("has space")));

    const QList<Secrets::SecretEntry> all = store.list().value();
    REQUIRE(all.size() == 2);
    CHECK(filesHolding(dir.path(), "changed-v2").isEmpty());
    CHECK(filesHolding(dir.path(), "tok-9f8e7d").isEmpty());

    REQUIRE(store.remove(SecretKind::Secret, QStringLiteral("deploy")));
    CHECK(store.value(SecretKind::Secret, QStringLiteral("deploy")).error().code == ErrorCode::NotFound);
    CHECK(store.remove(SecretKind::Secret, QStringLiteral("deploy")).error().code == ErrorCode::NotFound);
}

TEST_CASE("builddeck-cli keeps parameters and secrets with the AWS CLI's verbs and shapes", "[secrets][cli]")
{
    QTemporaryDir dir;
    const QJsonObject put =
        json(cli(dir.path(), {QStringLiteral("put-parameter"), QStringLiteral("--name"), QStringLiteral("/ci/token"),
                              QStringLiteral("--value"), QStringLiteral("cli-secret-1")}));
    CHECK(put.value(QStringLiteral("Version")).toInt() == 1);
    const QJsonObject hidden =
        json(cli(dir.path(), {QStringLiteral("get-parameter"), QStringLiteral("--name"), QStringLiteral("/ci/token")}));
    CHECK(hidden.value(QStringLiteral("Parameter")).toObject().value(QStringLiteral("Value")).toString() ==
          QStringLiteral("***"));
    const QJsonObject shown = json(cli(dir.path(), {QStringLiteral("get-parameter"), QStringLiteral("--name"),
                                                    QStringLiteral("/ci/token"), QStringLiteral("--with-decryption")}));
    CHECK(shown.value(QStringLiteral("Parameter")).toObject().value(QStringLiteral("Value")).toString() ==
          QStringLiteral("cli-secret-1"));
    const ProcessResult twice =
        cli(dir.path(), {QStringLiteral("put-parameter"), QStringLiteral("--name"), QStringLiteral("/ci/token"),
                         QStringLiteral("--value"), QStringLiteral("x")});
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.contains(QStringLiteral("overwrite")));

    QTemporaryDir files;
    QFile secretFile(files.filePath(QStringLiteral("secret.json")));
    REQUIRE(secretFile.open(QIODevice::WriteOnly));
    secretFile.write(R"({"password":"from-a-file"})");
    secretFile.close();
    const QJsonObject created =
        json(cli(dir.path(), {QStringLiteral("create-secret"), QStringLiteral("--name"), QStringLiteral("db"),
                              QStringLiteral("--secret-string"), QStringLiteral("file://") + secretFile.fileName()}));
    CHECK(created.value(QStringLiteral("Name")).toString() == QStringLiteral("db"));
    CHECK(created.value(QStringLiteral("ARN")).toString().endsWith(QStringLiteral(":secret:db")));
    json(cli(dir.path(), {QStringLiteral("put-secret-value"), QStringLiteral("--secret-id"), QStringLiteral("db"),
                          QStringLiteral("--secret-string"), QStringLiteral(R"({"password":"second"})")}));
    const QJsonArray list =
        json(cli(dir.path(), {QStringLiteral("list-secrets")})).value(QStringLiteral("SecretList")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list.first().toObject().value(QStringLiteral("Name")).toString() == QStringLiteral("db"));
    CHECK_FALSE(QJsonDocument(list.first().toObject()).toJson().contains("second"));
    json(cli(dir.path(), {QStringLiteral("delete-secret"), QStringLiteral("--secret-id"), QStringLiteral("db")}));
    json(cli(dir.path(), {QStringLiteral("delete-parameter"), QStringLiteral("--name"), QStringLiteral("/ci/token")}));
    const ProcessResult gone =
        cli(dir.path(), {QStringLiteral("get-parameter"), QStringLiteral("--name"), QStringLiteral("/ci/token")});
    CHECK(gone.exitCode == 1);
    CHECK(gone.err.contains(QStringLiteral("/ci/token")));
}

TEST_CASE("Without a keychain service, secrets fail with what to start, and nothing is written", "[secrets][cli]")
{
    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    const ProcessResult result = cli(dir.path(),
                                     {QStringLiteral("put-parameter"), QStringLiteral("--name"), QStringLiteral("p"),
                                      QStringLiteral("--value"), QStringLiteral("no-keyring-value")},
                                     environment);
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("keychain")));
    CHECK(result.err.contains(QStringLiteral("gnome-keyring-daemon")));
    CHECK(filesHolding(dir.path(), "no-keyring-value").isEmpty());
}

TEST_CASE("A build's parameters and secrets reach its commands, print as ***, and are written nowhere",
          "[secrets][docker]")
{
    if (!requireEngine())
        return;
    QTemporaryDir dir;
    json(cli(dir.path(), {QStringLiteral("put-parameter"), QStringLiteral("--name"), QStringLiteral("/build/key"),
                          QStringLiteral("--value"), QStringLiteral("param-Value-4711")}));
    json(cli(dir.path(), {QStringLiteral("create-secret"), QStringLiteral("--name"), QStringLiteral("api"),
                          QStringLiteral("--secret-string"), QStringLiteral(R"({"token":"tok-Secret-0815"})")}));
    const QJsonObject project{
        {QStringLiteral("name"), QStringLiteral("secretive")},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("NO_SOURCE")},
                     {QStringLiteral("buildspec"),
                      QStringLiteral("version: 0.2\nenv:\n  secrets-manager:\n    TOKEN: api:token\n"
                                     "phases:\n  build:\n    commands:\n      - echo \"key is $KEY\"\n"
                                     "      - echo \"token is $TOKEN\"\n"
                                     "      - printf 'tok-Sec'; sleep 1; printf 'ret-0815 split\\n'\n"
                                     "      - test \"${#KEY}\" = 16 && echo key-matches\n")}}},
        {QStringLiteral("artifacts"), QJsonObject{{QStringLiteral("type"), QStringLiteral("NO_ARTIFACTS")}}},
        {QStringLiteral("environment"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("LINUX_CONTAINER")},
                     {QStringLiteral("image"), QString::fromLatin1(defaultImage())},
                     {QStringLiteral("computeType"), QStringLiteral("BUILD_GENERAL1_SMALL")},
                     {QStringLiteral("environmentVariables"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("KEY")},
                                             {QStringLiteral("value"), QStringLiteral("/build/key")},
                                             {QStringLiteral("type"), QStringLiteral("PARAMETER_STORE")}}}}}}};
    json(cli(dir.path(), {QStringLiteral("create-project"), QStringLiteral("--cli-input-json"),
                          QString::fromUtf8(QJsonDocument(project).toJson(QJsonDocument::Compact))}));
    const QJsonObject build = json(cli(dir.path(), {QStringLiteral("start-build"), QStringLiteral("--project-name"),
                                                    QStringLiteral("secretive"), QStringLiteral("--wait")}))
                                  .value(QStringLiteral("build"))
                                  .toObject();
    CHECK(build.value(QStringLiteral("buildStatus")).toString() == QStringLiteral("SUCCEEDED"));
    const ProcessResult log =
        cli(dir.path(), {QStringLiteral("logs"), QStringLiteral("--id"), build.value(QStringLiteral("id")).toString()});
    INFO(log.out.toStdString());
    CHECK(log.out.contains(QStringLiteral("key is ***")));
    CHECK(log.out.contains(QStringLiteral("token is ***")));
    CHECK(log.out.contains(QStringLiteral("*** split")));
    CHECK(log.out.contains(QStringLiteral("key-matches")));
    for (const QByteArray &value : {QByteArray("param-Value-4711"), QByteArray("tok-Secret-0815")}) {
        INFO(value.toStdString());
        CHECK(filesHolding(dir.path(), value).isEmpty());
    }

    // A secret that is not there fails DOWNLOAD_SOURCE and names it.
    json(cli(dir.path(), {QStringLiteral("delete-secret"), QStringLiteral("--secret-id"), QStringLiteral("api")}));
    const ProcessResult failed = cli(dir.path(), {QStringLiteral("start-build"), QStringLiteral("--project-name"),
                                                  QStringLiteral("secretive"), QStringLiteral("--wait")});
    CHECK(failed.exitCode == 1);
    const QJsonObject record =
        QJsonDocument::fromJson(failed.out.toUtf8()).object().value(QStringLiteral("build")).toObject();
    CHECK(record.value(QStringLiteral("buildStatus")).toString() == QStringLiteral("FAILED"));
    CHECK(QJsonDocument(record).toJson().contains("api:token"));
}

TEST_CASE("Builds that use every kind of secret leave no value in the data, the settings or any JSON printed",
          "[secrets][docker]")
{
    if (!requireEngine())
        return;
    QTemporaryDir dir;
    // The settings live in the scanned folder too.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    const auto run = [&](const QStringList &arguments) { return json(cli(dir.path(), arguments, environment)); };
    // One value of each kind: parameters for the project, the buildspec and a start-build override,
    // a JSON secret read by key, and a plain secret.
    const QList<QByteArray> values{"pp-Value-1111", "ps-Value-2222", "po-Value-3333", "sm-Secret-4444",
                                   "smw-Secret-5555"};
    for (const auto &[name, value] : {std::pair{"/p/project", 0}, {"/p/spec", 1}, {"/p/override", 2}}) {
        run({QStringLiteral("put-parameter"), QStringLiteral("--name"), QString::fromLatin1(name),
             QStringLiteral("--value"), QString::fromLatin1(values.at(value))});
    }
    run({QStringLiteral("create-secret"), QStringLiteral("--name"), QStringLiteral("api"),
         QStringLiteral("--secret-string"), QStringLiteral(R"({"token":"sm-Secret-4444"})")});
    run({QStringLiteral("create-secret"), QStringLiteral("--name"), QStringLiteral("whole"),
         QStringLiteral("--secret-string"), QStringLiteral("smw-Secret-5555")});

    // The build puts every value where the record could keep it: an exported variable, an
    // artifact's name, a test report, an error message; and prints them.
    const char *buildspec = "version: 0.2\n"
                            "env:\n"
                            "  parameter-store:\n"
                            "    PS: /p/spec\n"
                            "  secrets-manager:\n"
                            "    SM: api:token\n"
                            "  exported-variables: [PS, SM, PKEY, COPY]\n"
                            "phases:\n"
                            "  build:\n"
                            "    commands:\n"
                            "      - export COPY=\"copy of $SM\"\n"
                            "      - echo \"$PKEY $PSEC $PS $SM $OVER\"; echo made > values.txt\n"
                            "      - mkdir -p reports && printf '<testsuite name=\"%s\" tests=\"1\"><testcase "
                            "classname=\"%s\" name=\"%s\"><failure message=\"%s\">%s</failure></testcase>"
                            "</testsuite>' \"$PKEY\" \"$PSEC\" \"$PS\" \"$SM\" \"$OVER\" > reports/unit.xml\n"
                            "  post_build:\n"
                            "    commands:\n"
                            "      - sh -c \"echo $OVER >&2; exit 3\"\n"
                            "reports:\n"
                            "  unit:\n"
                            "    files: ['reports/*.xml']\n"
                            "artifacts:\n"
                            "  files: [values.txt]\n"
                            "  name: out-$SM\n";
    const QJsonObject project{
        {QStringLiteral("name"), QStringLiteral("every-secret")},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), QStringLiteral("NO_SOURCE")},
                                               {QStringLiteral("buildspec"), QString::fromLatin1(buildspec)}}},
        {QStringLiteral("artifacts"), QJsonObject{{QStringLiteral("type"), QStringLiteral("S3")},
                                                  {QStringLiteral("location"), QStringLiteral("bucket")},
                                                  {QStringLiteral("name"), QStringLiteral("out")},
                                                  {QStringLiteral("overrideArtifactName"), true}}},
        {QStringLiteral("environment"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("LINUX_CONTAINER")},
                     {QStringLiteral("image"), QString::fromLatin1(defaultImage())},
                     {QStringLiteral("computeType"), QStringLiteral("BUILD_GENERAL1_SMALL")},
                     {QStringLiteral("environmentVariables"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("PKEY")},
                                             {QStringLiteral("value"), QStringLiteral("/p/project")},
                                             {QStringLiteral("type"), QStringLiteral("PARAMETER_STORE")}},
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("PSEC")},
                                             {QStringLiteral("value"), QStringLiteral("whole")},
                                             {QStringLiteral("type"), QStringLiteral("SECRETS_MANAGER")}}}}}}};
    run({QStringLiteral("create-project"), QStringLiteral("--cli-input-json"),
         QString::fromUtf8(QJsonDocument(project).toJson(QJsonDocument::Compact))});
    const ProcessResult started =
        cli(dir.path(),
            {QStringLiteral("start-build"), QStringLiteral("--project-name"), QStringLiteral("every-secret"),
             QStringLiteral("--environment-variables-override"),
             QStringLiteral("name=OVER,value=/p/override,type=PARAMETER_STORE"), QStringLiteral("--wait")},
            environment);
    const QJsonObject build =
        QJsonDocument::fromJson(started.out.toUtf8()).object().value(QStringLiteral("build")).toObject();
    const QString id = build.value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(id.isEmpty());
    const ProcessResult log = cli(dir.path(), {QStringLiteral("logs"), QStringLiteral("--id"), id}, environment);
    INFO(log.out.toStdString());
    // Every value reached the build: the masked line has five of them.
    CHECK(log.out.contains(QStringLiteral("*** *** *** *** ***")));
    CHECK(build.value(QStringLiteral("buildStatus")).toString() == QStringLiteral("FAILED"));

    // Everything the CLI prints about the build, its project and its report.
    QByteArray printed = started.out.toUtf8() + log.out.toUtf8();
    const auto print = [&](const QStringList &arguments) {
        const QJsonObject shown = run(arguments);
        printed += QJsonDocument(shown).toJson();
        return shown;
    };
    const QJsonObject records = print({QStringLiteral("batch-get-builds"), QStringLiteral("--ids"), id});
    print({QStringLiteral("batch-get-projects"), QStringLiteral("--names"), QStringLiteral("every-secret")});
    print({QStringLiteral("list-builds")});
    const QJsonArray reports = records.value(QStringLiteral("builds"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("reportArns"))
                                   .toArray();
    REQUIRE(reports.size() == 1);
    print({QStringLiteral("batch-get-reports"), QStringLiteral("--report-arns"), reports.at(0).toString()});
    const QJsonObject cases =
        print({QStringLiteral("describe-test-cases"), QStringLiteral("--report-arn"), reports.at(0).toString()});
    CHECK(cases.value(QStringLiteral("testCases")).toArray().size() == 1);
    const QJsonObject record = records.value(QStringLiteral("builds")).toArray().at(0).toObject();
    CHECK(record.value(QStringLiteral("exportedEnvironmentVariables")).toArray().size() == 4);
    CHECK(record.value(QStringLiteral("artifacts"))
              .toObject()
              .value(QStringLiteral("location"))
              .toString()
              .contains(QStringLiteral("out-***")));

    for (const QByteArray &value : values) {
        INFO(value.toStdString());
        CHECK(filesHolding(dir.path(), value).isEmpty());
        CHECK_FALSE(printed.contains(value));
    }
}

namespace {

// git http-backend behind a loopback web server that asks for basic auth.
class GitHttpServer
{
public:
    GitHttpServer(const QString &root, const QString &credentials)
    {
        m_process.start(QStringLiteral("python3"),
                        {QStringLiteral(BUILDDECK_SOURCE_DIR "/tests/support/git-http-server.py"), root, credentials});
        REQUIRE(m_process.waitForStarted(10000));
        REQUIRE(m_process.waitForReadyRead(10000));
        port = m_process.readLine().trimmed().toInt();
        REQUIRE(port > 0);
    }
    ~GitHttpServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    int port = 0;

private:
    QProcess m_process;
};

} // namespace

TEST_CASE("A private repository over smart HTTP: the host's credential from the keychain, never shown",
          "[secrets][git][docker]")
{
    if (!requireEngine())
        return;
    GitRepositories repositories;
    const QString root = QFileInfo(repositories.project()).absolutePath();
    GitHttpServer server(root, QStringLiteral("ci:s3cret-t0ken"));
    const QString url = QStringLiteral("http://127.0.0.1:%1/project").arg(server.port);
    QTemporaryDir dir;
    createGitProject(dir.path(), QStringLiteral("private"), QStringLiteral("GITHUB_ENTERPRISE"), url);
    const auto build = [&] { return buildAndLog(dir.path(), QStringLiteral("private")); };

    // No credential: DOWNLOAD_SOURCE fails naming the URL and what was tried.
    auto [refused, refusedLog] = build();
    CHECK(refused.value(QStringLiteral("buildStatus")).toString() == QStringLiteral("FAILED"));
    CHECK(refusedLog.contains(url));
    CHECK(refusedLog.contains(QStringLiteral("no credential")));

    // A wrong token: the user is named, the token never.
    json(cli(dir.path(), {QStringLiteral("put-git-credential"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                          QStringLiteral("--username"), QStringLiteral("ci"), QStringLiteral("--token"),
                          QStringLiteral("wrong-t0ken")}));
    auto [wrong, wrongLog] = build();
    CHECK(wrong.value(QStringLiteral("buildStatus")).toString() == QStringLiteral("FAILED"));
    CHECK(wrongLog.contains(QStringLiteral("the user ci")));
    CHECK_FALSE(wrongLog.contains(QStringLiteral("wrong-t0ken")));

    json(cli(dir.path(), {QStringLiteral("put-git-credential"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                          QStringLiteral("--username"), QStringLiteral("ci"), QStringLiteral("--token"),
                          QStringLiteral("s3cret-t0ken")}));
    auto [built, builtLog] = build();
    INFO(builtLog.toStdString());
    CHECK(built.value(QStringLiteral("buildStatus")).toString() == QStringLiteral("SUCCEEDED"));
    CHECK(built.value(QStringLiteral("resolvedSourceVersion")).toString() ==
          repositories.revision(QStringLiteral("main")));
    CHECK(builtLog.contains(QStringLiteral("\nsecond\n")));
    CHECK(filesHolding(dir.path(), "s3cret-t0ken").isEmpty());
    const QJsonArray hosts = json(cli(dir.path(), {QStringLiteral("list-git-credentials")}))
                                 .value(QStringLiteral("GitCredentials"))
                                 .toArray();
    REQUIRE(hosts.size() == 1);
    CHECK(hosts.first().toObject().value(QStringLiteral("Host")).toString() == QStringLiteral("127.0.0.1"));
}

namespace {

// An OpenSSH server on a loopback port that lets one key in, for git over ssh://.
class SshServer
{
public:
    SshServer()
    {
        const ProcessResult free = runProgram(
            QStringLiteral("python3"),
            {QStringLiteral("-c"), QStringLiteral("import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); "
                                                  "print(s.getsockname()[1])")});
        port = quint16(free.out.trimmed().toUInt());
        REQUIRE(port > 0);
        const QString hostKey = m_dir.filePath(QStringLiteral("host_key"));
        keygen(hostKey, {});
        clientKey = m_dir.filePath(QStringLiteral("id_ed25519"));
        keygen(clientKey, passphrase);
        QFile::copy(clientKey + QStringLiteral(".pub"), m_dir.filePath(QStringLiteral("authorized_keys")));
        QFile config(m_dir.filePath(QStringLiteral("sshd_config")));
        REQUIRE(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("ListenAddress 127.0.0.1\nPort %1\nHostKey %2\nAuthorizedKeysFile %3\n"
                                    "PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\n"
                                    "StrictModes no\nPidFile %4\nPermitRootLogin prohibit-password\nLogLevel ERROR\n")
                         .arg(port)
                         .arg(hostKey, m_dir.filePath(QStringLiteral("authorized_keys")),
                              m_dir.filePath(QStringLiteral("sshd.pid")))
                         .toUtf8());
        config.close();
        QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation, when run as root
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("/usr/sbin/sshd"),
                        {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config.fileName()});
        REQUIRE(m_process.waitForStarted(10000));
        // Ready once it shows its key, which goes into the client's known_hosts, in a home of the
        // test's own.
        QByteArray hostKeys;
        REQUIRE(QTest::qWaitFor(
            [&] {
                hostKeys = runProgram(QStringLiteral("ssh-keyscan"),
                                      {QStringLiteral("-p"), QString::number(port), QStringLiteral("127.0.0.1")})
                               .out.toUtf8();
                return hostKeys.contains("ssh-ed25519");
            },
            10000));
        QDir(home.path()).mkpath(QStringLiteral(".ssh"));
        QFile knownHosts(home.filePath(QStringLiteral(".ssh/known_hosts")));
        REQUIRE(knownHosts.open(QIODevice::WriteOnly));
        knownHosts.write(hostKeys);
    }
    ~SshServer()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }

    static void keygen(const QString &file, const QString &phrase)
    {
        const ProcessResult made = runProgram(QStringLiteral("ssh-keygen"),
                                              {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                               QStringLiteral("-N"), phrase, QStringLiteral("-f"), file});
        REQUIRE(made.exitCode == 0);
    }

    quint16 port = 0;
    QString clientKey;
    QString passphrase = QStringLiteral("a pass phrase 42");
    QTemporaryDir home;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace

TEST_CASE("A repository over ssh://: the SSH key kept for the host, its passphrase never shown",
          "[secrets][git][docker]")
{
    if (!requireEngine())
        return;
    if (!QFileInfo::exists(QStringLiteral("/usr/sbin/sshd"))) {
        WARN("no OpenSSH server (openssh-server): scripts/dev.sh deps installs it");
        CHECK(qEnvironmentVariable("CI") != QStringLiteral("true"));
        return;
    }
    GitRepositories repositories;
    SshServer server;
    const QString user = runProgram(QStringLiteral("id"), {QStringLiteral("-un")}).out.trimmed();
    const QString url =
        QStringLiteral("ssh://%1@127.0.0.1:%2%3").arg(user).arg(server.port).arg(repositories.project());
    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), server.home.path());
    environment.remove(QStringLiteral("SSH_AUTH_SOCK"));
    createGitProject(dir.path(), QStringLiteral("over-ssh"), QStringLiteral("BITBUCKET"), url, environment);
    const auto build = [&] { return buildAndLog(dir.path(), QStringLiteral("over-ssh"), environment); };

    // A wrong passphrase: the key file is named, the passphrase never.
    json(cli(dir.path(),
             {QStringLiteral("put-git-credential"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
              QStringLiteral("--username"), user, QStringLiteral("--ssh-key-file"), server.clientKey,
              QStringLiteral("--token"), QStringLiteral("not the pass phrase")},
             environment));
    auto [refused, refusedLog] = build();
    CHECK(refused.value(QStringLiteral("buildStatus")).toString() == QStringLiteral("FAILED"));
    CHECK(refusedLog.contains(server.clientKey));
    CHECK_FALSE(refusedLog.contains(QStringLiteral("not the pass phrase")));

    json(cli(dir.path(),
             {QStringLiteral("put-git-credential"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
              QStringLiteral("--username"), user, QStringLiteral("--ssh-key-file"), server.clientKey,
              QStringLiteral("--token"), server.passphrase},
             environment));
    auto [built, builtLog] = build();
    INFO(builtLog.toStdString());
    CHECK(built.value(QStringLiteral("buildStatus")).toString() == QStringLiteral("SUCCEEDED"));
    CHECK(builtLog.contains(QStringLiteral("\nsecond\n")));
    CHECK(filesHolding(dir.path(), server.passphrase.toUtf8()).isEmpty());
}
