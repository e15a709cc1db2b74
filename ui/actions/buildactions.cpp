#include "buildactions.h"

#include "dialogs/comparedialog.h"
#include "dialogs/failuremessage.h"
#include "dialogs/rundialog.h"

#include "engine/buildservice.h"
#include "project/projectstore.h"
#include "project/projectvalidator.h"

#include <QAction>
#include <QWidget>

namespace BuildDeck::Ui {

BuildActions::BuildActions(Projects::ProjectStore &projects, Engine::BuildService &builds, QWidget *window)
    : QObject(window)
    , m_projects(projects)
    , m_builds(builds)
    , m_window(window)
    , m_run(new QAction(this))
    , m_runWithOverrides(new QAction(this))
    , m_stop(new QAction(this))
    , m_retry(new QAction(this))
    , m_compare(new QAction(this))
{
    m_run->setObjectName(QStringLiteral("actionRun"));
    m_run->setShortcut(Qt::CTRL | Qt::Key_R);
    m_stop->setObjectName(QStringLiteral("actionStop"));
    m_stop->setShortcut(Qt::CTRL | Qt::Key_Period);
    m_retry->setObjectName(QStringLiteral("actionRetry"));
    m_compare->setObjectName(QStringLiteral("actionCompareBuilds"));
    connect(m_compare, &QAction::triggered, this, [this] {
        if (m_selected.size() != 2)
            return;
        const Result<Engine::BuildRecord> left = m_builds.builds().get(m_selected.at(0));
        const Result<Engine::BuildRecord> right = m_builds.builds().get(m_selected.at(1));
        if (!left || !right) {
            FailureMessage::show(m_window, tr("Comparing builds"), (left ? right : left).error().message);
            return;
        }
        auto *dialog = new CompareDialog(*left, *right, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_runWithOverrides->setObjectName(QStringLiteral("actionRunWithOverrides"));
    m_runWithOverrides->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    connect(m_run, &QAction::triggered, this, [this] {
        const QString what = tr("Running %1").arg(m_project);
        if (const std::optional<Projects::Project> project = buildableProject(what))
            start(*project, {}, what);
    });
    connect(m_runWithOverrides, &QAction::triggered, this, [this] {
        const QString what = tr("Running %1").arg(m_project);
        const std::optional<Projects::Project> project = buildableProject(what);
        if (!project)
            return;
        auto *dialog = new RunDialog(*project, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog, project, what] { start(*project, dialog->request(), what); });
        dialog->open();
    });
    connect(m_stop, &QAction::triggered, this, [this] {
        if (const Result<void> stopped = m_builds.stop(m_build); !stopped)
            FailureMessage::show(m_window, tr("Stopping %1").arg(m_build), stopped.error().message);
    });
    connect(m_retry, &QAction::triggered, this, [this] {
        const Result<Engine::BuildRecord> started = m_builds.retry(m_build);
        if (!started)
            FailureMessage::show(m_window, tr("Retrying %1").arg(m_build), started.error().message);
        else
            Q_EMIT buildStarted(started->id);
    });
    setCurrentProject({});
    setCurrentBuild({}, false);
    setSelectedBuilds({});
    retranslateUi();
}

void BuildActions::setCurrentProject(const QString &name)
{
    m_project = name;
    m_run->setEnabled(!name.isEmpty());
    m_runWithOverrides->setEnabled(!name.isEmpty());
}

void BuildActions::setCurrentBuild(const QString &id, bool running)
{
    m_build = id;
    m_stop->setEnabled(!id.isEmpty() && running);
    m_retry->setEnabled(!id.isEmpty() && !running);
}

void BuildActions::setSelectedBuilds(const QStringList &ids)
{
    m_selected = ids;
    m_compare->setEnabled(ids.size() == 2);
}

void BuildActions::retranslateUi()
{
    m_run->setText(tr("&Run"));
    m_run->setToolTip(tr("Run a build of the selected project (Ctrl+R)"));
    m_runWithOverrides->setText(tr("Run with &Overrides..."));
    m_stop->setText(tr("&Stop"));
    m_stop->setToolTip(tr("Stop the selected build (Ctrl+.)"));
    m_retry->setText(tr("Re&try"));
    m_retry->setToolTip(tr("Run the selected build again, with the same settings"));
    m_compare->setText(tr("&Compare Builds"));
    m_compare->setToolTip(tr("Two builds selected in History, side by side"));
}

std::optional<Projects::Project> BuildActions::buildableProject(const QString &what)
{
    const Result<Projects::ProjectRecord> project = m_projects.get(m_project);
    if (!project) {
        FailureMessage::show(m_window, what, project.error().message);
        return std::nullopt;
    }
    QStringList errors;
    for (const Issue &issue : Projects::ProjectValidator::validateForBuild(project->project)) {
        if (issue.isError())
            errors.append(issue.toString());
    }
    if (!errors.isEmpty()) {
        FailureMessage::show(m_window, what, errors.join(QLatin1Char('\n')));
        return std::nullopt;
    }
    return project->project;
}

void BuildActions::start(const Projects::Project &project, const Engine::BuildRequest &request, const QString &what)
{
    const Result<Engine::BuildRecord> started = m_builds.start(project, request);
    if (!started)
        FailureMessage::show(m_window, what, started.error().message);
    else
        Q_EMIT buildStarted(started->id);
}

} // namespace BuildDeck::Ui
