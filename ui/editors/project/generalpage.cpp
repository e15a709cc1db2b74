#include "generalpage.h"

#include "projectdocument.h"

#include <QLineEdit>
#include <QSpinBox>

namespace BuildDeck::Ui {

using Projects::Project;

GeneralPage::GeneralPage(ProjectDocument &document, QWidget *parent)
    : ProjectForm(document, parent)
{
    setObjectName(QStringLiteral("generalPage"));
    QLineEdit *name = addText(
        tr("&Name:"), QStringLiteral("name"), [](const Project &p) { return p.name; },
        [](Project &, const QString &) {});
    name->setReadOnly(true);
    addNote(tr("A project's name cannot change. Duplicate Project makes a copy that you can then edit."));
    addText(
        tr("&Description:"), QStringLiteral("description"), [](const Project &p) { return p.description; },
        [](Project &p, const QString &text) { p.description = text; });
    QSpinBox *timeout = addNumber(
        tr("Build &timeout:"), QStringLiteral("timeoutInMinutes"), 5, 2160, tr("Default (60 minutes)"),
        [](const Project &p) { return p.timeoutInMinutes; },
        [](Project &p, const std::optional<int> &value) { p.timeoutInMinutes = value; });
    timeout->setSuffix(tr(" min"));
    QSpinBox *queued = addNumber(
        tr("&Queued timeout:"), QStringLiteral("queuedTimeoutInMinutes"), 5, 480, tr("Default (480 minutes)"),
        [](const Project &p) { return p.queuedTimeoutInMinutes; },
        [](Project &p, const std::optional<int> &value) { p.queuedTimeoutInMinutes = value; });
    queued->setSuffix(tr(" min"));
    addNumber(
        tr("Builds at &once:"), QStringLiteral("concurrentBuildLimit"), 1, 10000, tr("No limit of its own"),
        [](const Project &p) { return p.concurrentBuildLimit; },
        [](Project &p, const std::optional<int> &value) { p.concurrentBuildLimit = value; });
    QLineEdit *engine = addText(
        tr("&Engine:"), QStringLiteral("builddeck.engine"), [](const Project &p) { return p.builddeck.engine; },
        [](Project &p, const QString &text) { p.builddeck.engine = text.trimmed(); });
    engine->setPlaceholderText(tr("the engine of the settings"));
    addNote(tr("The engine runs this project's builds, for example unix:///run/podman/podman.sock or "
               "tcp://127.0.0.1:2375; left empty, builds use the engine BuildDeck is connected to."));
}

QString GeneralPage::title() const
{
    return tr("General");
}

} // namespace BuildDeck::Ui
