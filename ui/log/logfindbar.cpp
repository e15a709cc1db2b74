#include "logfindbar.h"

#include "logview.h"

#include "log/logsearch.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

namespace BuildDeck::Ui {

LogFindBar::LogFindBar(LogView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_search(new Log::LogSearch(this))
    , m_text(new QLineEdit(this))
    , m_caseSensitive(new QToolButton(this))
    , m_regularExpression(new QToolButton(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("logFindBar"));
    m_text->setObjectName(QStringLiteral("logFind"));
    m_text->setClearButtonEnabled(true);
    m_caseSensitive->setObjectName(QStringLiteral("logFindCaseSensitive"));
    m_caseSensitive->setCheckable(true);
    m_regularExpression->setObjectName(QStringLiteral("logFindRegularExpression"));
    m_regularExpression->setCheckable(true);
    m_previous->setObjectName(QStringLiteral("logFindPrevious"));
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setObjectName(QStringLiteral("logFindNext"));
    m_next->setArrowType(Qt::DownArrow);
    m_close->setObjectName(QStringLiteral("logFindClose"));
    m_count->setObjectName(QStringLiteral("logFindCount"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("000,000 of 000,000,000...")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(m_regularExpression);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    // A search starts when typing pauses, so that each key does not start one over a huge log.
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &LogFindBar::restart);
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_typing->isActive()) {
            m_typing->stop();
            restart();
        }
        go(false);
    });
    connect(m_caseSensitive, &QToolButton::toggled, this, &LogFindBar::restart);
    connect(m_regularExpression, &QToolButton::toggled, this, &LogFindBar::restart);
    connect(m_previous, &QToolButton::clicked, this, [this] { go(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { go(false); });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        m_search->clear();
        m_view->setHighlight({});
        m_view->setFocus();
    });
    connect(m_search, &Log::LogSearch::progressed, this, [this] {
        showCount();
        if (m_jumpWhenFound && !m_search->lines().isEmpty()) {
            m_jumpWhenFound = false;
            go(false);
        }
    });
    // New lines of a live log are searched as they come.
    connect(m_view, &LogView::linesAdded, m_search, &Log::LogSearch::searchOn);
    m_text->installEventFilter(this);
    retranslateUi();
}

void LogFindBar::activate()
{
    show();
    m_text->setFocus();
    m_text->selectAll();
}

void LogFindBar::restart()
{
    const Log::LogSearchQuery query{m_text->text(), m_regularExpression->isChecked(), m_caseSensitive->isChecked()};
    m_line = -1;
    m_index = -1;
    m_ordinal = 0;
    m_view->setHighlight(query);
    const Log::LogMatcher matcher(query);
    if (!matcher.error().isEmpty()) {
        m_search->clear();
        m_count->setText(matcher.error());
        return;
    }
    m_jumpWhenFound = !query.isEmpty();
    m_search->start(m_view->path(), query);
    showCount();
}

void LogFindBar::showCount()
{
    const Log::LogMatcher matcher(m_search->query());
    if (!matcher.error().isEmpty())
        return;
    if (m_search->query().isEmpty()) {
        m_count->clear();
        return;
    }
    const QLocale locale;
    const qint64 total = m_search->total();
    QString text = total == 0 && !m_search->isRunning() ? tr("No matches")
                   : m_ordinal > 0 ? tr("%1 of %2").arg(locale.toString(m_ordinal), locale.toString(total))
                                   : tr("Matches: %1").arg(locale.toString(total));
    if (m_search->isRunning())
        text += QStringLiteral("...");
    m_count->setText(text);
    m_count->setToolTip(m_search->linesTruncated() ? tr("Next and Previous go through the first %1 lines with matches.")
                                                         .arg(locale.toString(Log::LogSearch::maxLines))
                                                   : QString());
}

void LogFindBar::go(bool backward)
{
    const QList<Log::LogMatchLine> lines = m_search->lines();
    if (lines.isEmpty())
        return;
    const Log::LogMatcher matcher(m_search->query());
    const auto matchesOf = [&](qint64 line) { return matcher.matches(m_view->lineText(line)); };

    // The matching line to go to, and which of its matches.
    qsizetype at = -1;
    int index = 0;
    if (m_line >= 0) {
        const auto current =
            std::lower_bound(lines.cbegin(), lines.cend(), m_line,
                             [](const Log::LogMatchLine &entry, qint64 line) { return entry.line < line; });
        at = current - lines.cbegin();
        const int inLine = int(matchesOf(m_line).size());
        if (!backward && m_index + 1 < inLine && current != lines.cend() && current->line == m_line) {
            index = m_index + 1;
        } else if (backward && m_index > 0 && current != lines.cend() && current->line == m_line) {
            index = m_index - 1;
        } else if (backward) {
            at = (at - 1 + lines.size()) % lines.size();
            index = -1; // the line's last
        } else {
            at = current != lines.cend() && current->line == m_line ? (at + 1) % lines.size() : at % lines.size();
        }
    } else {
        // From where the user is reading.
        const qint64 from = m_view->readingLine();
        const auto next =
            std::lower_bound(lines.cbegin(), lines.cend(), from,
                             [](const Log::LogMatchLine &entry, qint64 line) { return entry.line < line; });
        at = backward ? ((next - lines.cbegin()) - 1 + lines.size()) % lines.size()
                      : (next - lines.cbegin()) % lines.size();
        index = backward ? -1 : 0;
    }
    const Log::LogMatchLine &target = lines.at(at);
    const QList<std::pair<int, int>> matches = matchesOf(target.line);
    if (matches.isEmpty())
        return;
    if (index < 0 || index >= matches.size())
        index = int(matches.size()) - 1;
    m_line = target.line;
    m_index = index;
    m_ordinal = target.before + index + 1;
    m_view->showMatch(target.line, matches.at(index).first, matches.at(index).second);
    showCount();
}

bool LogFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_close->click();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ShiftModifier) {
            go(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LogFindBar::retranslateUi()
{
    m_text->setPlaceholderText(tr("Find in the log (Enter: next, Shift+Enter: previous, Esc: close)"));
    m_caseSensitive->setText(tr("Aa"));
    m_caseSensitive->setToolTip(tr("Match case"));
    m_regularExpression->setText(tr(".*"));
    m_regularExpression->setToolTip(tr("Regular expression"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_close->setText(tr("Close"));
    showCount();
}

void LogFindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace BuildDeck::Ui
