#include "icons.h"

#include <QFile>

namespace BuildDeck::Ui {

QIcon Icons::icon(const QString &name)
{
    const QString bundled = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(bundled) ? QIcon(bundled) : QIcon::fromTheme(name);
}

QIcon Icons::applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/builddeck.svg"));
}

} // namespace BuildDeck::Ui
