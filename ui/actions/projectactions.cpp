#include "projectactions.h"

#include "dialogs/failuremessage.h"
#include "dialogs/newprojectdialog.h"
#include "editors/project/environmentpage.h"
#include "editors/project/projecteditor.h"

#include "engine/buildcache.h"
#include "engine/buildservice.h"
#include "project/projectimport.h"
#include "project/projectjson.h"
#include "project/projectstore.h"
#include "runtime/enginemonitor.h"
#include "runtime/imagecatalog.h"
#include "secrets/secretstore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QWidget>
#include <QtConcurrent>

namespace BuildDeck::Ui {

ProjectActions::ProjectActions(Projects::ProjectStore &projects, Engine::BuildService &builds,
                               const Runtime::EngineMonitor &engine, QWidget *window)
    : QObject(window)
    , m_projects(projects)
    , m_builds(builds)
    , m_engine(engine)
    , m_window(window)
    , m_new(new QAction(this))
    , m_edit(new QAction(this))
    , m_import(new QAction(this))
    , m_export(new QAction(this))
    , m_duplicate(new QAction(this))
    , m_delete(new QAction(this))
    , m_clearCache(new QAction(this))
{
    m_new->setObjectName(QStringLiteral("actionNewProject"));
    m_new->setShortcut(QKeySequence::New);
    m_edit->setObjectName(QStringLiteral("actionEditProject"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_import->setObjectName(QStringLiteral("actionImportProjects"));
    m_export->setObjectName(QStringLiteral("actionExportProject"));
    m_duplicate->setObjectName(QStringLiteral("actionDuplicateProject"));
    m_delete->setObjectName(QStringLiteral("actionDeleteProject"));
    m_clearCache->setObjectName(QStringLiteral("actionClearCache"));
    connect(m_new, &QAction::triggered, this, [this] { askNewProject(); });
    connect(m_edit, &QAction::triggered, this, [this] { openEditor(m_current); });
    connect(m_import, &QAction::triggered, this, &ProjectActions::askImport);
    connect(m_export, &QAction::triggered, this, &ProjectActions::askExport);
    connect(m_duplicate, &QAction::triggered, this, [this] {
        const Result<QString> copy = duplicate(m_current);
        report(copy ? Result<void>() : Result<void>(copy.error()), tr("Duplicating %1").arg(m_current));
    });
    connect(m_delete, &QAction::triggered, this, &ProjectActions::askDelete);
    connect(m_clearCache, &QAction::triggered, this, &ProjectActions::askClearCache);
    setCurrentProject({});
    retranslateUi();
}

void ProjectActions::setCurrentProject(const QString &name)
{
    m_current = name;
    for (QAction *action : {m_edit, m_export, m_duplicate, m_delete, m_clearCache})
        action->setEnabled(!name.isEmpty());
}

void ProjectActions::retranslateUi()
{
    m_new->setText(tr("&New Project..."));
    m_edit->setText(tr("Edit Pro&ject..."));
    m_import->setText(tr("&Import Projects..."));
    m_export->setText(tr("&Export Project..."));
    m_duplicate->setText(tr("D&uplicate Project"));
    m_delete->setText(tr("&Delete Project..."));
    m_clearCache->setText(tr("C&lear Project Cache..."));
    m_clearCache->setToolTip(tr("Forget the project's cache on this machine: cached directories, Docker layers, S3 "
                                "cache and git mirrors"));
}

Result<QStringList> ProjectActions::importFile(const QString &path)
{
    const Result<QList<Projects::Project>> projects = Projects::ProjectImport::fromFile(path);
    if (!projects)
        return projects.error();
    QStringList names;
    for (const Projects::Project &project : *projects) {
        const Result<Projects::ProjectRecord> created = m_projects.create(project);
        if (!created)
            return created.error();
        names.append(project.name);
        Q_EMIT projectCreated(project.name);
    }
    return names;
}

Result<void> ProjectActions::exportTo(const QString &project, const QString &path)
{
    const Result<Projects::ProjectRecord> record = m_projects.get(project);
    if (!record)
        return record.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(Projects::ProjectJson::toCreateProjectInput(record->project)).toJson());
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

Result<QString> ProjectActions::duplicate(const QString &project)
{
    Result<Projects::ProjectRecord> record = m_projects.get(project);
    if (!record)
        return record.error();
    Projects::Project copy = record->project;
    for (int n = 1;; ++n) {
        copy.name = n == 1 ? project + QStringLiteral("-copy") : QStringLiteral("%1-copy-%2").arg(project).arg(n);
        if (!m_projects.get(copy.name))
            break;
    }
    const Result<Projects::ProjectRecord> created = m_projects.create(copy);
    if (!created)
        return created.error();
    Q_EMIT projectCreated(copy.name);
    return copy.name;
}

Result<void> ProjectActions::remove(const QString &project, bool keepHistory)
{
    if (Result<void> removed = m_projects.remove(project); !removed)
        return removed;
    return keepHistory ? Result<void>() : m_builds.forget(project);
}

void ProjectActions::askNewProject(const QString &folder)
{
    auto *dialog = new NewProjectDialog(m_projects, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!folder.isEmpty())
        dialog->setFolder(folder);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Projects::Project project = dialog->project();
        const Result<Projects::ProjectRecord> created = m_projects.create(project);
        report(created ? Result<void>() : Result<void>(created.error()), tr("Creating %1").arg(project.name));
        if (created)
            Q_EMIT projectCreated(project.name);
    });
    dialog->open();
}

void ProjectActions::openEditor(const QString &name)
{
    const Result<Projects::ProjectRecord> record = m_projects.get(name);
    if (!record) {
        report(Result<void>(record.error()), tr("Opening %1").arg(name));
        return;
    }
    auto *editor = new ProjectEditor(m_projects, record->project, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const Runtime::EngineStatus engine = m_engine.status();
    if (engine.isConnected()) {
        // The engine's images, for the image field, without waiting for them.
        auto *watcher = new QFutureWatcher<Result<QStringList>>(editor);
        connect(watcher, &QFutureWatcher<Result<QStringList>>::finished, editor, [editor, watcher] {
            const Result<QStringList> images = watcher->result();
            if (images)
                editor->environmentPage()->setLocalImages(*images);
            else
                editor->environmentPage()->setImagesUnavailable(images.error().message);
        });
        watcher->setFuture(
            QtConcurrent::run([endpoint = engine.info.endpoint] { return Runtime::ImageCatalog::names(endpoint); }));
    } else {
        editor->environmentPage()->setImagesUnavailable(engine.error.isEmpty() ? tr("no engine answers")
                                                                               : engine.error);
    }
    if (m_secrets) {
        if (const Result<QList<Secrets::SecretEntry>> names = m_secrets->list())
            editor->environmentPage()->setSecretNames(*names);
    }
    editor->open();
}

void ProjectActions::askImport()
{
    auto *dialog = new QFileDialog(m_window, tr("Import CodeBuild Project JSON"), QDir::homePath(),
                                   tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const Result<QStringList> imported = importFile(path);
        report(imported ? Result<void>() : Result<void>(imported.error()), tr("Importing %1").arg(path));
    });
    dialog->open();
}

void ProjectActions::askExport()
{
    const QString project = m_current;
    auto *dialog = new QFileDialog(m_window, tr("Export %1 as CodeBuild Project JSON").arg(project),
                                   QDir::home().filePath(project + QStringLiteral(".json")),
                                   tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, project](const QString &path) { report(exportTo(project, path), tr("Exporting %1").arg(project)); });
    dialog->open();
}

