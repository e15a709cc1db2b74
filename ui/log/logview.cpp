#include "logview.h"

#include "ansipalette.h"

#include "models/statuspresentation.h"
#include "style/icons.h"

#include "log/logoutline.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace BuildDeck::Ui {

namespace {

constexpr int padding = 6;

// "+1:02:03.456" or "+02:03.456", from milliseconds.
QString relativeTime(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    const QString fraction = QStringLiteral("%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
    if (seconds >= 3600)
        return QStringLiteral("+%1:%2:%3.%4")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'))
            .arg(fraction);
    return QStringLiteral("+%1:%2.%3")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'))
        .arg(fraction);
}

} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_outline(new Log::LogOutline(this))
    , m_poll(new QTimer(this))
    , m_jumpToEnd(new QToolButton(viewport()))
{
    setObjectName(QStringLiteral("logView"));
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    m_poll->setInterval(200);
    connect(m_poll, &QTimer::timeout, this, &LogView::poll);
    connect(m_outline, &Log::LogOutline::changed, this, &LogView::readSections);
    m_jumpToEnd->setObjectName(QStringLiteral("logJumpToEnd"));
    m_jumpToEnd->setText(tr("Jump to End"));
    m_jumpToEnd->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_jumpToEnd->setCursor(Qt::ArrowCursor);
    m_jumpToEnd->hide();
    connect(m_jumpToEnd, &QToolButton::clicked, this, [this] { setFollowing(true); });
    updateGutter();
}

LogView::~LogView() = default;

void LogView::setLog(const QString &path, bool live, const QString &reference)
{
    m_path = path;
    m_reference = reference;
    m_reader.reset();
    m_styled.clear();
    m_rows.clear();
    m_folding.update({}, 0);
    m_longestLine = 0;
    m_lastSize = 0;
    m_anchor = m_cursor = {};
    m_matchLine = -1;
    if (!path.isEmpty()) {
        auto reader = std::make_unique<Engine::BuildLogReader>();
        // A log not written yet (the build is being set up) is read once it is there.
        if (reader->open(path))
            m_reader = std::move(reader);
    }
    m_outline->setLog(m_reader ? path : QString());
    m_following = true;
    m_live = false;
    setLive(live);
    m_folding.update({}, lineCount());
    updateGutter();
    updateScrollBars();
    setFollowing(true);
    viewport()->update();
}

void LogView::setLive(bool live)
{
    const bool ended = m_live && !live;
    m_live = live;
    if (live)
        m_poll->start();
    else
        m_poll->stop();
    if (ended || live)
        poll();
}

void LogView::poll()
{
    if (!m_reader) {
        if (m_path.isEmpty())
            return;
        auto reader = std::make_unique<Engine::BuildLogReader>();
        if (!reader->open(m_path))
            return;
        m_reader = std::move(reader);
        m_outline->setLog(m_path);
    }
    const qint64 before = m_reader->lineCount();
    m_reader->refresh();
    const qint64 size = m_reader->offset(m_reader->lineCount());
    if (m_reader->lineCount() == before && size == m_lastSize)
        return;
    m_lastSize = size;
    // The last line may have grown since it was read.
    for (qint64 line = std::max<qint64>(0, before - 1); line < before; ++line)
        m_styled.remove(line);
    m_folding.update(m_outline->sections(), m_reader->lineCount());
    m_outline->scanOn();
    updateGutter();
    updateScrollBars();
    if (m_following)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    viewport()->update();
    if (m_reader->lineCount() != before)
        Q_EMIT linesAdded();
}

void LogView::readSections()
{
    m_folding.update(m_outline->sections(), lineCount());
    updateScrollBars();
    if (m_following)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    viewport()->update();
    Q_EMIT sectionsChanged();
}

const Log::StyledLine &LogView::styled(qint64 line) const
{
    if (Log::StyledLine *cached = m_styled.object(line))
        return *cached;
    // A line of megabytes (minified code, a binary printed) is read and shown in part, so that it
    // cannot stall the view; Save keeps it whole.
    const qint64 cut = m_reader ? m_reader->textLength(line) - displayLimit : 0;
    const QByteArray raw = m_reader ? m_reader->text(line, displayLimit) : QByteArray();
    auto *parsed = new Log::StyledLine(Log::AnsiLine::parse(raw));
    if (cut > 0) {
        const QString more = tr(" [%1 more bytes not shown]").arg(cut);
        parsed->runs.append({int(parsed->text.size()), int(more.size()), {}});
        parsed->text += more;
    }
    m_styled.insert(line, parsed);
    return *parsed;
}

QString LogView::lineText(qint64 line) const
{
    if (line < 0 || line >= lineCount())
        return {};
    return styled(line).text;
}

int LogView::textWidth() const
{
    return std::max(1, viewport()->width() - textLeft() - padding);
}

std::shared_ptr<QTextLayout> LogView::layoutFor(qint64 line, int width) const
{
    const Log::StyledLine &text = styled(line);
    auto layout = std::make_shared<QTextLayout>(text.text, font());
    QTextOption option;
    option.setWrapMode(m_wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    option.setTabStopDistance(8 * m_charWidth);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);

    QList<QTextLayout::FormatRange> formats;
    const AnsiPalette palette(this->palette());
    for (const Log::StyledRun &run : text.runs) {
        if (!run.style.isPlain())
            formats.append({run.start, run.length, palette.format(run.style)});
    }
    if (m_matcher) {
        const bool dark = this->palette().color(QPalette::Base).lightness() < 128;
        for (const auto &[start, length] : m_matcher->matches(text.text)) {
            QTextCharFormat match;
            const bool current = line == m_matchLine && start == m_matchStart;
            match.setBackground(current ? QColor(0xff, 0x96, 0x32)
                                : dark  ? QColor(0x80, 0x6d, 0x10)
                                        : QColor(0xff, 0xe5, 0x6e));
            if (current)
                match.setForeground(Qt::black);
            formats.append({start, length, match});
        }
    }
    const Position from = std::min(m_anchor, m_cursor);
    const Position to = std::max(m_anchor, m_cursor);
    if (from != to && line >= from.line && line <= to.line) {
        const int start = line == from.line ? from.column : 0;
        const int end = line == to.line ? to.column : int(text.text.size());
        QTextCharFormat selected;
        selected.setBackground(this->palette().brush(QPalette::Highlight));
        selected.setForeground(this->palette().brush(QPalette::HighlightedText));
        if (end > start)
            formats.append({start, end - start, selected});
    }
    layout->setFormats(formats);

    layout->beginLayout();
    qreal y = 0;
    for (QTextLine textLine = layout->createLine(); textLine.isValid(); textLine = layout->createLine()) {
        textLine.setLineWidth(m_wrap ? width : 1e7);
        textLine.setPosition(QPointF(0, y));
        y += m_rowHeight;
    }
    layout->endLayout();
    return layout;
}

void LogView::layoutRows()
{
    m_rows.clear();
    if (!m_reader)
        return;
    const qint64 rows = m_folding.rowCount();
    int top = 0;
    for (qint64 row = verticalScrollBar()->value(); row < rows && top < viewport()->height(); ++row) {
        const qint64 line = m_folding.lineAt(row);
        std::shared_ptr<QTextLayout> layout = layoutFor(line, textWidth());
        const int height = std::max(1, layout->lineCount()) * m_rowHeight;
        if (!m_wrap)
            m_longestLine = std::max(m_longestLine, int(layout->maximumWidth()));
        m_rows.push_back({line, top, height, std::move(layout)});
        top += height;
    }
}

void LogView::updateGutter()
{
    const QFontMetrics metrics(font());
    m_rowHeight = metrics.lineSpacing();
    m_charWidth = std::max(1, metrics.horizontalAdvance(QLatin1Char('0')));
    const int digits = int(QString::number(std::max<qint64>(lineCount(), 999)).size());
    int width = m_rowHeight + digits * m_charWidth + 2 * padding; // fold marker, number
    if (m_timestamps != Timestamps::Hidden)
        width += metrics.horizontalAdvance(QStringLiteral("+00:00:00.000")) + padding;
    m_gutterWidth = width;
}

void LogView::updateScrollBars()
{
    const qint64 rows = m_folding.rowCount();
    qint64 fitting = std::max(1, viewport()->height() / std::max(1, m_rowHeight));
    if (m_wrap && rows > 0) {
        // How many of the last rows fill the view, for the end to sit at the bottom.
        int height = 0;
        fitting = 0;
        for (qint64 row = rows - 1; row >= 0; --row) {
            height += std::max(1, layoutFor(m_folding.lineAt(row), textWidth())->lineCount()) * m_rowHeight;
            if (height > viewport()->height())
                break;
            ++fitting;
        }
        fitting = std::max<qint64>(fitting, 1);
    }
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, int(std::clamp<qint64>(rows - fitting, 0, std::numeric_limits<int>::max())));
    vertical->setPageStep(int(fitting));
    vertical->setSingleStep(1);
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, m_wrap ? 0 : std::max(0, m_longestLine - textWidth()));
    horizontal->setPageStep(textWidth());
    horizontal->setSingleStep(m_charWidth * 4);
}

