#include "buildsettings.h"

#include <QThread>

namespace BuildDeck::Engine {

Setting<int> &BuildSettings::concurrentLimit()
{
    static Setting<int> setting(QStringLiteral("builds/concurrentLimit"), QThread::idealThreadCount());
    return setting;
}

Setting<QString> &BuildSettings::region()
{
    static Setting<QString> setting(QStringLiteral("builds/region"), QStringLiteral("us-east-1"));
    return setting;
}

Setting<QString> &BuildSettings::engine()
{
    static Setting<QString> setting(QStringLiteral("engine/url"), {});
    return setting;
}

Setting<QString> &BuildSettings::dataDirectory()
{
    static Setting<QString> setting(QStringLiteral("general/dataDirectory"), {});
    return setting;
}

} // namespace BuildDeck::Engine
