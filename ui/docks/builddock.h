#pragma once

#include "engine/buildrecord.h"

#include <QDockWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace BuildDeck::Ui {

class EmptyStateWidget;
class PhaseModel;

// The Build panel: the selected build's phases on a timeline (the running one visibly running),
// its source version, image and environment (secret values masked).
class BuildDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildDock)

public:
    explicit BuildDock(QWidget *parent = nullptr);

    // The build to show, or none.
    void setRecord(const std::optional<Engine::BuildRecord> &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showDetails();

    std::optional<Engine::BuildRecord> m_record;
    PhaseModel *m_phases;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QLabel *m_title;
    QTableView *m_phaseView;
    QFormLayout *m_form;
    QList<QLabel *> m_formLabels;
    QLabel *m_sourceVersion;
    QLabel *m_image;
    QLabel *m_computeType;
    QLabel *m_initiator;
    QLabel *m_started;
    QLabel *m_duration;
    QTableWidget *m_environment;
    QTimer *m_ticker;
};

} // namespace BuildDeck::Ui
