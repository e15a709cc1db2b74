#include "buildspecpane.h"

#include "codeeditor.h"
#include "widgets/emptystatewidget.h"
#include "yamlhighlighter.h"

#include "buildspec/livevalidator.h"
#include "buildspec/quickfix.h"
#include "project/projectstore.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

BuildspecPane::BuildspecPane(Projects::ProjectStore &projects, QWidget *parent)
    : QWidget(parent)
    , m_projects(projects)
    , m_validator(new Spec::LiveValidator(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_header(new QLabel(this))
    , m_editor(new CodeEditor(this))
    , m_save(new QAction(this))
    , m_quickFix(new QAction(this))
{
    setObjectName(QStringLiteral("buildspecPane"));
    m_editor->setObjectName(QStringLiteral("buildspecEditor"));
    m_header->setObjectName(QStringLiteral("buildspecHeader"));
    m_header->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("actionSaveBuildspec"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setEnabled(false);
    new YamlHighlighter(m_editor->document());
    m_quickFix->setObjectName(QStringLiteral("actionQuickFix"));
    m_quickFix->setShortcut(Qt::CTRL | Qt::Key_1);
    connect(m_quickFix, &QAction::triggered, this, [this] {
        if (!applyQuickFix())
            Q_EMIT notice(tr("There is no obvious fix for the problems on this line."));
    });
    // What the snippets insert, each as whole lines at the cursor's line.
    static const QList<std::pair<const char *, const char *>> snippets{
        {"Phase", "  build:\n    commands:\n      - echo \"Building\"\n"},
        {"Command", "      - echo \"Hello\"\n"},
        {"Artifacts", "artifacts:\n  files:\n    - '**/*'\n  base-directory: build\n"},
        {"Reports", "reports:\n  tests:\n    files:\n      - 'reports/*.xml'\n    file-format: JUNITXML\n"},
        {"Cache", "cache:\n  paths:\n    - '/root/.cache/**/*'\n"},
    };
    for (const auto &[name, text] : snippets) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("actionSnippet") + QLatin1String(name));
        connect(action, &QAction::triggered, this, [this, snippet = QString::fromUtf8(text)] {
            if (m_editor->isReadOnly() || m_target == Target::None)
                return;
            QTextCursor cursor = m_editor->textCursor();
            cursor.movePosition(QTextCursor::StartOfBlock);
            cursor.insertText(snippet);
            m_editor->setTextCursor(cursor);
        });
        m_snippets.append(action);
    }

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_header);
    pageLayout->addWidget(m_editor);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_validator->setText(m_editor->toPlainText(), m_file);
        updateHeader();
    });
    connect(m_validator, &Spec::LiveValidator::validated, this, [this](const QList<Issue> &issues) {
        m_editor->setIssues(issues);
        Q_EMIT issuesChanged(issues);
    });
    connect(m_save, &QAction::triggered, this, [this] {
        if (const Result<void> saved = save(); !saved)
            Q_EMIT failed(saved.error().message);
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        if (isModified())
            m_changedOnDisk = true;
        else
            load();
        updateHeader();
    });
    retranslateUi();
}

bool BuildspecPane::isModified() const
{
    return m_target != Target::None && m_editor->toPlainText() != m_saved;
}

void BuildspecPane::setProject(const QString &project)
{
    if (project == m_project) {
        reloadIfUnchanged();
        return;
    }
    if (isModified())
        m_drafts.insert(m_project, m_editor->toPlainText());
    m_project = project;
    load();
    if (const auto draft = m_drafts.find(project); draft != m_drafts.end()) {
        m_editor->setPlainText(draft.value());
        m_drafts.erase(draft);
    }
}

