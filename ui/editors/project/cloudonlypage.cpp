#include "cloudonlypage.h"

#include "projectdocument.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>

namespace BuildDeck::Ui {

using Projects::Project;

namespace {

// An optional flag as a check box: unchecking keeps false only where the project said so before.
std::optional<bool> flag(const std::optional<bool> &before, bool on)
{
    return on || before ? std::optional<bool>(on) : std::nullopt;
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject().isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toArray().isEmpty() ? QString()
                                     : QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

} // namespace

CloudOnlyPage::CloudOnlyPage(ProjectDocument &document, QWidget *parent)
    : ProjectForm(document, parent)
{
    setObjectName(QStringLiteral("cloudOnlyPage"));
    addNote(tr("These settings matter only on AWS CodeBuild: local builds do not use them. BuildDeck keeps them "
               "so that the project exports back to AWS unchanged."));
    addText(
        tr("Service &role:"), QStringLiteral("serviceRole"), [](const Project &p) { return p.serviceRole; },
        [](Project &p, const QString &text) { p.serviceRole = text.trimmed(); });
    addText(
        tr("&Encryption key:"), QStringLiteral("encryptionKey"), [](const Project &p) { return p.encryptionKey; },
        [](Project &p, const QString &text) { p.encryptionKey = text.trimmed(); });
    addText(
        tr("Ce&rtificate:"), QStringLiteral("environment.certificate"),
        [](const Project &p) { return p.environment.certificate; },
        [](Project &p, const QString &text) { p.environment.certificate = text.trimmed(); });
    addChoice(
        tr("Image &pull credentials:"), QStringLiteral("environment.imagePullCredentialsType"),
        {QString(), QStringLiteral("CODEBUILD"), QStringLiteral("SERVICE_ROLE")},
        [](const Project &p) { return p.environment.imagePullCredentialsType; },
        [](Project &p, const QString &type) { p.environment.imagePullCredentialsType = type; });
    addText(
        tr("Re&gistry credential:"), QStringLiteral("environment.registryCredential.credential"),
        [](const Project &p) {
            return p.environment.registryCredential ? p.environment.registryCredential->credential : QString();
        },
        [](Project &p, const QString &text) {
            if (text.trimmed().isEmpty())
                p.environment.registryCredential.reset();
            else
                p.environment.registryCredential =
                    Projects::RegistryCredential{text.trimmed(), QStringLiteral("SECRETS_MANAGER")};
        });
    addNumber(
        tr("&Automatic retries:"), QStringLiteral("autoRetryLimit"), 0, 10, tr("Not set"),
        [](const Project &p) { return p.autoRetryLimit; },
        [](Project &p, const std::optional<int> &value) { p.autoRetryLimit = value; });
    addCheck(
        tr("&Badge"), QStringLiteral("badgeEnabled"), [](const Project &p) { return p.badgeEnabled.value_or(false); },
        [](Project &p, const bool &on) { p.badgeEnabled = flag(p.badgeEnabled, on); });
    addCheck(
        tr("Report the build &status to the source provider"), QStringLiteral("source.reportBuildStatus"),
        [](const Project &p) { return p.source.reportBuildStatus.value_or(false); },
        [](Project &p, const bool &on) { p.source.reportBuildStatus = flag(p.source.reportBuildStatus, on); });
    addCheck(
        tr("&Insecure SSL (GitHub Enterprise)"), QStringLiteral("source.insecureSsl"),
        [](const Project &p) { return p.source.insecureSsl.value_or(false); },
        [](Project &p, const bool &on) { p.source.insecureSsl = flag(p.source.insecureSsl, on); });
    addCheck(
        tr("Artifacts &unencrypted"), QStringLiteral("artifacts.encryptionDisabled"),
        [](const Project &p) { return p.artifacts.encryptionDisabled.value_or(false); },
        [](Project &p, const bool &on) { p.artifacts.encryptionDisabled = flag(p.artifacts.encryptionDisabled, on); });
    addChoice(
        tr("Bucket &owner access:"), QStringLiteral("artifacts.bucketOwnerAccess"),
        {QString(), QStringLiteral("NONE"), QStringLiteral("READ_ONLY"), QStringLiteral("FULL")},
        [](const Project &p) { return p.artifacts.bucketOwnerAccess; },
        [](Project &p, const QString &access) { p.artifacts.bucketOwnerAccess = access; });
    addTable(
        tr("&Tags:"), QStringLiteral("tags"),
        {{tr("Key"), QStringLiteral("key"), {}}, {tr("Value"), QStringLiteral("value"), {}}},
        [](const Project &p) {
            QList<QStringList> rows;
            for (const Projects::Tag &tag : p.tags)
                rows.append({tag.key, tag.value});
            return rows;
        },
        [](Project &p, const QList<QStringList> &rows) {
            p.tags.clear();
            for (const QStringList &row : rows)
                p.tags.append({row.at(0).trimmed(), row.at(1)});
        });

    // Members whose shape only AWS knows are shown as they were imported, not edited.
    const Project &project = document.project();
    const QList<std::pair<QString, QString>> kept{{tr("VPC:"), compact(project.vpcConfig)},
                                                  {tr("Logs:"), compact(project.logsConfig)},
                                                  {tr("File systems:"), compact(project.fileSystemLocations)},
                                                  {tr("Batch builds:"), compact(project.buildBatchConfig)},
                                                  {tr("Fleet and compute:"), compact(project.environment.cloudOnly)}};
    for (const auto &[label, json] : kept) {
        auto *value = new QLabel(json.isEmpty() ? tr("not set") : json, this);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        addRow(label, value);
    }
}

QString CloudOnlyPage::title() const
{
    return tr("Cloud Only");
}

} // namespace BuildDeck::Ui
