#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace BuildDeck::Runtime {

// An image the engine has (GET /images/{name}/json).
struct ImageInfo
{
    QString id;
    QStringList repoTags;
    QString architecture;
    QString os;
    QString created; // ISO 8601, UTC
    qint64 size = 0;
};

} // namespace BuildDeck::Runtime

Q_DECLARE_METATYPE(BuildDeck::Runtime::ImageInfo)
