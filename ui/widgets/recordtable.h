#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace BuildDeck::Ui {

// A table of records the user edits in place (environment variables, tags, secondary sources):
// a column is free text or a choice from a list; Add and Remove buttons below. Every change the
// user makes is reported by edited(); setRows() reports nothing.
class RecordTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTable)

public:
    struct Column
    {
        QString title;
        QString member;      // the record member the column holds, as issue paths name it
        QStringList choices; // empty: free text
    };

    explicit RecordTable(QList<Column> columns, QWidget *parent = nullptr);

    QList<QStringList> rows() const;
    // Adds a row as the user would (edited() follows), and makes it current.
    void addRow(const QStringList &values);
    void setRows(const QList<QStringList> &rows);
    // Marks the cell of `row` and `member` as wrong, with `message` as its tooltip, until
    // clearProblems().
    void markProblem(int row, const QString &member, const QString &message);
    void clearProblems();

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void edited();

private:
    void appendRow(const QStringList &values);
    QString cellText(int row, int column) const;
    void updateButtons();

    QList<Column> m_columns;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace BuildDeck::Ui
