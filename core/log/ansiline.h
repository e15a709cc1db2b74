#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace BuildDeck::Log {

// A colour as a terminal gives it: the default, one of the 256 indexed colours (0-15 are the
// 16 standard/bright ones), or 24-bit RGB (value 0xRRGGBB). Core code has no QtGui, so turning
// this into a QColor (and choosing the palette for 0-15) is the view's business.
struct AnsiColor
{
    enum class Kind : quint8
    {
        Default,
        Indexed,
        Rgb
    };

    Kind kind = Kind::Default;
    quint32 value = 0;

    friend bool operator==(const AnsiColor &, const AnsiColor &) = default;
};

struct AnsiStyle
{
    AnsiColor foreground;
    AnsiColor background;
    bool bold = false;
    bool faint = false;
    bool italic = false;
    bool underline = false;
    bool inverse = false;
    bool strike = false;

    bool isPlain() const; // everything default

    friend bool operator==(const AnsiStyle &, const AnsiStyle &) = default;
};

// A run of characters of one style: [start, start + length) in StyledLine::text (QChar units).
struct StyledRun
{
    int start = 0;
    int length = 0;
    AnsiStyle style;

    friend bool operator==(const StyledRun &, const StyledRun &) = default;
};

struct StyledLine
{
    QString text; // what a terminal would show, without any escape sequence
    QList<StyledRun>
        runs; // covering text exactly, in order, adjacent runs of equal style merged; empty when text is empty
};

// One line of a build log as a terminal would show it: colours and attributes from SGR
// sequences, carriage returns and erase-in-line applied (progress bars end up as their last
// state), every other escape sequence and control character removed. The line is taken on its
// own: a terminal would carry the style over from the line before, but a log viewer must be able
// to show any line without reading the ones above it, and tools reset their colours per line anyway.
//
// A column is one Unicode code point: wide (CJK, emoji) and zero-width (combining) characters are
// not measured, which only matters when a carriage return overwrites them.
class AnsiLine final
{
public:
    // Parses one log line (bytes without the trailing '\n'; UTF-8, invalid bytes become U+FFFD) as a
    // terminal shows it. Style starts plain for every line.
    static StyledLine parse(QByteArrayView line);
    // Only the text of parse(), faster: for search. Must equal parse(line).text for every input.
    static QString plainText(QByteArrayView line);
    // Whether the line needs parse() at all: true when it holds ESC (0x1b), CR, backspace or another
    // C0 control other than TAB, or DEL (which parse() drops too).
    static bool needsParsing(QByteArrayView line);
    // The shown text's bytes of a line whose only escape sequences set styles (SGR, "ESC [ ... m")
    // and which has no other control character but TAB: the line with those sequences cut out, as
    // fast as a copy. False, with `into` unspecified, for any other line: use plainText() then.
    static bool stripStyles(QByteArrayView line, QByteArray &into);
};

} // namespace BuildDeck::Log
