#include "projectform.h"

#include "projectdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

namespace {

// "&Image:" -> "Image", for undo texts.
QString plainLabel(QString label)
{
    label.remove(QLatin1Char('&'));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label;
}

// The issue's message without the member's path (the field shows which member it is), and its
// suggestion.
QString issueText(const Issue &issue)
{
    QString message = issue.message;
    if (message.startsWith(QString(issue.path + QStringLiteral(": "))))
        message = message.mid(issue.path.size() + 2);
    return issue.suggestion.isEmpty() ? message : ProjectForm::tr("%1 (%2)").arg(message, issue.suggestion);
}

} // namespace

ProjectForm::ProjectForm(ProjectDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new QFormLayout)
{
    auto *content = new QWidget;
    content->setLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void ProjectForm::edit(const QString &field, const QString &label,
                       const std::function<void(Projects::Project &)> &change, bool mergeable)
{
    if (!m_refreshing)
        m_document.edit(field, plainLabel(label), change, mergeable);
}

void ProjectForm::bind(const QString &label, QWidget *widget, const QString &field, std::function<void()> show,
                       RecordTable *table)
{
    widget->setObjectName(field);
    widget->setToolTip(field);
    auto *message = new QLabel(this);
    message->setObjectName(QStringLiteral("message:") + field);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message->hide();
    if (label.isNull())
        m_form->addRow(widget);
    else
        m_form->addRow(label, widget);
    m_form->addRow(QString(), message);
    m_bindings.append({field, plainLabel(label), widget, message, std::move(show), table});
}

void ProjectForm::addRow(const QString &label, QWidget *widget)
{
    m_form->addRow(label, widget);
}

QLineEdit *ProjectForm::addText(const QString &label, const QString &field, Getter<QString> get, Setter<QString> set)
{
    auto *line = new QLineEdit(this);
    connect(line, &QLineEdit::textEdited, this, [this, field, label, set](const QString &text) {
        edit(
            field, label, [&](Projects::Project &project) { set(project, text); }, true);
    });
    bind(label, line, field, [this, line, get] {
        const QString value = get(m_document.project());
        if (line->text() != value)
            line->setText(value);
    });
    return line;
}

QComboBox *ProjectForm::addChoice(const QString &label, const QString &field, const QStringList &choices,
                                  Getter<QString> get, Setter<QString> set, bool editable)
{
    auto *box = new QComboBox(this);
    box->setEditable(editable);
    box->addItems(choices);
    connect(box, &QComboBox::currentTextChanged, this, [this, field, label, set](const QString &text) {
        edit(
            field, label, [&](Projects::Project &project) { set(project, text); }, true);
    });
    bind(label, box, field, [box, get, this] {
        const QString value = get(m_document.project());
        // A value that is not among the choices (imported from elsewhere) is shown as it is.
        if (!value.isEmpty() && box->findText(value) < 0)
            box->addItem(value);
        if (box->currentText() != value)
            box->setCurrentText(value);
    });
    return box;
}

QCheckBox *ProjectForm::addCheck(const QString &text, const QString &field, Getter<bool> get, Setter<bool> set)
{
    auto *check = new QCheckBox(text, this);
    connect(check, &QCheckBox::toggled, this, [this, field, text, set](bool checked) {
        edit(field, text, [&](Projects::Project &project) { set(project, checked); });
    });
    bind(QString(), check, field, [this, check, get] { check->setChecked(get(m_document.project())); });
    return check;
}

QSpinBox *ProjectForm::addNumber(const QString &label, const QString &field, int minimum, int maximum,
                                 const QString &unsetText, Getter<std::optional<int>> get,
                                 Setter<std::optional<int>> set)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(minimum - 1, maximum);
    spin->setSpecialValueText(unsetText);
    connect(spin, &QSpinBox::valueChanged, this, [this, field, label, set, spin](int value) {
        const std::optional<int> number = value < spin->minimum() + 1 ? std::nullopt : std::optional<int>(value);
        edit(
            field, label, [&](Projects::Project &project) { set(project, number); }, true);
    });
    bind(label, spin, field, [this, spin, get] {
        const std::optional<int> value = get(m_document.project());
        spin->setValue(value.value_or(spin->minimum()));
    });
    return spin;
}

RecordTable *ProjectForm::addTable(const QString &label, const QString &field,
                                   const QList<RecordTable::Column> &columns, Getter<QList<QStringList>> get,
                                   Setter<QList<QStringList>> set)
{
    auto *table = new RecordTable(columns, this);
    connect(table, &RecordTable::edited, this, [this, field, label, set, table] {
        edit(field, label, [&](Projects::Project &project) { set(project, table->rows()); });
    });
    bind(
        label, table, field, [this, table, get] { table->setRows(get(m_document.project())); }, table);
    return table;
}

QLabel *ProjectForm::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(note);
    return note;
}

void ProjectForm::setLabel(QWidget *field, const QString &label)
{
    if (auto *text = qobject_cast<QLabel *>(m_form->labelForField(field)))
        text->setText(label);
}

void ProjectForm::setRowVisible(QWidget *field, bool visible)
{
    // A field's message stays in view while it has one, so that no problem is hidden.
    m_form->setRowVisible(field, visible);
}

bool ProjectForm::shows(const QString &path) const
{
    return std::any_of(m_bindings.cbegin(), m_bindings.cend(), [&](const Binding &binding) {
        return path == binding.field || path.startsWith(binding.field + QLatin1Char('[')) ||
               path.startsWith(binding.field + QLatin1Char('.'));
    });
}

void ProjectForm::refresh()
{
    m_refreshing = true;
    for (const Binding &binding : std::as_const(m_bindings))
        binding.show();
    m_refreshing = false;
    m_errors = 0;
    for (const Binding &binding : std::as_const(m_bindings))
        showIssues(binding);
    updateRows();
}

void ProjectForm::showIssues(const Binding &binding)
{
    static const QRegularExpression element(QStringLiteral("^\\[(\\d+)\\]\\.?(.*)$"));
    if (binding.table)
        binding.table->clearProblems();
    QStringList lines;
    bool error = false;
    for (const Issue &issue : m_document.issues()) {
        QString rest;
        if (issue.path == binding.field)
            rest = QString();
        else if (issue.path.startsWith(binding.field + QLatin1Char('[')) ||
                 issue.path.startsWith(binding.field + QLatin1Char('.')))
            rest = issue.path.mid(binding.field.size());
        else
            continue;
        error = error || issue.isError();
        m_errors += issue.isError() ? 1 : 0;
        const QRegularExpressionMatch match = element.match(rest);
        if (binding.table && match.hasMatch()) {
            const int row = match.captured(1).toInt();
            binding.table->markProblem(row, match.captured(2), issueText(issue));
            lines.append(tr("Row %1: %2").arg(row + 1).arg(issueText(issue)));
        } else {
            const QString text = issueText(issue);
            // "is required" reads as "Image is required" under the field Image.
            lines.append(text.at(0).isLower() && !binding.label.isEmpty() ? tr("%1 %2").arg(binding.label, text)
                                                                          : text);
        }
    }
    binding.message->setText(lines.join(QLatin1Char('\n')));
    // Errors in red, warnings in amber: the colours read on light and dark palettes alike.
    binding.message->setStyleSheet(error ? QStringLiteral("color: #d9443f;") : QStringLiteral("color: #c98a1a;"));
    m_form->setRowVisible(binding.message, !lines.isEmpty());
}

} // namespace BuildDeck::Ui
