#pragma once

#include <QStyledItemDelegate>

namespace BuildDeck::Ui {

// Paints a phase's place in its build's time as a bar (PhaseModel's fraction roles): blue while it
// runs, grey when it is over.
class PhaseTimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhaseTimelineDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace BuildDeck::Ui