void LogView::setFollowing(bool following)
{
    if (following)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    if (m_following != following) {
        m_following = following;
        Q_EMIT followingChanged(following);
    }
    m_jumpToEnd->setVisible(!following && m_reader);
    m_jumpToEnd->adjustSize();
    m_jumpToEnd->move(viewport()->width() - m_jumpToEnd->width() - padding,
                      viewport()->height() - m_jumpToEnd->height() - padding);
}

void LogView::scrollContentsBy(int, int)
{
    // Following stops when the user scrolls up, and starts again at the end.
    const bool atEnd = verticalScrollBar()->value() >= verticalScrollBar()->maximum();
    if (atEnd != m_following)
        setFollowing(atEnd);
    viewport()->update();
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_following)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    setFollowing(m_following);
}

void LogView::setWrap(bool wrap)
{
    m_wrap = wrap;
    updateScrollBars();
    if (m_following)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    viewport()->update();
}

void LogView::setTimestamps(Timestamps timestamps)
{
    m_timestamps = timestamps;
    updateGutter();
    updateScrollBars();
    viewport()->update();
}

void LogView::setFolded(qint64 headerLine, bool folded)
{
    m_folding.setFolded(headerLine, folded);
    updateScrollBars();
    viewport()->update();
}

void LogView::setAllFolded(bool folded)
{
    m_folding.setAllFolded(folded);
    updateScrollBars();
    viewport()->update();
}

