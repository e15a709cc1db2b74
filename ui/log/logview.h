#pragma once

#include "engine/buildlog.h"
#include "log/ansiline.h"
#include "log/logfolding.h"
#include "log/logmatcher.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QTextLayout>

#include <memory>
#include <optional>
#include <vector>

class QTimer;
class QToolButton;

namespace BuildDeck::Log {
class LogOutline;
}

namespace BuildDeck::Ui {

// A build log as a terminal shows it, read from its file and its line index: only the lines in
// view are read and decoded, so a gigabyte log opens at once. Colours and styles of ANSI escape
// sequences, carriage-return progress lines collapsed; phases, GitHub Actions groups and GitLab
// sections fold, with their status and duration on the header line; line numbers and, when
// asked, each line's time; long lines wrap or scroll. While the build runs, new lines are read a
// few times a second and the view follows the end until the user scrolls up.
class LogView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    enum class Timestamps
    {
        Hidden,
        Absolute,
        Relative
    };

    // A place in the log: a line and a column in its shown text.
    struct Position
    {
        qint64 line = 0;
        int column = 0;
        friend auto operator<=>(const Position &, const Position &) = default;
    };

    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    // Shows the log at `path` (empty: none), read on as it grows while `live`; `reference` names
    // the build in copied line references.
    void setLog(const QString &path, bool live, const QString &reference = {});
    // The build ended, or started again: reads what is new, and polls while live.
    void setLive(bool live);
    const QString &path() const { return m_path; }
    bool isLive() const { return m_live; }

    qint64 lineCount() const { return m_reader ? m_reader->lineCount() : 0; }
    // A line's text as shown (escape sequences applied).
    QString lineText(qint64 line) const;
    qint64 firstVisibleLine() const;
    qint64 lastVisibleLine() const;

    bool isFollowing() const { return m_following; }
    void setFollowing(bool following);
    bool wraps() const { return m_wrap; }
    void setWrap(bool wrap);
    Timestamps timestamps() const { return m_timestamps; }
    void setTimestamps(Timestamps timestamps);

    // Sections and folding.
    const QList<Log::LogSection> &sections() const { return m_folding.sections(); }
    bool isFolded(qint64 headerLine) const { return m_folding.isFolded(headerLine); }
    void setFolded(qint64 headerLine, bool folded);
    void setAllFolded(bool folded);
    bool isLineShown(qint64 line) const { return !m_folding.isHidden(line); }

    // Marks the matches of `query` in the lines in view; `current` is the match to show.
    void setHighlight(const Log::LogSearchQuery &query);
    void showMatch(qint64 line, int start, int length);
    // Where the user is reading: the first line in view, or the current match's.
    qint64 readingLine() const;

    // Selection and copying.
    QString selectedText() const;
    bool hasSelection() const { return m_anchor != m_cursor; }
    void select(Position from, Position to);
    void selectAll();
    void copy();
    void copyLineReference();
    // "<build id>#L<line>" for the line (1-based), or the file's name without a build.
    QString lineReference(qint64 line) const;

    static constexpr qint64 copyLimit = 64 * 1024 * 1024; // characters put on the clipboard at once
    static constexpr qsizetype displayLimit = 256 * 1024; // bytes of a line shown

Q_SIGNALS:
    void followingChanged(bool following);
    // New lines were read (the log grew).
    void linesAdded();
    void sectionsChanged();
    // Something the user should know: a copy that was cut short, say.
    void notice(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        qint64 line = 0;
        int top = 0;
        int height = 0;
        std::shared_ptr<QTextLayout> layout;
    };

    void poll();
    void readSections();
    const Log::StyledLine &styled(qint64 line) const;
    std::shared_ptr<QTextLayout> layoutFor(qint64 line, int width) const;
    void updateScrollBars();
    void updateGutter();
    // The rows in view from the first row on, laid out.
    void layoutRows();
    int textLeft() const { return m_gutterWidth; }
    int textWidth() const;
    // The log position under a point of the viewport (clamped to the rows in view).
    std::optional<Position> positionAt(const QPoint &point) const;
    QString timeText(qint64 line) const;
    void scrollToRow(qint64 row, bool centre);
    void paintHeader(QPainter &painter, const Row &row, const Log::LogSection &section);

    QString m_path;
    QString m_reference;
    std::unique_ptr<Engine::BuildLogReader> m_reader;
    Log::LogOutline *m_outline;
    Log::LogFolding m_folding;
    QTimer *m_poll;
    QToolButton *m_jumpToEnd;
    bool m_live = false;
    bool m_following = true;
    bool m_wrap = false;
    Timestamps m_timestamps = Timestamps::Hidden;
    qint64 m_lastSize = 0;
    mutable QCache<qint64, Log::StyledLine> m_styled{4000};
    std::vector<Row> m_rows; // in view, from the last layout
    int m_rowHeight = 16;
    int m_charWidth = 8;
    int m_gutterWidth = 0;
    int m_longestLine = 0; // the widest line laid out so far, in pixels, for the horizontal scroll bar
    std::optional<Log::LogMatcher> m_matcher;
    qint64 m_matchLine = -1;
    int m_matchStart = 0;
    int m_matchLength = 0;
    Position m_anchor;
    Position m_cursor;
    bool m_selecting = false;
};

} // namespace BuildDeck::Ui
