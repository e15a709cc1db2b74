#include "ansiline.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace BuildDeck::Log {

namespace {

constexpr uchar Escape = 0x1b;
constexpr uchar Bell = 0x07;

// Bounds that keep hostile or broken input cheap. No real SGR sequence has more than a dozen
// parameters, and no real parameter is above 255 except cursor counts, where 65535 is plenty.
constexpr int MaxParameters = 32;
constexpr quint32 MaxParameterValue = 0xffff;
// Where cursor-forward stops unless the line has been wider: a terminal stops at its right
// margin; without one, "ESC[65535C" repeated would turn a short line into megabytes of blanks.
constexpr qsizetype MaxCursorColumn = 4096;

// Bytes a terminal prints (TAB is kept as a character: a viewer expands it, not the parser).
// Everything else is a C0 control, DEL or ESC. Bytes of 0x80 and above are UTF-8.
bool isText(uchar byte)
{
    return byte == '\t' || (byte >= 0x20 && byte != 0x7f);
}

// A parameter of a control sequence. A colon separates the sub-parameters of one parameter
// (ITU T.416: "38:2::255:0:0"), a semicolon separates parameters; both kinds are kept in one flat
// list with subParameter telling which separator came before.
struct Parameter
{
    quint32 value = 0; // 0 when absent, which is the default of every sequence handled here
    bool subParameter = false;
};

struct Cell
{
    char32_t character = U' ';
    quint32 style = 0; // index into LineTerminal::m_styles; 0 is plain
    bool erased = true;
};

constexpr Cell Blank{};

bool validColorValue(const Parameter &parameter)
{
    return parameter.value <= 255;
}

AnsiColor indexed(quint32 index)
{
    return AnsiColor{AnsiColor::Kind::Indexed, index};
}

// One line of a terminal. Each cell holds a code point and the style it was written with;
// carriage return, backspace, cursor-forward and erase-in-line work on the cells as a terminal's
// would. Styled = false is plainText(): the same text, without tracking styles or building runs.
template <bool Styled>
class LineTerminal
{
public:
    explicit LineTerminal(QByteArrayView line)
        : m_line(line)
        , m_data(reinterpret_cast<const uchar *>(line.data()))
    {
        // No more cells than bytes unless cursor-forward leaves gaps: at most one allocation.
        m_cells.reserve(line.size());
        if constexpr (Styled)
            m_styles.append(AnsiStyle());
    }

    void run();
    QString text() const;
    QList<StyledRun> runs() const;

private:
    qsizetype escapeSequence(qsizetype at);
    qsizetype controlSequence(qsizetype at);
    qsizetype controlString(qsizetype at, bool bellEnds) const;
    void dispatch(uchar finalByte, const Parameter *parameters, int count);
    void write(QByteArrayView bytes);
    void put(char32_t character, quint32 style)
    {
        if (m_cursor >= m_cells.size()) {
            // Cells between the end and the cursor (after cursor-forward or erasing) were never
            // written: blank. (resize() reallocates every time, emplace_back() grows geometrically.)
            if (m_cursor > m_cells.size())
                m_cells.resize(m_cursor);
            m_cells.emplace_back();
            m_widest = std::max(m_widest, m_cursor + 1);
        }
        // Field by field rather than from a temporary Cell, which costs a store-forwarding stall
        // per character.
        Cell &cell = m_cells[m_cursor++];
        cell.character = character;
        cell.style = style;
        cell.erased = false;
    }
    void eraseInLine(quint32 mode);
    void cursorForward(quint32 count);
    void selectGraphicRendition(const Parameter *parameters, int count);
    static int extendedColor(const Parameter *parameters, int at, int end, int count, AnsiColor &color);
    void simpleRendition(quint32 code);
    quint32 currentStyle();
    qsizetype shownCells() const;

    QByteArrayView m_line;
    const uchar *m_data;
    // Inline storage: most lines need no allocation but the result's.
    QVarLengthArray<Cell, 256> m_cells;
    qsizetype m_cursor = 0;
    qsizetype m_widest = 0; // the most cells the line has had: erasing does not narrow the margin