qint64 LogView::firstVisibleLine() const
{
    return lineCount() == 0 ? -1 : m_folding.lineAt(verticalScrollBar()->value());
}

qint64 LogView::lastVisibleLine() const
{
    if (lineCount() == 0)
        return -1;
    if (!m_rows.empty())
        return m_rows.back().line;
    return m_folding.lineAt(std::min<qint64>(m_folding.rowCount() - 1,
                                             verticalScrollBar()->value() + viewport()->height() / m_rowHeight - 1));
}

qint64 LogView::readingLine() const
{
    return m_matchLine >= 0 ? m_matchLine : std::max<qint64>(0, firstVisibleLine());
}

void LogView::setHighlight(const Log::LogSearchQuery &query)
{
    m_matcher.reset();
    if (!query.isEmpty() && Log::LogMatcher(query).isValid())
        m_matcher.emplace(query);
    m_matchLine = -1;
    viewport()->update();
}

void LogView::scrollToRow(qint64 row, bool centre)
{
    const qint64 first = verticalScrollBar()->value();
    const qint64 visible = std::max(1, viewport()->height() / m_rowHeight);
    if (row >= first && row < first + visible - 1 && !centre)
        return;
    verticalScrollBar()->setValue(int(std::max<qint64>(0, row - (centre ? visible / 2 : 0))));
}

