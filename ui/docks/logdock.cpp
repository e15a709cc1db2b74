#include "logdock.h"

#include "log/logfindbar.h"
#include "log/logview.h"
#include "widgets/emptystatewidget.h"

#include "log/logexport.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace BuildDeck::Ui {

LogDock::LogDock(QWidget *parent)
    : QDockWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_view(new LogView(this))
    , m_findBar(new LogFindBar(m_view, this))
    , m_toolBar(new QToolBar(this))
    , m_follow(new QAction(this))
    , m_wrap(new QAction(this))
    , m_timestampsButton(new QToolButton(this))
    , m_timestamps(new QActionGroup(this))
    , m_timeHidden(new QAction(m_timestamps))
    , m_timeAbsolute(new QAction(m_timestamps))
    , m_timeRelative(new QAction(m_timestamps))
    , m_foldAll(new QAction(this))
    , m_unfoldAll(new QAction(this))
    , m_save(new QAction(this))
    , m_find(new QAction(this))
{
    setObjectName(QStringLiteral("logDock"));
    m_toolBar->setObjectName(QStringLiteral("logToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_follow->setObjectName(QStringLiteral("actionLogFollow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_wrap->setObjectName(QStringLiteral("actionLogWrap"));
    m_wrap->setCheckable(true);
    m_timeHidden->setObjectName(QStringLiteral("actionLogTimeHidden"));
    m_timeAbsolute->setObjectName(QStringLiteral("actionLogTimeAbsolute"));
    m_timeRelative->setObjectName(QStringLiteral("actionLogTimeRelative"));
    for (QAction *action : m_timestamps->actions())
        action->setCheckable(true);
    m_timeHidden->setChecked(true);
    auto *timeMenu = new QMenu(this);
    timeMenu->addActions(m_timestamps->actions());
    m_timestampsButton->setObjectName(QStringLiteral("logTimestamps"));
    m_timestampsButton->setMenu(timeMenu);
    m_timestampsButton->setPopupMode(QToolButton::InstantPopup);
    m_foldAll->setObjectName(QStringLiteral("actionLogFoldAll"));
    m_unfoldAll->setObjectName(QStringLiteral("actionLogUnfoldAll"));
    m_save->setObjectName(QStringLiteral("actionSaveLog"));
    m_find->setObjectName(QStringLiteral("actionLogFind"));
    m_toolBar->addAction(m_follow);
    m_toolBar->addAction(m_wrap);
    m_toolBar->addWidget(m_timestampsButton);
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_foldAll, m_unfoldAll});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_find, m_save});
    m_findBar->hide();

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_findBar);
    layout->addWidget(m_view, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    setWidget(m_stack);

    connect(m_follow, &QAction::toggled, m_view, &LogView::setFollowing);
    connect(m_view, &LogView::followingChanged, m_follow, &QAction::setChecked);
    connect(m_wrap, &QAction::toggled, m_view, &LogView::setWrap);
    connect(m_timestamps, &QActionGroup::triggered, this, [this](QAction *chosen) {
        m_view->setTimestamps(chosen == m_timeAbsolute   ? LogView::Timestamps::Absolute
                              : chosen == m_timeRelative ? LogView::Timestamps::Relative
                                                         : LogView::Timestamps::Hidden);
    });
    connect(m_foldAll, &QAction::triggered, this, [this] { m_view->setAllFolded(true); });
    connect(m_unfoldAll, &QAction::triggered, this, [this] { m_view->setAllFolded(false); });
    connect(m_save, &QAction::triggered, this, &LogDock::askSave);
    connect(m_find, &QAction::triggered, this, &LogDock::startFind);
    connect(m_view, &LogView::notice, this, &LogDock::notice);
    retranslateUi();
}

void LogDock::showLog(const QString &path, bool running, const QString &buildId)
{
    m_stack->setCurrentIndex(path.isEmpty() ? 0 : 1);
    if (path != m_view->path()) {
        m_view->setLog(path, running, buildId);
        if (m_findBar->isVisible())
            m_findBar->restart();
    } else if (running != m_view->isLive()) {
        m_view->setLive(running);
    }
}

void LogDock::startFind()
{
    m_findBar->activate();
}

void LogDock::askSave()
{
    const QString source = m_view->path();
    if (source.isEmpty())
        return;
    const QString plainFilter = tr("Plain text (*.txt)");
    const QString rawFilter = tr("Log with colour codes (*.log)");
    auto *dialog = new QFileDialog(this, tr("Save Log"), QFileInfo(source).completeBaseName() + QStringLiteral(".txt"),
                                   plainFilter + QStringLiteral(";;") + rawFilter);
    dialog->setObjectName(QStringLiteral("saveLogDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, source, rawFilter](const QString &target) {
        const Log::LogExport::Form form =
            dialog->selectedNameFilter() == rawFilter ? Log::LogExport::Form::Raw : Log::LogExport::Form::PlainText;
        auto *watcher = new QFutureWatcher<Result<void>>(this);
        connect(watcher, &QFutureWatcher<Result<void>>::finished, this, [this, watcher, target] {
            watcher->deleteLater();
            const Result<void> saved = watcher->result();
            if (saved)
                Q_EMIT notice(tr("The log was saved as %1.").arg(target));
            else
                Q_EMIT failed(tr("Saving the log"), saved.error().message);
        });
        watcher->setFuture(
            QtConcurrent::run([source, target, form] { return Log::LogExport::save(source, target, form); }));
    });
    dialog->open();
}

void LogDock::retranslateUi()
{
    setWindowTitle(tr("Log"));
    m_toolBar->setWindowTitle(tr("Log Toolbar"));
    m_empty->setTitle(tr("No build selected"));
    m_empty->setExplanation(tr("The log of the selected build appears here, live while it runs."));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the end of the log in view while the build runs"));
    m_wrap->setText(tr("Wrap"));
    m_wrap->setToolTip(tr("Wrap long lines"));
    m_timestampsButton->setText(tr("Time"));
    m_timestampsButton->setToolTip(tr("When each line was written"));
    m_timeHidden->setText(tr("Hidden"));
    m_timeAbsolute->setText(tr("Time of Day"));
    m_timeRelative->setText(tr("Since the Build Started"));
    m_foldAll->setText(tr("Fold All"));
    m_unfoldAll->setText(tr("Unfold All"));
    m_find->setText(tr("Find"));
    m_save->setText(tr("Save..."));
    m_save->setToolTip(tr("Save the log as plain text or with its colour codes"));
}

void LogDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace BuildDeck::Ui