    // Styled only. Cells refer to styles by index so that a cell stays small; a new entry is made
    // only when a character is written after the style changed.
    AnsiStyle m_style;
    QVarLengthArray<AnsiStyle, 8> m_styles; // [0] is plain
    quint32 m_styleIndex = 0;
    bool m_styleChanged = false;
};

template <bool Styled>
void LineTerminal<Styled>::run()
{
    const qsizetype size = m_line.size();
    qsizetype at = 0;
    while (at < size) {
        const uchar byte = m_data[at];
        if (isText(byte)) {
            // Decode whole stretches of text at once: control bytes are ASCII, so they never cut a
            // valid UTF-8 sequence, and a stretch is what a terminal would print in one go.
            qsizetype end = at + 1;
            while (end < size && isText(m_data[end]))
                ++end;
            write(m_line.sliced(at, end - at));
            at = end;
        } else if (byte == Escape) {
            at = escapeSequence(at + 1);
        } else {
            if (byte == '\r')
                m_cursor = 0;
            else if (byte == '\b' && m_cursor > 0)
                --m_cursor;
            ++at; // any other control (LF, BEL, NUL, ...) and DEL show nothing
        }
    }
}

// at: the byte after ESC. Returns where the text goes on.
template <bool Styled>
qsizetype LineTerminal<Styled>::escapeSequence(qsizetype at)
{
    const qsizetype size = m_line.size();
    if (at >= size)
        return size; // a lone ESC at the end
    const uchar byte = m_data[at];
    switch (byte) {
    case '[':
        return controlSequence(at + 1);
    case ']': // OSC: titles, hyperlinks (OSC 8), shell integration marks
        return controlString(at + 1, true);
    case 'P': // DCS
    case 'X': // SOS
    case '^': // PM
    case '_': // APC
        return controlString(at + 1, false);
    default:
        break;
    }
    if (byte >= 0x20 && byte <= 0x2f) {
        // Intermediates and a final byte: "ESC ( B" (character set), "ESC # 8".
        qsizetype end = at + 1;
        while (end < size && m_data[end] >= 0x20 && m_data[end] <= 0x2f)
            ++end;
        if (end < size && m_data[end] >= 0x30 && m_data[end] <= 0x7e)
            ++end;
        return end;
    }
    if (byte >= 0x30 && byte <= 0x7e)
        return at + 1; // "ESC =", "ESC 7", "ESC M", a stray "ESC \"
    // Not an escape sequence: the ESC is dropped and the byte taken as it is (ESC ESC starts over).
    return at;
}

// at: the byte after "ESC [". A byte that cannot be part of a control sequence ends it unfinished
// and is then taken as it is, as a terminal's parser does with ESC; the sequence has no effect.
template <bool Styled>
qsizetype LineTerminal<Styled>::controlSequence(qsizetype at)
{
    QVarLengthArray<Parameter, MaxParameters> parameters; // not zeroed: sequences are short
    Parameter current;
    bool privateMarker = false;
    bool intermediate = false;
    bool malformed = false;
    const auto finishParameter = [&](bool nextIsSubParameter) {
        if (parameters.size() < MaxParameters)
            parameters.append(current);
        current = Parameter();
        current.subParameter = nextIsSubParameter;
    };

    const qsizetype size = m_line.size();
    for (; at < size; ++at) {
        const uchar byte = m_data[at];
        if (byte >= '0' && byte <= '9') {
            malformed = malformed || intermediate;
            current.value = std::min<quint32>(current.value * 10 + (byte - '0'), MaxParameterValue);
        } else if (byte == ';' || byte == ':') {
            malformed = malformed || intermediate;
            finishParameter(byte == ':');
        } else if (byte >= 0x3c && byte <= 0x3f) {
            // "ESC [ ? 25 l", "ESC [ > 4 ; 2 m": private sequences, which must not be taken for the
            // standard ones with the same final byte.
            privateMarker = true;
        } else if (byte >= 0x20 && byte <= 0x2f) {
            intermediate = true;
        } else if (byte >= 0x40 && byte <= 0x7e) {
            finishParameter(false);
            if (!privateMarker && !intermediate && !malformed)
                dispatch(byte, parameters.constData(), static_cast<int>(parameters.size()));
            return at + 1;
        } else {
            return at;
        }
    }
    return size; // cut off at the end of the line: removed, without effect
}

// at: the byte after the introducer. OSC ends with BEL or ST ("ESC \"), the other strings with ST
// only; any other ESC ends the string too and starts a new sequence, as in a terminal. A string
// not ended runs to the end of the line.
template <bool Styled>
qsizetype LineTerminal<Styled>::controlString(qsizetype at, bool bellEnds) const
{
    const qsizetype size = m_line.size();
    for (; at < size; ++at) {
        if (bellEnds && m_data[at] == Bell)
            return at + 1;
        if (m_data[at] == Escape)
            return at + 1 < size && m_data[at + 1] == '\\' ? at + 2 : at;
    }
    return size;
}

template <bool Styled>
void LineTerminal<Styled>::dispatch(uchar finalByte, const Parameter *parameters, int count)
{
    // count >= 1: finishing the sequence always adds the last (maybe absent) parameter.
    switch (finalByte) {
    case 'm':
        if constexpr (Styled)
            selectGraphicRendition(parameters, count);
        break;
    case 'K':
        eraseInLine(parameters[0].value);
        break;
    case 'C':
        cursorForward(std::max<quint32>(parameters[0].value, 1));
        break;
    default:
        break; // cursor movement to other lines or columns, modes, scrolling: nothing to show
    }
}

template <bool Styled>
void LineTerminal<Styled>::write(QByteArrayView bytes)
{
    const quint32 style = currentStyle();
    if (std::all_of(bytes.begin(), bytes.end(), [](char byte) { return static_cast<uchar>(byte) < 0x80; })) {
        for (const char byte : bytes)
            put(static_cast<uchar>(byte), style);
        return;
    }
    // QString::fromUtf8 is also what parse() uses for lines without controls, so that both paths
    // replace invalid bytes the same way (ASCII is the same either way).
    const QString decoded = QString::fromUtf8(bytes);
    const QChar *characters = decoded.constData();
    const qsizetype size = decoded.size();
    for (qsizetype at = 0; at < size; ++at) {
        const QChar character = characters[at];
        if (character.isHighSurrogate() && at + 1 < size && characters[at + 1].isLowSurrogate()) {
            put(QChar::surrogateToUcs4(character, characters[at + 1]), style);
            ++at;
        } else {
            put(character.unicode(), style);
        }
    }
}

template <bool Styled>
void LineTerminal<Styled>::eraseInLine(quint32 mode)
{
    const qsizetype size = m_cells.size();
    switch (mode) {
    case 0:
        // Erased cells at the end are not shown, and writing past the end fills in blanks anyway,
        // so erasing to the end is cutting the cells off.
        m_cells.resize(std::min(m_cursor, size)); // shrinks only
        break;
    case 1:
        std::fill(m_cells.begin(), m_cells.begin() + std::min(m_cursor + 1, size), Blank);
        break;
    case 2:
        m_cells.clear(); // the cursor stays where it is
        break;
    default:
        break;
    }
}

template <bool Styled>
void LineTerminal<Styled>::cursorForward(quint32 count)
{
    const qsizetype margin = std::max(m_widest, MaxCursorColumn);
    m_cursor = std::max(m_cursor, std::min(m_cursor + static_cast<qsizetype>(count), margin));
}

template <bool Styled>
void LineTerminal<Styled>::selectGraphicRendition(const Parameter *parameters, int count)
{
    for (int at = 0; at < count;) {
        const quint32 code = parameters[at].value;
        int end = at + 1;
        while (end < count && parameters[end].subParameter)
            ++end;
        switch (code) {
        case 38: // foreground
        case 48: // background
        case 58: // underline colour: not shown, but its values must not be read as attributes
        {
            AnsiColor color;
            end = extendedColor(parameters, at, end, count, color);
            if (color.kind != AnsiColor::Kind::Default) {
                if (code == 38)
                    m_style.foreground = color;
                else if (code == 48)
                    m_style.background = color;
            }
            break;
        }
        case 4:
            // "4:0" is no underline, "4:3" curly and so on; all are shown as underlined.
            m_style.underline = end == at + 1 || parameters[at + 1].value != 0;
            break;
        default:
            simpleRendition(code); // sub-parameters of other attributes are ignored
            break;
        }
        at = end;
    }
    m_styleChanged = true;
}

// The colour of "38" at parameters[at], whose sub-parameters end at end; color is left Default
// when the colour is malformed. Returns where the next parameter starts.
template <bool Styled>
int LineTerminal<Styled>::extendedColor(const Parameter *parameters, int at, int end, int count, AnsiColor &color)
{
    const Parameter *values = parameters + at + 1;
    int valueCount = end - at - 1;
    const bool colonForm = valueCount > 0;
    if (!colonForm) {
        // "38;5;N" and "38;2;R;G;B" take the parameters that follow.
        if (at + 1 >= count)
            return count;
        const quint32 mode = parameters[at + 1].value;
        end = std::min(count, at + 2 + (mode == 5 ? 1 : mode == 2 ? 3 : 0));
        valueCount = end - at - 1;
        // Sub-parameters hanging off the last value belong to nothing: skip them.
        while (end < count && parameters[end].subParameter)
            ++end;
    }
    if (valueCount < 1)
        return end;
    if (values[0].value == 5 && valueCount >= 2) {
        if (validColorValue(values[1]))
            color = indexed(values[1].value);
    } else if (values[0].value == 2 && valueCount >= 4) {
        // "38:2:CS:R:G:B" has a colour space id before the components, "38:2:R:G:B" (which many
        // programs write) and "38;2;R;G;B" have none.
        const Parameter *rgb = colonForm && valueCount >= 5 ? values + 2 : values + 1;
        if (validColorValue(rgb[0]) && validColorValue(rgb[1]) && validColorValue(rgb[2]))
            color = AnsiColor{AnsiColor::Kind::Rgb, (rgb[0].value << 16) | (rgb[1].value << 8) | rgb[2].value};
    }
    return end;
}

template <bool Styled>
void LineTerminal<Styled>::simpleRendition(quint32 code)
{
    switch (code) {
    case 0:
        m_style = AnsiStyle();
        break;
    case 1:
        m_style.bold = true;
        break;
    case 2:
        m_style.faint = true;
        break;
    case 3:
        m_style.italic = true;
        break;
    case 7:
        m_style.inverse = true;
        break;
    case 9:
        m_style.strike = true;
        break;
    case 21: // double underline in ECMA-48, but "bold off" where logs come from (Linux console)
        m_style.bold = false;
        break;
    case 22:
        m_style.bold = false;
        m_style.faint = false;
        break;
    case 23:
        m_style.italic = false;
        break;
    case 24:
        m_style.underline = false;
        break;
    case 27:
        m_style.inverse = false;
        break;
    case 29:
        m_style.strike = false;
        break;
    case 39:
        m_style.foreground = AnsiColor();
        break;
    case 49:
        m_style.background = AnsiColor();
        break;
    default:
        if (code >= 30 && code <= 37)
            m_style.foreground = indexed(code - 30);
        else if (code >= 40 && code <= 47)
            m_style.background = indexed(code - 40);
        else if (code >= 90 && code <= 97)
            m_style.foreground = indexed(code - 90 + 8);
        else if (code >= 100 && code <= 107)
            m_style.background = indexed(code - 100 + 8);
        break; // blink, conceal, fonts, overline, ...: not shown
    }
}

template <bool Styled>
quint32 LineTerminal<Styled>::currentStyle()
{
    // Always 0 for plainText(), which never changes the style.
    if (m_styleChanged) {
        m_styleChanged = false;
        if (m_style.isPlain()) {
            m_styleIndex = 0;
        } else if (!(m_style == m_styles[m_styleIndex])) {
            m_styles.push_back(m_style);
            m_styleIndex = static_cast<quint32>(m_styles.size() - 1);
        }
    }
    return m_styleIndex;
}

// Erased cells after the last written character are not part of the text.
template <bool Styled>
qsizetype LineTerminal<Styled>::shownCells() const
{
    qsizetype shown = m_cells.size();
    while (shown > 0 && m_cells[shown - 1].erased)
        --shown;
    return shown;
}

template <bool Styled>
QString LineTerminal<Styled>::text() const
{
    const qsizetype shown = shownCells();
    const auto end = m_cells.begin() + shown;
    const auto pairs =
        std::count_if(m_cells.begin(), end, [](const Cell &cell) { return QChar::requiresSurrogates(cell.character); });
    QString shownText(shown + pairs, Qt::Uninitialized);
    QChar *out = shownText.data();
    for (auto cell = m_cells.begin(); cell != end; ++cell) {
        if (QChar::requiresSurrogates(cell->character)) {
            *out++ = QChar(QChar::highSurrogate(cell->character));
            *out++ = QChar(QChar::lowSurrogate(cell->character));
        } else {
            *out++ = QChar(static_cast<char16_t>(cell->character));
        }
    }
    return shownText;
}

template <bool Styled>
QList<StyledRun> LineTerminal<Styled>::runs() const
{
    // Collected on the stack first: the result is then one allocation of the right size.
    QVarLengthArray<StyledRun, 16> merged;
    const qsizetype shown = shownCells();
    int start = 0;
    quint32 lastStyle = 0;
    for (qsizetype at = 0; at < shown; ++at) {
        const Cell &cell = m_cells[at];
        const int length = QChar::requiresSurrogates(cell.character) ? 2 : 1;
        // Different indices can still be equal styles ("ESC[1m a ESC[0m ESC[1m b").
        if (merged.isEmpty() || (cell.style != lastStyle && !(m_styles[cell.style] == merged.back().style)))
            merged.append(StyledRun{start, length, m_styles[cell.style]});
        else
            merged.back().length += length;
        lastStyle = cell.style;
        start += length;
    }
    return QList<StyledRun>(merged.begin(), merged.end());
}

} // namespace

