#pragma once

#include "project/project.h"
#include "widgets/recordtable.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace BuildDeck::Ui {

class ProjectDocument;

// A page of the project editor: a form whose fields are bound to members of the edited project.
// A field shows the member's value, turns each change into an undoable edit of the document, and
// shows below itself what the project's rules say about that member.
class ProjectForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectForm)

public:
    ProjectForm(ProjectDocument &document, QWidget *parent = nullptr);

    // The page's name in the editor's list of pages.
    virtual QString title() const = 0;

    // Shows the document's values and the issues of the page's members.
    void refresh();
    // Errors among the issues the page shows.
    int errorCount() const { return m_errors; }
    // Whether one of the page's fields shows the issues of the member at `path`.
    bool shows(const QString &path) const;

protected:
    template <typename T>
    using Getter = std::function<T(const Projects::Project &)>;
    template <typename T>
    using Setter = std::function<void(Projects::Project &, const T &)>;

    // Each adds a labelled row for the member at `field` (the path issues name) to the form; the
    // widget's objectName is the path.
    QLineEdit *addText(const QString &label, const QString &field, Getter<QString> get, Setter<QString> set);
    QComboBox *addChoice(const QString &label, const QString &field, const QStringList &choices, Getter<QString> get,
                         Setter<QString> set, bool editable = false);
    QCheckBox *addCheck(const QString &text, const QString &field, Getter<bool> get, Setter<bool> set);
    // A number that may be left unset; the box then shows `unsetText`.
    QSpinBox *addNumber(const QString &label, const QString &field, int minimum, int maximum, const QString &unsetText,
                        Getter<std::optional<int>> get, Setter<std::optional<int>> set);
    RecordTable *addTable(const QString &label, const QString &field, const QList<RecordTable::Column> &columns,
                          Getter<QList<QStringList>> get, Setter<QList<QStringList>> set);
    QLabel *addNote(const QString &text);
    // Puts `widget` in a labelled row without binding it (it holds a bound field, say).
    void addRow(const QString &label, QWidget *widget);

    // Changes the label of the row of `field`.
    void setLabel(QWidget *field, const QString &label);
    // Shows or hides the row of `field` with its message.
    void setRowVisible(QWidget *field, bool visible);
    // Called after every refresh, for what changes with the values (rows shown for a type).
    virtual void updateRows() {}

    // Binds a field made by the page: `show` puts the member's value in it; the field shows the
    // issues of `field` below itself (and in the cells of `table`, when it is one).
    void bind(const QString &label, QWidget *widget, const QString &field, std::function<void()> show,
              RecordTable *table = nullptr);

    ProjectDocument &document() const { return m_document; }
    // Makes a change of `field` an edit of the document, unless the form is showing values.
    void edit(const QString &field, const QString &label, const std::function<void(Projects::Project &)> &change,
              bool mergeable = false);

private:
    struct Binding
    {
        QString field;
        QString label;
        QWidget *widget = nullptr;
        QLabel *message = nullptr;
        std::function<void()> show;
        RecordTable *table = nullptr;
    };

    void showIssues(const Binding &binding);

    ProjectDocument &m_document;
    QFormLayout *m_form;
    QList<Binding> m_bindings;
    bool m_refreshing = false;
    int m_errors = 0;
};

} // namespace BuildDeck::Ui
