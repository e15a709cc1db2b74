#include "artifactspage.h"

#include "projectdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace BuildDeck::Ui {

using Projects::Project;
using Projects::ProjectArtifacts;

namespace {

const QStringList artifactTypes{QStringLiteral("NO_ARTIFACTS"), QStringLiteral("S3"), QStringLiteral("CODEPIPELINE")};

} // namespace

ArtifactsPage::ArtifactsPage(ProjectDocument &document, QWidget *parent)
    : ProjectForm(document, parent)
{
    setObjectName(QStringLiteral("artifactsPage"));
    addChoice(
        tr("&Type:"), QStringLiteral("artifacts.type"), artifactTypes,
        [](const Project &p) { return p.artifacts.type; },
        [](Project &p, const QString &type) { p.artifacts.type = type; });
    addNote(tr("S3 keeps the artifacts in BuildDeck's data directory, laid out as in the bucket; NO_ARTIFACTS "
               "keeps none."));
    m_primaryRows.append(addText(
        tr("&Bucket:"), QStringLiteral("artifacts.location"), [](const Project &p) { return p.artifacts.location; },
        [](Project &p, const QString &text) { p.artifacts.location = text.trimmed(); }));
    m_primaryRows.append(addText(
        tr("&Name:"), QStringLiteral("artifacts.name"), [](const Project &p) { return p.artifacts.name; },
        [](Project &p, const QString &text) { p.artifacts.name = text; }));
    m_primaryRows.append(addText(
        tr("&Path:"), QStringLiteral("artifacts.path"), [](const Project &p) { return p.artifacts.path; },
        [](Project &p, const QString &text) { p.artifacts.path = text; }));
    m_primaryRows.append(addChoice(
        tr("Names&pace:"), QStringLiteral("artifacts.namespaceType"),
        {QString(), QStringLiteral("NONE"), QStringLiteral("BUILD_ID")},
        [](const Project &p) { return p.artifacts.namespaceType; },
        [](Project &p, const QString &type) { p.artifacts.namespaceType = type; }));
    m_primaryRows.append(addChoice(
        tr("P&ackaging:"), QStringLiteral("artifacts.packaging"),
        {QString(), QStringLiteral("NONE"), QStringLiteral("ZIP")},
        [](const Project &p) { return p.artifacts.packaging; },
        [](Project &p, const QString &packaging) { p.artifacts.packaging = packaging; }));
    m_primaryRows.append(addCheck(
        tr("The buildspec may &override the name"), QStringLiteral("artifacts.overrideArtifactName"),
        [](const Project &p) { return p.artifacts.overrideArtifactName.value_or(false); },
        [](Project &p, const bool &on) {
            p.artifacts.overrideArtifactName =
                on || p.artifacts.overrideArtifactName ? std::optional<bool>(on) : std::nullopt;
        }));
    m_primaryRows.append(addText(
        tr("&Identifier:"), QStringLiteral("artifacts.artifactIdentifier"),
        [](const Project &p) { return p.artifacts.artifactIdentifier; },
        [](Project &p, const QString &text) { p.artifacts.artifactIdentifier = text.trimmed(); }));
    addTable(
        tr("Secondary artifacts:"), QStringLiteral("secondaryArtifacts"),
        {{tr("Identifier"), QStringLiteral("artifactIdentifier"), {}},
         {tr("Type"), QStringLiteral("type"), artifactTypes},
         {tr("Name"), QStringLiteral("name"), {}},
         {tr("Path"), QStringLiteral("path"), {}},
         {tr("Packaging"), QStringLiteral("packaging"), {QString(), QStringLiteral("NONE"), QStringLiteral("ZIP")}}},
        [](const Project &p) {
            QList<QStringList> rows;
            for (const ProjectArtifacts &artifacts : p.secondaryArtifacts)
                rows.append({artifacts.artifactIdentifier, artifacts.type, artifacts.name, artifacts.path,
                             artifacts.packaging});
            return rows;
        },
        [](Project &p, const QList<QStringList> &rows) {
            QList<ProjectArtifacts> secondaries;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                // What the table does not show stays as it was.
                ProjectArtifacts artifacts = p.secondaryArtifacts.value(i);
                artifacts.artifactIdentifier = rows.at(i).at(0).trimmed();
                artifacts.type = rows.at(i).at(1);
                artifacts.name = rows.at(i).at(2);
                artifacts.path = rows.at(i).at(3);
                artifacts.packaging = rows.at(i).at(4);
                secondaries.append(artifacts);
            }
            p.secondaryArtifacts = secondaries;
        });
}

QString ArtifactsPage::title() const
{
    return tr("Artifacts");
}

void ArtifactsPage::updateRows()
{
    const QString &type = document().project().artifacts.type;
    for (QWidget *row : std::as_const(m_primaryRows))
        setRowVisible(row, type != QStringLiteral("NO_ARTIFACTS"));
}

} // namespace BuildDeck::Ui