bool AnsiStyle::isPlain() const
{
    return *this == AnsiStyle();
}

StyledLine AnsiLine::parse(QByteArrayView line)
{
    StyledLine result;
    if (!needsParsing(line)) {
        result.text = QString::fromUtf8(line);
        if (!result.text.isEmpty())
            result.runs.append(StyledRun{0, static_cast<int>(result.text.size()), AnsiStyle()});
        return result;
    }
    LineTerminal<true> terminal(line);
    terminal.run();
    result.text = terminal.text();
    result.runs = terminal.runs();
    return result;
}

QString AnsiLine::plainText(QByteArrayView line)
{
    if (!needsParsing(line))
        return QString::fromUtf8(line);
    LineTerminal<false> terminal(line);
    terminal.run();
    return terminal.text();
}

bool AnsiLine::needsParsing(QByteArrayView line)
{
    // Eight bytes at a time: this decides the fast path for every line of a log, so it is most of
    // the cost of a plain line. A word with a byte below 0x20 is looked at bytewise (it may only
    // hold a TAB); a word with DEL needs parsing.
    constexpr quint64 Ones = 0x0101010101010101;
    constexpr quint64 Highs = 0x8080808080808080;
    const auto special = [](char character) {
        const auto byte = static_cast<uchar>(character);
        return (byte < 0x20 && byte != '\t') || byte == 0x7f;
    };
    const char *data = line.data();
    const qsizetype size = line.size();
    qsizetype at = 0;
    for (; at + 8 <= size; at += 8) {
        quint64 word;
        std::memcpy(&word, data + at, sizeof word);
        const quint64 del = word ^ (Ones * 0x7f);
        if (((del - Ones) & ~del & Highs) != 0)
            return true;
        if (((word - Ones * 0x20) & ~word & Highs) != 0 && std::any_of(data + at, data + at + 8, special))
            return true;
    }
    return std::any_of(data + at, data + size, special);
}

