#pragma once

#include "artifacts/artifactcontents.h"
#include "engine/buildrecord.h"
#include "support/result.h"

#include <QDockWidget>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class QAction;
class QFileIconProvider;
class QStackedWidget;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace BuildDeck::Ui {

class EmptyStateWidget;

// The Artifacts panel: the files each artifact of the selected build holds (a folder's files or a
// zip's entries) as a tree with sizes; open a file, reveal it in the file manager, save it
// elsewhere. Artifacts are read and files taken out on pool threads.
class ArtifactsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactsDock)

public:
    explicit ArtifactsDock(QWidget *parent = nullptr);
    ~ArtifactsDock() override;

    // The build whose artifacts to show, or none.
    void setRecord(const std::optional<Engine::BuildRecord> &record);

    QTreeWidget *tree() const { return m_tree; }
    // The selected file (its artifact's location and its path there), empty for none.
    QPair<QString, QString> currentFile() const;

public Q_SLOTS:
    void openCurrent();
    void revealCurrent();
    // Writes the selected file (or the selected zip artifact) to `destination`.
    void saveCurrentTo(const QString &destination);

Q_SIGNALS:
    // The artifacts of the build set last are shown.
    void loaded();
    void saved(const QString &destination);
    void failed(const QString &what, const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Listing
    {
        Engine::BuildArtifacts artifact;
        Result<QList<Artifacts::ArtifactEntry>> entries;
    };
    void display(const QString &buildId, const QList<Listing> &listings);
    void addEntries(QTreeWidgetItem *top, const QList<Artifacts::ArtifactEntry> &entries,
                    const QFileIconProvider &icons);
    void updateActions();
    void askSaveAs();
    void retranslateUi();

    QString m_buildId;
    QList<Engine::BuildArtifacts> m_shown;
    quint64 m_generation = 0;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QTreeWidget *m_tree;
    QToolBar *m_toolBar;
    QAction *m_open;
    QAction *m_reveal;
    QAction *m_saveAs;
    std::unique_ptr<QTemporaryDir> m_opened; // files taken out of zips to open them
};

} // namespace BuildDeck::Ui
