#pragma once

#include <QWidget>

class QLabel;

namespace BuildDeck::Ui {

// What a panel shows while it has nothing to show: a title and one sentence saying what will
// appear there, centred. Never sample data.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateWidget)

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setExplanation(const QString &explanation);
    QString title() const;
    QString explanation() const;

private:
    QLabel *m_title;
    QLabel *m_explanation;
};

} // namespace BuildDeck::Ui
