#include "logdock.h"

#include "log/logtailview.h"
#include "widgets/emptystatewidget.h"

#include <QEvent>
#include <QStackedWidget>

namespace BuildDeck::Ui {

LogDock::LogDock(QWidget *parent)
    : QDockWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_view(new LogTailView(this))
{
    setObjectName(QStringLiteral("logDock"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    setWidget(m_stack);
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

void LogDock::retranslateUi()
{
    setWindowTitle(tr("Log"));
    m_empty->setTitle(tr("No build selected"));
    m_empty->setExplanation(tr("The log of the selected build appears here, live while it runs."));
}

void LogDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace BuildDeck::Ui