QString BuildspecPane::storedText()
{
    m_target = Target::None;
    m_file.clear();
    m_sourceType.clear();
    const Result<Projects::ProjectRecord> record =
        m_project.isEmpty() ? Result<Projects::ProjectRecord>(makeError(ErrorCode::NotFound, {}))
                            : m_projects.get(m_project);
    if (!record)
        return {};
    const Projects::ProjectSource &source = record->project.source;
    m_sourceType = source.type;
    if (source.buildspec.contains(QLatin1Char('\n'))) {
        m_target = Target::Inline;
        return source.buildspec;
    }
    if (source.type != QStringLiteral("LOCAL"))
        return {};
    m_target = Target::File;
    m_file =
        QDir(source.location).filePath(source.buildspec.isEmpty() ? QStringLiteral("buildspec.yml") : source.buildspec);
    QFile file(m_file);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void BuildspecPane::load()
{
    m_changedOnDisk = false;
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    const QString text = storedText();
    if (m_target == Target::File && QFile::exists(m_file))
        m_watcher->addPath(m_file);
    display(text);
}

void BuildspecPane::reloadIfUnchanged()
{
    if (isModified())
        return;
    const Target target = m_target;
    const QString file = m_file;
    const QString text = storedText();
    if (text != m_saved || target != m_target || file != m_file)
        load();
}

void BuildspecPane::display(const QString &text)
{
    m_saved = text;
    m_stack->setCurrentIndex(m_project.isEmpty() ? 0 : 1);
    m_editor->setReadOnly(m_target == Target::None);
    const QSignalBlocker blocker(m_editor);
    m_editor->setPlainText(text);
    m_validator->setText(text, m_file);
    m_validator->validateNow();
    updateHeader();
}

Result<void> BuildspecPane::save()
{
    QString text = m_editor->toPlainText();
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n'); // an inline buildspec is told from a file name by its line breaks
    if (m_target == Target::Inline) {
        Result<Projects::ProjectRecord> record = m_projects.get(m_project);
        if (!record)
            return record.error();
        record->project.source.buildspec = text;
        if (Result<Projects::ProjectRecord> updated = m_projects.update(record->project); !updated)
            return updated.error();
    } else if (m_target == Target::File) {
        QSaveFile file(m_file);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return makeError(ErrorCode::Io, tr("%1 cannot be written: %2").arg(m_file, file.errorString()));
        m_watcher->addPath(m_file);
    } else {
        return {};
    }
    m_saved = m_editor->toPlainText();
    m_changedOnDisk = false;
    updateHeader();
    return {};
}

bool BuildspecPane::applyQuickFix()
{
    const QString text = m_editor->toPlainText();
    const int line = m_editor->textCursor().blockNumber() + 1;
    std::optional<Spec::QuickFix> fix;
    for (const bool sameLine : {true, false}) {
        for (const Issue &issue : m_editor->issues()) {
            if (!fix && (!sameLine || issue.line == line))
                fix = Spec::QuickFixes::forIssue(issue, text);
        }
    }
    if (!fix || m_editor->isReadOnly())
        return false;
    // One step to undo: the whole text replaced, the cursor kept on its line.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(fix->text);
    cursor.endEditBlock();
    m_editor->goTo(line, 1);
    return true;
}

void BuildspecPane::updateHeader()
{
    m_save->setEnabled(isModified());
    QString text;
    switch (m_target) {
    case Target::None:
        text = tr("The buildspec of %1 comes with its %2 source; BuildDeck reads it when the build runs.")
                   .arg(m_project, m_sourceType);
        break;
    case Target::Inline:
        text = tr("The buildspec of %1, kept in the project.").arg(m_project);
        break;
    case Target::File:
        text = QFile::exists(m_file) ? tr("%1 (of %2)").arg(m_file, m_project)
                                     : tr("%1 does not exist yet; Save creates it.").arg(m_file);
        break;
    }
    if (isModified())
        text += QLatin1Char(' ') + tr("Not saved.");
    if (m_changedOnDisk)
        text += QLatin1Char(' ') + tr("The file changed on disk; Save writes this version over it.");
    m_header->setText(text);
}

void BuildspecPane::retranslateUi()
{
    m_save->setText(tr("&Save Buildspec"));
    m_quickFix->setText(tr("Apply Quick &Fix"));
    const QStringList snippetTitles{tr("Insert a &Phase"), tr("Insert a &Command"), tr("Insert &Artifacts"),
                                    tr("Insert &Reports"), tr("Insert Ca&che")};
    for (qsizetype i = 0; i < m_snippets.size(); ++i)
        m_snippets.at(i)->setText(snippetTitles.at(i));
    m_empty->setTitle(tr("BuildDeck"));
    m_empty->setExplanation(tr("Run AWS CodeBuild builds in local containers: pick a project on the left to edit its "
                               "buildspec here, and press Run."));
    if (m_target != Target::None || !m_project.isEmpty())
        updateHeader();
}

void BuildspecPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace BuildDeck::Ui
