#pragma once

#include <QIcon>
#include <QString>

namespace BuildDeck::Ui {

// BuildDeck's icons, by freedesktop name: ours when we ship one, else the desktop theme's.
class Icons final
{
public:
    static QIcon icon(const QString &name);
    static QIcon applicationIcon();
};

} // namespace BuildDeck::Ui