void ProjectActions::askDelete()
{
    const QString project = m_current;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Project"),
                                tr("Delete the project %1? Its builds can stay in the history.").arg(project),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("deleteProjectBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep = box->addButton(tr("Delete, Keep History"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("deleteKeepHistory"));
    QPushButton *all = box->addButton(tr("Delete with History"), QMessageBox::DestructiveRole);
    all->setObjectName(QStringLiteral("deleteWithHistory"));
    box->addButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, project, keep, all](QAbstractButton *button) {
        if (button == keep || button == all)
            report(remove(project, button == keep), tr("Deleting %1").arg(project));
    });
    box->open();
}

void ProjectActions::askClearCache()
{
    const Result<Projects::ProjectRecord> record = m_projects.get(m_current);
    if (!record) {
        report(Result<void>(record.error()), tr("Clearing the cache of %1").arg(m_current));
        return;
    }
    const Runtime::EngineStatus engine = m_engine.status();
    if (!engine.isConnected()) {
        report(Result<void>(makeError(
                   ErrorCode::Unavailable,
                   engine.error.isEmpty()
                       ? tr("The cache lives partly in the container engine, which has not answered yet; try again "
                            "once the status bar shows it.")
                       : tr("The cache lives partly in the container engine, and none answers: %1").arg(engine.error))),
               tr("Clearing the cache of %1").arg(m_current));
        return;
    }
    const Projects::Project project = record->project;
    const QString endpoint = engine.info.endpoint;
    const QString dataDirectory = m_builds.dataDirectory();
    auto *watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcher<Result<qint64>>::finished, this, [=, this] {
        const Result<qint64> size = watcher->result();
        watcher->deleteLater();
        auto *box = new QMessageBox(QMessageBox::Question, tr("Clear Project Cache"),
                                    tr("Clear the cache of %1?").arg(project.name), QMessageBox::Cancel, m_window);
        box->setObjectName(QStringLiteral("clearCacheBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText((size ? tr("It holds %1 on this machine.").arg(QLocale().formattedDataSize(*size))
                                      : tr("Its size is not known: %1").arg(size.error().message)) +
                                QLatin1Char(' ') + tr("The next build starts without it and fills it again."));
        QPushButton *clear = box->addButton(tr("Clear Cache"), QMessageBox::DestructiveRole);
        clear->setObjectName(QStringLiteral("clearCacheButton"));
        connect(clear, &QPushButton::clicked, this, [=, this] {
            auto *clearing = new QFutureWatcher<Result<void>>(this);
            connect(clearing, &QFutureWatcher<Result<void>>::finished, this, [=, this] {
                const Result<void> cleared = clearing->result();
                clearing->deleteLater();
                report(cleared, tr("Clearing the cache of %1").arg(project.name));
                if (cleared)
                    Q_EMIT notice(tr("The cache of %1 is cleared.").arg(project.name));
            });
            clearing->setFuture(
                QtConcurrent::run([=] { return Engine::BuildCache::invalidate(endpoint, dataDirectory, project); }));
        });
        box->open();
    });
    watcher->setFuture(QtConcurrent::run([=] { return Engine::BuildCache::size(endpoint, dataDirectory, project); }));
}

void ProjectActions::report(const Result<void> &result, const QString &what)
{
    if (!result)
        FailureMessage::show(m_window, what, result.error().message);
}

} // namespace BuildDeck::Ui
