#include "artifactsdock.h"

#include "widgets/emptystatewidget.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QPointer>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace BuildDeck::Ui {

namespace {

enum Role
{
    LocationRole = Qt::UserRole,
    PathRole, // empty for an artifact's own row and for folders
};

// Runs `work` on a pool thread and `done` with its result on `context`'s thread.
template <typename T>
void runAsync(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

ArtifactsDock::ArtifactsDock(QWidget *parent)
    : QDockWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_toolBar(new QToolBar(this))
    , m_open(new QAction(this))
    , m_reveal(new QAction(this))
    , m_saveAs(new QAction(this))
{
    setObjectName(QStringLiteral("artifactsDock"));
    m_tree->setObjectName(QStringLiteral("artifactTree"));
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(true);
    m_toolBar->setObjectName(QStringLiteral("artifactsToolBar"));
    m_toolBar->setIconSize({16, 16});
    m_open->setObjectName(QStringLiteral("actionOpenArtifact"));
    m_reveal->setObjectName(QStringLiteral("actionRevealArtifact"));
    m_saveAs->setObjectName(QStringLiteral("actionSaveArtifactAs"));
    m_toolBar->addActions({m_open, m_reveal, m_saveAs});
    connect(m_open, &QAction::triggered, this, &ArtifactsDock::openCurrent);
    connect(m_reveal, &QAction::triggered, this, &ArtifactsDock::revealCurrent);
    connect(m_saveAs, &QAction::triggered, this, &ArtifactsDock::askSaveAs);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ArtifactsDock::updateActions);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, PathRole).toString().isEmpty())
            openCurrent();
    });

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tree);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    setWidget(m_stack);
    retranslateUi();
    updateActions();
}

ArtifactsDock::~ArtifactsDock() = default;

void ArtifactsDock::setRecord(const std::optional<Engine::BuildRecord> &record)
{
    const QString id = record ? record->id : QString();
    const QList<Engine::BuildArtifacts> artifacts = record ? record->artifacts : QList<Engine::BuildArtifacts>{};
    if (id == m_buildId && artifacts == m_shown)
        return;
    m_buildId = id;
    m_shown = artifacts;
    const quint64 generation = ++m_generation;
    runAsync<QList<Listing>>(
        this,
        [artifacts] {
            QList<Listing> listings;
            for (const Engine::BuildArtifacts &artifact : artifacts)
                listings.append({artifact, Artifacts::ArtifactContents::list(artifact.location)});
            return listings;
        },
        [this, generation, id](const QList<Listing> &listings) {
            if (generation == m_generation) // a later build's listing is on its way: drop this one
                display(id, listings);
        });
}

void ArtifactsDock::display(const QString &buildId, const QList<Listing> &listings)
{
    m_tree->clear();
    m_stack->setCurrentIndex(listings.isEmpty() ? 0 : 1);
    const QFileIconProvider icons;
    m_empty->setExplanation(buildId.isEmpty() ? tr("The files the selected build produced appear here.")
                                              : tr("This build made no artifacts. A project with S3 artifacts and a "
                                                   "buildspec with an artifacts section makes them."));
    for (const Listing &listing : listings) {
        const QString name = listing.artifact.artifactIdentifier.isEmpty() ? tr("Primary artifact")
                                                                           : listing.artifact.artifactIdentifier;
        auto *top = new QTreeWidgetItem(m_tree, {name});
        top->setIcon(0, icons.icon(Artifacts::ArtifactContents::isZip(listing.artifact.location)
                                       ? QFileIconProvider::File
                                       : QFileIconProvider::Folder));
        top->setData(0, LocationRole, listing.artifact.location);
        top->setToolTip(0, listing.artifact.location);
        if (listing.entries) {
            qint64 total = 0;
            for (const Artifacts::ArtifactEntry &entry : *listing.entries)
                total += entry.size;
            top->setText(1, QLocale().formattedDataSize(total));
            addEntries(top, *listing.entries, icons);
        } else {
            top->setText(1, tr("missing"));
            top->setToolTip(1, listing.entries.error().message);
        }
        top->setExpanded(true);
    }
    updateActions();
    Q_EMIT loaded();
}

