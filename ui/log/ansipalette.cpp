#include "ansipalette.h"

#include <array>

namespace BuildDeck::Ui {

namespace {

// The 16 standard colours (black, red, green, yellow, blue, magenta, cyan, white, then bright), in
// shades chosen to be readable as text on a light and on a dark background.
constexpr std::array<QRgb, 16> onLight{0x000000, 0xc01c28, 0x26a269, 0xa2734c, 0x12488b, 0xa347ba, 0x2aa1b3, 0x5e5c64,
                                       0x5e5c64, 0xe01b24, 0x2ec27e, 0x986a00, 0x2a7bde, 0xc061cb, 0x1c8d9c, 0x3d3846};
constexpr std::array<QRgb, 16> onDark{0x3d3846, 0xf66151, 0x57e389, 0xf8e45c, 0x62a0ea, 0xdc8add, 0x5bc8af, 0xc0bfbc,
                                      0x9a9996, 0xff7b63, 0x8ff0a4, 0xf9f06b, 0x99c1f1, 0xf5c2e7, 0x93ddc2, 0xffffff};

QColor indexed(quint32 index, bool dark)
{
    if (index < 16)
        return QColor::fromRgb(dark ? onDark.at(index) : onLight.at(index));
    if (index < 232) {
        const quint32 cube = index - 16;
        const auto level = [](quint32 value) { return value == 0 ? 0 : int(55 + value * 40); };
        return QColor(level(cube / 36), level((cube / 6) % 6), level(cube % 6));
    }
    const int grey = int(8 + (std::min<quint32>(index, 255) - 232) * 10);
    return QColor(grey, grey, grey);
}

} // namespace

AnsiPalette::AnsiPalette(const QPalette &palette)
    : m_palette(palette)
    , m_dark(palette.color(QPalette::Base).lightness() < 128)
{
}

QColor AnsiPalette::color(const Log::AnsiColor &color, bool foreground) const
{
    switch (color.kind) {
    case Log::AnsiColor::Kind::Indexed:
        return indexed(color.value, m_dark);
    case Log::AnsiColor::Kind::Rgb:
        return QColor::fromRgb(QRgb(color.value & 0xffffff));
    case Log::AnsiColor::Kind::Default:
        break;
    }
    return m_palette.color(foreground ? QPalette::Text : QPalette::Base);
}

QTextCharFormat AnsiPalette::format(const Log::AnsiStyle &style) const
{
    QTextCharFormat format;
    if (style.isPlain())
        return format;
    Log::AnsiColor foreground = style.foreground;
    Log::AnsiColor background = style.background;
    bool swapped = style.inverse;
    QColor text = color(foreground, !swapped);
    QColor back = color(background, swapped);
    if (swapped)
        std::swap(text, back);
    // Bold with one of the 8 standard colours shows its bright shade, as terminals do.
    if (style.bold && foreground.kind == Log::AnsiColor::Kind::Indexed && foreground.value < 8 && !swapped)
        text = indexed(foreground.value + 8, m_dark);
    if (style.faint)
        text.setAlphaF(0.6f);
    if (foreground.kind != Log::AnsiColor::Kind::Default || swapped || style.faint || style.bold)
        format.setForeground(text);
    if (background.kind != Log::AnsiColor::Kind::Default || swapped)
        format.setBackground(back);
    if (style.bold)
        format.setFontWeight(QFont::Bold);
    if (style.italic)
        format.setFontItalic(true);
    if (style.underline)
        format.setFontUnderline(true);
    if (style.strike)
        format.setFontStrikeOut(true);
    return format;
}

} // namespace BuildDeck::Ui
