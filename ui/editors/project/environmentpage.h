#pragma once

#include "projectform.h"

class QComboBox;
class QLabel;

namespace BuildDeck::Ui {

// The container a project builds in: image (picked from the engine's local images or typed), compute type, privileged
// mode and environment variables.
class EnvironmentPage final : public ProjectForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentPage)

public:
    explicit EnvironmentPage(ProjectDocument &document, QWidget *parent = nullptr);

    QString title() const override;

    // The images the engine has, offered in the image field.
    void setLocalImages(const QStringList &images);
    // Says why the engine's images are not offered.
    void setImagesUnavailable(const QString &reason);

private:
    QComboBox *m_image;
    QLabel *m_imagesNote;
};

} // namespace BuildDeck::Ui
