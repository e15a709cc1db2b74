#include "logdock.h"

#include "log/logtailview.h"
#include "widgets/emptystatewidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

LogDock::LogDock(QWidget *parent)
    : QDockWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_view(new LogTailView(this))
    , m_findBar(new QWidget(this))
    , m_findText(new QLineEdit(m_findBar))
    , m_findCount(new QLabel(m_findBar))
{
    setObjectName(QStringLiteral("logDock"));
    m_findText->setObjectName(QStringLiteral("logFind"));
    m_findText->setClearButtonEnabled(true);
    m_findCount->setObjectName(QStringLiteral("logFindCount"));
    auto *bar = new QHBoxLayout(m_findBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_findText, 1);
    bar->addWidget(m_findCount);
    m_findBar->hide();
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_findBar);
    layout->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    setWidget(m_stack);
    connect(m_findText, &QLineEdit::textChanged, this, [this] {
        m_view->moveCursor(QTextCursor::Start);
        find();
    });
    connect(m_findText, &QLineEdit::returnPressed, this, [this] { find(); });
    m_findText->installEventFilter(this);
    retranslateUi();
}

void LogDock::showLog(const QString &path, bool running)
{
    m_stack->setCurrentIndex(path.isEmpty() ? 0 : 1);
    if (path.isEmpty()) {
        m_view->setFile({}, false);
        return;
    }
    if (path != m_view->path())
        m_view->setFile(path, running);
    else if (m_running && !running)
        m_view->finish();
    m_running = running;
}

void LogDock::startFind()
{
    m_findBar->show();
    m_findText->setFocus();
    m_findText->selectAll();
}

void LogDock::find(bool backward)
{
    const QString text = m_findText->text();
    if (text.isEmpty()) {
        m_findCount->clear();
        return;
    }
    const int matches = int(m_view->document()->toPlainText().count(text, Qt::CaseInsensitive));
    bool found = m_view->find(text, backward ? QTextDocument::FindBackward : QTextDocument::FindFlags());
    if (!found && matches > 0) { // wrap around
        m_view->moveCursor(backward ? QTextCursor::End : QTextCursor::Start);
        found = m_view->find(text, backward ? QTextDocument::FindBackward : QTextDocument::FindFlags());
    }
    m_findCount->setText(matches > 0 ? tr("Matches: %1").arg(matches) : tr("Not found"));
}

bool LogDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findText && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_findBar->hide();
            m_view->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ShiftModifier) {
            find(true);
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void LogDock::retranslateUi()
{
    setWindowTitle(tr("Log"));
    m_empty->setTitle(tr("No build selected"));
    m_empty->setExplanation(tr("The log of the selected build appears here, live while it runs."));
    m_findText->setPlaceholderText(tr("Find in the log (Enter: next, Shift+Enter: previous, Esc: close)"));
}

void LogDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace BuildDeck::Ui