void LogView::showMatch(qint64 line, int start, int length)
{
    m_matchLine = line;
    m_matchStart = start;
    m_matchLength = length;
    m_folding.reveal(line);
    updateScrollBars();
    const qint64 row = m_folding.rowOf(line);
    const qint64 first = verticalScrollBar()->value();
    const qint64 visible = std::max(1, viewport()->height() / m_rowHeight);
    if (row < first || row >= first + visible - 1)
        scrollToRow(row, true);
    if (!m_wrap) {
        // The match in view horizontally too.
        const std::shared_ptr<QTextLayout> layout = layoutFor(line, textWidth());
        const QTextLine textLine = layout->lineAt(0);
        const int x = int(textLine.cursorToX(start));
        QScrollBar *horizontal = horizontalScrollBar();
        if (x < horizontal->value() || x > horizontal->value() + textWidth() - 4 * m_charWidth) {
            m_longestLine = std::max(m_longestLine, int(layout->maximumWidth()));
            updateScrollBars();
            horizontal->setValue(std::max(0, x - textWidth() / 3));
        }
    }
    viewport()->update();
}

QString LogView::timeText(qint64 line) const
{
    if (!m_reader || m_timestamps == Timestamps::Hidden)
        return {};
    const qint64 ms = m_reader->millisecondsAfterStart(line);
    if (m_timestamps == Timestamps::Relative)
        return relativeTime(ms);
    return m_reader->start().addMSecs(ms).toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

void LogView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    layoutRows();
    const QPalette &colours = palette();
    const int gutter = textLeft() - padding / 2;
    painter.fillRect(QRect(0, 0, gutter, viewport()->height()), colours.color(QPalette::AlternateBase));
    const int x = textLeft() - horizontalScrollBar()->value();
    QColor dim = colours.color(QPalette::Text);
    dim.setAlphaF(0.45f);
    for (const Row &row : m_rows) {
        const Log::LogSection *section = m_folding.sectionAt(row.line);
        if (section)
            paintHeader(painter, row, *section);
        painter.setPen(dim);
        const QRect numberBox(m_rowHeight, row.top,
                              m_gutterWidth - m_rowHeight - padding -
                                  (m_timestamps == Timestamps::Hidden ? 0 : padding) -
                                  (m_timestamps == Timestamps::Hidden
                                       ? 0
                                       : QFontMetrics(font()).horizontalAdvance(QStringLiteral("+00:00:00.000"))),
                              m_rowHeight);
        painter.drawText(numberBox, Qt::AlignRight | Qt::AlignVCenter, QString::number(row.line + 1));
        if (m_timestamps != Timestamps::Hidden) {
            const QRect timeBox(numberBox.right() + padding, row.top, m_gutterWidth - numberBox.right() - padding,
                                m_rowHeight);
            painter.drawText(timeBox, Qt::AlignLeft | Qt::AlignVCenter, timeText(row.line));
        }
        painter.save();
        painter.setClipRect(QRect(textLeft() - 1, row.top, viewport()->width(), row.height));
        painter.setPen(colours.color(QPalette::Text));
        row.layout->draw(&painter, QPointF(x, row.top));
        painter.restore();
    }
    if (!m_wrap)
        updateScrollBars();
}

