#pragma once

#include "runtime/defaultimage.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace BuildDeck::Projects {
class ProjectStore;
}

namespace BuildDeck::Ui {

// The bar above the editor that offers to make the default build image when the engine lacks it
// and BuildDeck would use it (no projects yet, or a project names it), then shows the build's
// progress, its failure, or nothing once the image is there.
class DefaultImageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefaultImageBar)

public:
    DefaultImageBar(Runtime::DefaultImage &image, const Projects::ProjectStore &projects, QWidget *parent = nullptr);

public Q_SLOTS:
    // Makes the image now (again, if the engine has it), whatever was dismissed before.
    void buildImage();
    // Looks again at whether the offer applies (the projects changed).
    void reconsider();

Q_SIGNALS:
    // A sentence for the status bar ("Built builddeck/standard:1.0").
    void notice(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool wanted() const;
    void stateChanged(Runtime::DefaultImage::State state);
    void showProgress(const Runtime::ImageBuildProgress &progress);
    void retranslateUi();

    Runtime::DefaultImage &m_image;
    const Projects::ProjectStore &m_projects;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_detail;
    QProgressBar *m_progress;
    QPushButton *m_build;
    QPushButton *m_dismiss;
    QPushButton *m_cancel;
    bool m_dismissed = false;
    bool m_requested = false; // the user asked for a build: its outcome is shown
};

} // namespace BuildDeck::Ui