namespace {

bool startsWithContinuation(QByteArrayView text)
{
    return !text.isEmpty() && (uchar(text.front()) & 0xc0) == 0x80;
}

// Whether `text` ends with a whole UTF-8 character (or ASCII), not part of one.
bool endsWithWholeCharacter(QByteArrayView text)
{
    if (text.isEmpty() || uchar(text.back()) < 0x80)
        return true;
    qsizetype lead = text.size() - 1;
    while (lead > 0 && text.size() - lead < 4 && (uchar(text.at(lead)) & 0xc0) == 0x80)
        --lead;
    const uchar first = uchar(text.at(lead));
    const qsizetype length = (first & 0xe0) == 0xc0 ? 2 : (first & 0xf0) == 0xe0 ? 3 : (first & 0xf8) == 0xf0 ? 4 : 0;
    return length == text.size() - lead;
}

} // namespace

bool AnsiLine::stripStyles(QByteArrayView line, QByteArray &into)
{
    into.resize(0);
    const char *data = line.data();
    const qsizetype size = line.size();
    qsizetype at = 0;
    while (at < size) {
        const char *escape = static_cast<const char *>(std::memchr(data + at, '\x1b', size_t(size - at)));
        const qsizetype next = escape ? escape - data : size;
        const QByteArrayView text(data + at, next - at);
        // The parser decodes the text between sequences piece by piece: a character cut by a
        // sequence, or a byte-order mark after one, decodes differently once the pieces are joined.
        if (needsParsing(text) || (at > 0 && (startsWithContinuation(text) || text.startsWith("\xEF\xBB\xBF"))) ||
            (escape && !endsWithWholeCharacter(text)))
            return false;
        into.append(text);
        if (!escape)
            break;
        // "ESC [" parameters (digits, ';' and ':') and the final 'm'; anything else needs the parser.
        qsizetype end = next + 1;
        if (end >= size || data[end] != '[')
            return false;
        ++end;
        while (end < size && ((data[end] >= '0' && data[end] <= '9') || data[end] == ';' || data[end] == ':'))
            ++end;
        if (end >= size || data[end] != 'm')
            return false;
        at = end + 1;
    }
    return true;
}

} // namespace BuildDeck::Log