void LogView::paintHeader(QPainter &painter, const Row &row, const Log::LogSection &section)
{
    QColor band = palette().color(QPalette::Highlight);
    band.setAlphaF(0.12f);
    painter.fillRect(QRect(0, row.top, viewport()->width(), m_rowHeight), band);
    // The fold marker: a triangle pointing right when folded, down when open.
    const bool folded = m_folding.isFolded(section.first);
    const qreal size = m_rowHeight * 0.35;
    const QPointF centre(m_rowHeight / 2.0 + section.depth * 2, row.top + m_rowHeight / 2.0);
    QPainterPath triangle;
    if (folded) {
        triangle.moveTo(centre + QPointF(-size / 2, -size));
        triangle.lineTo(centre + QPointF(size, 0));
        triangle.lineTo(centre + QPointF(-size / 2, size));
    } else {
        triangle.moveTo(centre + QPointF(-size, -size / 2));
        triangle.lineTo(centre + QPointF(size, -size / 2));
        triangle.lineTo(centre + QPointF(0, size));
    }
    triangle.closeSubpath();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Text));
    painter.drawPath(triangle);
    painter.restore();

    // On the right: the status and how long the section took, or that it runs.
    QString duration;
    if (section.durationMs >= 0) {
        duration = StatusPresentation::duration(QDateTime::fromMSecsSinceEpoch(0),
                                                QDateTime::fromMSecsSinceEpoch(section.durationMs));
    }
    const int right = viewport()->width() - padding;
    const QFontMetrics metrics(font());
    const int textWidthNeeded = metrics.horizontalAdvance(duration);
    QRect box(right - textWidthNeeded, row.top, textWidthNeeded, m_rowHeight);
    QColor back = palette().color(QPalette::Base);
    painter.fillRect(box.adjusted(-m_rowHeight - 2 * padding, 0, padding, 0), back);
    painter.fillRect(box.adjusted(-m_rowHeight - 2 * padding, 0, padding, 0), band);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, duration);
    if (section.kind == Log::LogSection::Kind::Phase) {
        const std::optional<Engine::Status> status =
            section.status.isEmpty() ? std::nullopt : Engine::statusFromName(section.status);
        const QIcon icon = StatusPresentation::icon(status);
        const int iconSize = m_rowHeight - 4;
        icon.paint(&painter, QRect(box.left() - padding - iconSize, row.top + 2, iconSize, iconSize));
    }
}

std::optional<LogView::Position> LogView::positionAt(const QPoint &point) const
{
    if (m_rows.empty())
        return std::nullopt;
    if (point.y() < 0)
        return Position{m_rows.front().line, 0};
    for (const Row &row : m_rows) {
        if (point.y() >= row.top + row.height)
            continue;
        const int lineInRow = std::clamp((point.y() - row.top) / m_rowHeight, 0, row.layout->lineCount() - 1);
        const QTextLine textLine = row.layout->lineAt(lineInRow);
        const qreal x = point.x() - textLeft() + horizontalScrollBar()->value();
        return Position{row.line, textLine.isValid() ? textLine.xToCursor(std::max<qreal>(0, x)) : 0};
    }
    const Row &last = m_rows.back();
    return Position{last.line, int(lineText(last.line).size())};
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    // A click on a header's fold marker folds or unfolds its section.
    if (event->position().x() < m_rowHeight + 8) {
        for (const Row &row : m_rows) {
            if (event->position().y() >= row.top && event->position().y() < row.top + m_rowHeight) {
                if (const Log::LogSection *section = m_folding.sectionAt(row.line)) {
                    setFolded(section->first, !m_folding.isFolded(section->first));
                    return;
                }
            }
        }
    }
    if (const std::optional<Position> at = positionAt(event->position().toPoint())) {
        m_cursor = *at;
        if (!(event->modifiers() & Qt::ShiftModifier))
            m_anchor = *at;
        m_selecting = true;
        viewport()->update();
    }
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    // Dragging past the top or bottom scrolls.
    if (event->position().y() < 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - 1);
    else if (event->position().y() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + 1);
    layoutRows();
    if (const std::optional<Position> at = positionAt(event->position().toPoint())) {
        m_cursor = *at;
        viewport()->update();
    }
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_selecting) {
        m_selecting = false;
        if (hasSelection() && QApplication::clipboard()->supportsSelection())
            QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
    }
}

