#pragma once

#include "projectform.h"

#include "secrets/secretstore.h"

class QComboBox;
class QLabel;
class QToolButton;

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
    // The parameters and secrets the keychain holds, offered by the variables' picker.
    void setSecretNames(const QList<Secrets::SecretEntry> &entries);

private:
    QComboBox *m_image;
    QLabel *m_imagesNote;
    RecordTable *m_variables;
    QToolButton *m_pick;
};

} // namespace BuildDeck::Ui
