#include "applicationidentity.h"

#include <QCoreApplication>
#include <QSettings>

namespace BuildDeck {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BuildDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("BuildDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BUILDDECK_VERSION));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

QString applicationId()
{
    return QStringLiteral("io.github.builddeck.BuildDeck");
}

} // namespace BuildDeck