void LogView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A word (letters, digits, '_', '.', '/', '-') is selected whole.
    const std::optional<Position> at = positionAt(event->position().toPoint());
    if (!at)
        return;
    const QString text = lineText(at->line);
    const auto isWord = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('/') ||
               c == QLatin1Char('-');
    };
    int start = std::min(at->column, int(text.size()));
    int end = start;
    while (start > 0 && isWord(text.at(start - 1)))
        --start;
    while (end < text.size() && isWord(text.at(end)))
        ++end;
    select({at->line, start}, {at->line, end});
}

void LogView::select(Position from, Position to)
{
    m_anchor = from;
    m_cursor = to;
    viewport()->update();
}

void LogView::selectAll()
{
    if (lineCount() == 0)
        return;
    select({0, 0}, {lineCount() - 1, int(lineText(lineCount() - 1).size())});
}

QString LogView::selectedText() const
{
    const Position from = std::min(m_anchor, m_cursor);
    const Position to = std::max(m_anchor, m_cursor);
    if (from == to)
        return {};
    QString text;
    for (qint64 line = from.line; line <= to.line && line < lineCount(); ++line) {
        const QString shown = lineText(line);
        const int start = line == from.line ? std::min(from.column, int(shown.size())) : 0;
        const int end = line == to.line ? std::min(to.column, int(shown.size())) : int(shown.size());
        if (line != from.line)
            text += QLatin1Char('\n');
        text += QStringView(shown).mid(start, end - start);
        if (text.size() > copyLimit)
            break;
    }
    return text;
}

void LogView::copy()
{
    QString text = selectedText();
    if (text.isEmpty())
        return;
    if (text.size() > copyLimit) {
        text.truncate(copyLimit);
        Q_EMIT notice(tr("Only the first %1 MB of the selection were copied; Save in the Log panel keeps all of it.")
                          .arg(copyLimit / (1024 * 1024)));
    }
    QApplication::clipboard()->setText(text);
}

QString LogView::lineReference(qint64 line) const
{
    const QString name = m_reference.isEmpty() ? QFileInfo(m_path).fileName() : m_reference;
    return QStringLiteral("%1#L%2").arg(name).arg(line + 1);
}

void LogView::copyLineReference()
{
    const qint64 line = hasSelection() ? std::min(m_anchor, m_cursor).line : readingLine();
    if (lineCount() > 0)
        QApplication::clipboard()->setText(lineReference(line));
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    QScrollBar *vertical = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Up:
        vertical->setValue(vertical->value() - 1);
        return;
    case Qt::Key_Down:
        vertical->setValue(vertical->value() + 1);
        return;
    case Qt::Key_PageUp:
        vertical->setValue(vertical->value() - vertical->pageStep());
        return;
    case Qt::Key_PageDown:
        vertical->setValue(vertical->value() + vertical->pageStep());
        return;
    case Qt::Key_Home:
        vertical->setValue(0);
        return;
    case Qt::Key_End:
        setFollowing(true);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void LogView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &LogView::copy);
    copyAction->setEnabled(hasSelection());
    copyAction->setShortcut(QKeySequence::Copy);
    const std::optional<Position> at = positionAt(viewport()->mapFromGlobal(event->globalPos()));
    const qint64 line = at ? at->line : readingLine();
    menu.addAction(tr("Copy &Reference to Line %1").arg(line + 1), this,
                   [this, line] { QApplication::clipboard()->setText(lineReference(line)); });
    menu.addAction(tr("Select &All"), this, &LogView::selectAll)->setShortcut(QKeySequence::SelectAll);
    menu.addSeparator();
    menu.addAction(tr("&Fold All Sections"), this, [this] { setAllFolded(true); });
    menu.addAction(tr("&Unfold All Sections"), this, [this] { setAllFolded(false); });
    menu.exec(event->globalPos());
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updateGutter();
        updateScrollBars();
    } else if (event->type() == QEvent::LanguageChange) {
        m_jumpToEnd->setText(tr("Jump to End"));
    }
    QAbstractScrollArea::changeEvent(event);
}

} // namespace BuildDeck::Ui