void ArtifactsDock::addEntries(QTreeWidgetItem *top, const QList<Artifacts::ArtifactEntry> &entries,
                               const QFileIconProvider &icons)
{
    const QString location = top->data(0, LocationRole).toString();
    QHash<QString, QTreeWidgetItem *> folders;
    for (const Artifacts::ArtifactEntry &entry : entries) {
        QTreeWidgetItem *parent = top;
        const QStringList parts = entry.path.split(QLatin1Char('/'));
        QString folder;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            folder += parts.at(i) + QLatin1Char('/');
            QTreeWidgetItem *&known = folders[folder];
            if (!known) {
                known = new QTreeWidgetItem(parent, {parts.at(i)});
                known->setIcon(0, icons.icon(QFileIconProvider::Folder));
                known->setData(0, LocationRole, location);
            }
            parent = known;
        }
        auto *item = new QTreeWidgetItem(parent, {parts.constLast(), QLocale().formattedDataSize(entry.size)});
        item->setIcon(0, icons.icon(QFileInfo(entry.path)));
        item->setData(0, LocationRole, location);
        item->setData(0, PathRole, entry.path);
        item->setData(1, Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignVCenter));
    }
}

QPair<QString, QString> ArtifactsDock::currentFile() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {};
    return {item->data(0, LocationRole).toString(), item->data(0, PathRole).toString()};
}

void ArtifactsDock::updateActions()
{
    const auto [location, path] = currentFile();
    const bool file = !path.isEmpty();
    const bool zipArtifact = !location.isEmpty() && path.isEmpty() && m_tree->currentItem() &&
                             !m_tree->currentItem()->parent() && Artifacts::ArtifactContents::isZip(location);
    m_open->setEnabled(file);
    m_reveal->setEnabled(!location.isEmpty());
    m_saveAs->setEnabled(file || zipArtifact);
}

void ArtifactsDock::openCurrent()
{
    const auto [location, path] = currentFile();
    if (path.isEmpty())
        return;
    if (!Artifacts::ArtifactContents::isZip(location)) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(location).filePath(path)));
        return;
    }
    // A zip's file is taken out first, into a folder that lives as long as the panel.
    if (!m_opened)
        m_opened = std::make_unique<QTemporaryDir>();
    const QString destination = QDir(m_opened->path()).filePath(QFileInfo(path).fileName());
    runAsync<Result<void>>(
        this,
        [location, path, destination] { return Artifacts::ArtifactContents::extract(location, path, destination); },
        [this, destination, path](const Result<void> &taken) {
            if (taken)
                QDesktopServices::openUrl(QUrl::fromLocalFile(destination));
            else
                Q_EMIT failed(tr("Opening %1").arg(path), taken.error().message);
        });
}

void ArtifactsDock::revealCurrent()
{
    const auto [location, path] = currentFile();
    if (location.isEmpty())
        return;
    const QString shown =
        path.isEmpty() || Artifacts::ArtifactContents::isZip(location) ? location : QDir(location).filePath(path);
    // File managers open a folder; the one holding the file is the nearest they all understand.
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(shown).absolutePath()));
}

void ArtifactsDock::askSaveAs()
{
    const auto [location, path] = currentFile();
    const QString name = QFileInfo(path.isEmpty() ? location : path).fileName();
    auto *dialog = new QFileDialog(this, tr("Save Artifact File"), QDir::home().filePath(name));
    dialog->setObjectName(QStringLiteral("saveArtifactDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ArtifactsDock::saveCurrentTo);
    dialog->open();
}

void ArtifactsDock::saveCurrentTo(const QString &destination)
{
    const auto [location, path] = currentFile();
    if (location.isEmpty())
        return;
    runAsync<Result<void>>(
        this,
        [location, path, destination]() -> Result<void> {
            if (!path.isEmpty())
                return Artifacts::ArtifactContents::extract(location, path, destination);
            QFile::remove(destination);
            QFile zip(location);
            if (!zip.copy(destination))
                return makeError(ErrorCode::Io, zip.errorString());
            return {};
        },
        [this, destination](const Result<void> &written) {
            if (written)
                Q_EMIT saved(destination);
            else
                Q_EMIT failed(tr("Saving %1").arg(destination), written.error().message);
        });
}

void ArtifactsDock::retranslateUi()
{
    setWindowTitle(tr("Artifacts"));
    m_empty->setTitle(tr("No artifacts"));
    m_empty->setExplanation(tr("The files the selected build produced appear here."));
    m_tree->setHeaderLabels({tr("Name"), tr("Size")});
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Open the selected file with its application"));
    m_reveal->setText(tr("Show in Folder"));
    m_reveal->setToolTip(tr("Open the folder that holds the selected artifact in the file manager"));
    m_saveAs->setText(tr("Save As..."));
    m_saveAs->setToolTip(tr("Save a copy of the selected file"));
}

void ArtifactsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace BuildDeck::Ui
