#pragma once

#include "runtime/enginestatus.h"

#include <QWidget>

class QLabel;

namespace BuildDeck::Ui {

// The status bar's word on the container engine: which one BuildDeck is connected to, or why it
// is not, with the full explanation in the tooltip.
class EngineStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineStatusWidget)

public:
    explicit EngineStatusWidget(QWidget *parent = nullptr);

    QString text() const;

public Q_SLOTS:
    void setStatus(const BuildDeck::Runtime::EngineStatus &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_text;
    Runtime::EngineStatus m_status;
};

} // namespace BuildDeck::Ui
