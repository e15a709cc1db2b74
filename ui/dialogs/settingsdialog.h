#pragma once

#include <QDialog>

class QDialogButtonBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace BuildDeck::Ui {

// Settings: the container engine (with a Test button), the data directory, the region the builds
// name, and how many builds run at once. Stored when OK is pressed; the engine and the data
// directory apply from the next start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void validate();
    void testEngine();

    QLineEdit *m_engine;
    QLabel *m_engineResult;
    QLineEdit *m_dataDirectory;
    QLineEdit *m_region;
    QSpinBox *m_concurrency;
    QComboBox *m_language;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    quint64 m_test = 0; // the engine test whose answer counts
};

} // namespace BuildDeck::Ui
