#pragma once

#include "log/ansiline.h"

#include <QColor>
#include <QPalette>
#include <QTextCharFormat>

namespace BuildDeck::Ui {

// The colours of terminal output on the widget's palette: the 16 standard colours in shades that
// read on a light or a dark background, the 6x6x6 cube and the greys of the 256-colour set, and
// 24-bit colours as they are.
class AnsiPalette final
{
public:
    explicit AnsiPalette(const QPalette &palette);

    QColor color(const Log::AnsiColor &color, bool foreground) const;
    // The character format of a style; a plain style gives an empty format.
    QTextCharFormat format(const Log::AnsiStyle &style) const;

private:
    QPalette m_palette;
    bool m_dark;
};

} // namespace BuildDeck::Ui
