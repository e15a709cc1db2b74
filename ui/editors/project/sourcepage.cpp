#include "sourcepage.h"

#include "projectdocument.h"

#include "project/projectvalidator.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace BuildDeck::Ui {

using Projects::Project;
using Projects::ProjectSource;
using Projects::ProjectValidator;

namespace {

const QString local = QStringLiteral("LOCAL");

bool isGit(const QString &type)
{
    return ProjectValidator::gitSourceTypes().contains(type);
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

} // namespace

SourcePage::SourcePage(ProjectDocument &document, QWidget *parent)
    : ProjectForm(document, parent)
{
    setObjectName(QStringLiteral("sourcePage"));
    addChoice(
        tr("&Type:"), QStringLiteral("source.type"), ProjectValidator::sourceTypes(),
        [](const Project &p) { return p.source.type; }, [](Project &p, const QString &type) { p.source.type = type; });
    m_location = addText(
        tr("&Location:"), QStringLiteral("source.location"), [](const Project &p) { return p.source.location; },
        [](Project &p, const QString &text) { p.source.location = text; });
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("browseSourceFolder"));
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("The Folder to Build"), m_location->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
            edit(QStringLiteral("source.location"), tr("Location"),
                 [&](Project &p) { p.source.location = QDir::cleanPath(folder); });
        });
        dialog->open();
    });
    addRow(QString(), browse);
    m_browse = browse;
    m_buildspec = addText(
        tr("B&uildspec:"), QStringLiteral("source.buildspec"), [](const Project &p) { return p.source.buildspec; },
        [](Project &p, const QString &text) { p.source.buildspec = text; });
    m_buildspec->setPlaceholderText(tr("buildspec.yml in the source's root"));
    m_inlineBuildspec = addNote(tr("The buildspec is part of the project: edit it in the Buildspec editor."));
    m_sourceVersion = addText(
        tr("Source &version:"), QStringLiteral("sourceVersion"), [](const Project &p) { return p.sourceVersion; },
        [](Project &p, const QString &text) { p.sourceVersion = text.trimmed(); });
    static_cast<QLineEdit *>(m_sourceVersion)->setPlaceholderText(tr("the default branch"));
    m_cloneDepth = addNumber(
        tr("Clone &depth:"), QStringLiteral("source.gitCloneDepth"), 0, 1000000, tr("Not set"),
        [](const Project &p) { return p.source.gitCloneDepth; },
        [](Project &p, const std::optional<int> &depth) { p.source.gitCloneDepth = depth; });
    m_submodules = addCheck(
        tr("Fetch &submodules"), QStringLiteral("source.fetchSubmodules"),
        [](const Project &p) { return p.source.fetchSubmodules.value_or(false); },
        [](Project &p, const bool &fetch) {
            p.source.fetchSubmodules = fetch || p.source.fetchSubmodules ? std::optional<bool>(fetch) : std::nullopt;
        });
    m_excludes = addText(
        tr("E&xcluded files:"), QStringLiteral("builddeck.localExcludes"),
        [](const Project &p) { return p.builddeck.localExcludes.join(QStringLiteral(", ")); },
        [](Project &p, const QString &text) { p.builddeck.localExcludes = splitList(text); });
    static_cast<QLineEdit *>(m_excludes)->setPlaceholderText(tr("globs, separated by commas: build/**, *.log"));

    QStringList secondaryTypes = ProjectValidator::sourceTypes();
    secondaryTypes.removeAll(QStringLiteral("NO_SOURCE"));
    addTable(
        tr("Secondary sources:"), QStringLiteral("secondarySources"),
        {{tr("Identifier"), QStringLiteral("sourceIdentifier"), {}},
         {tr("Type"), QStringLiteral("type"), secondaryTypes},
         {tr("Location"), QStringLiteral("location"), {}},
         {tr("Version"), QStringLiteral("sourceVersion"), {}}},
        [](const Project &p) {
            QList<QStringList> rows;
            for (const ProjectSource &source : p.secondarySources) {
                QString version;
                for (const Projects::ProjectSourceVersion &candidate : p.secondarySourceVersions) {
                    if (candidate.sourceIdentifier == source.sourceIdentifier)
                        version = candidate.sourceVersion;
                }
                rows.append({source.sourceIdentifier, source.type, source.location, version});
            }
            return rows;
        },
        [](Project &p, const QList<QStringList> &rows) {
            QList<ProjectSource> sources;
            QList<Projects::ProjectSourceVersion> versions;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                // What the table does not show stays as it was.
                ProjectSource source = p.secondarySources.value(i);
                source.sourceIdentifier = rows.at(i).at(0).trimmed();
                source.type = rows.at(i).at(1);
                source.location = rows.at(i).at(2).trimmed();
                sources.append(source);
                if (!rows.at(i).at(3).trimmed().isEmpty())
                    versions.append({source.sourceIdentifier, rows.at(i).at(3).trimmed()});
            }
            p.secondarySources = sources;
            p.secondarySourceVersions = versions;
        });
}

QString SourcePage::title() const
{
    return tr("Source");
}

void SourcePage::updateRows()
{
    const ProjectSource &source = document().project().source;
    const bool git = isGit(source.type);
    const bool hasLocation =
        source.type != QStringLiteral("NO_SOURCE") && source.type != QStringLiteral("CODEPIPELINE");
    setLabel(m_location, source.type == local ? tr("&Folder:") : git ? tr("&Repository URL:") : tr("&Location:"));
    setRowVisible(m_location, hasLocation);
    setRowVisible(m_browse, source.type == local);
    const bool inlineSpec = source.buildspec.contains(QLatin1Char('\n'));
    setRowVisible(m_buildspec, !inlineSpec);
    setRowVisible(m_inlineBuildspec, inlineSpec);
    setRowVisible(m_sourceVersion, git || source.type == QStringLiteral("S3"));
    setRowVisible(m_cloneDepth, git);
    setRowVisible(m_submodules, git);
    setRowVisible(m_excludes, source.type == local);
}

} // namespace BuildDeck::Ui
