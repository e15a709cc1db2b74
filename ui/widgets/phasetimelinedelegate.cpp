#include "phasetimelinedelegate.h"

#include "models/phasemodel.h"

#include <QApplication>
#include <QPainter>

namespace BuildDeck::Ui {

void PhaseTimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const double start = index.data(PhaseModel::StartFractionRole).toDouble();
    const double end = index.data(PhaseModel::EndFractionRole).toDouble();
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    QRectF bar(area.left() + start * area.width(), area.top(), std::max(2.0, (end - start) * area.width()),
               area.height());
    const bool running = index.data(PhaseModel::RunningRole).toBool();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(running ? QColor(0x2a, 0x6f, 0xdb) : option.palette.color(QPalette::Mid));
    painter->drawRoundedRect(bar, 2, 2);
    painter->restore();
}

QSize PhaseTimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(160, 0));
}

} // namespace BuildDeck::Ui
