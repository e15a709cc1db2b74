#include "recordtable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

RecordTable::RecordTable(QList<Column> columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(std::move(columns))
    , m_table(new QTableWidget(0, int(m_columns.size()), this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    QStringList titles;
    for (const Column &column : std::as_const(m_columns))
        titles.append(column.title);
    m_table->setHorizontalHeaderLabels(titles);
    // Text columns share the width; a column of choices is as wide as its longest choice.
    for (int column = 0; column < m_columns.size(); ++column)
        m_table->horizontalHeader()->setSectionResizeMode(
            column, m_columns.at(column).choices.isEmpty() ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(120);
    m_add->setObjectName(QStringLiteral("addRow"));
    m_remove->setObjectName(QStringLiteral("removeRow"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &RecordTable::edited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecordTable::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        QStringList values;
        for (const Column &column : std::as_const(m_columns))
            values.append(column.choices.value(0));
        appendRow(values);
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        Q_EMIT edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> selected;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            selected.append(index.row());
        if (selected.isEmpty() && m_table->currentRow() >= 0)
            selected.append(m_table->currentRow());
        std::sort(selected.begin(), selected.end(), std::greater<>());
        for (int row : std::as_const(selected))
            m_table->removeRow(row);
        Q_EMIT edited();
    });
    updateButtons();
}

QString RecordTable::cellText(int row, int column) const
{
    if (const auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, column)))
        return box->currentText();
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

QList<QStringList> RecordTable::rows() const
{
    QList<QStringList> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList values;
        for (int column = 0; column < m_columns.size(); ++column)
            values.append(cellText(row, column));
        rows.append(values);
    }
    return rows;
}

void RecordTable::addRow(const QStringList &values)
{
    appendRow(values);
    m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    Q_EMIT edited();
}

void RecordTable::setRows(const QList<QStringList> &rows)
{
    if (rows == this->rows())
        return;
    const QSignalBlocker blocker(m_table);
    const int current = m_table->currentRow();
    m_table->setRowCount(0);
    for (const QStringList &values : rows)
        appendRow(values);
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, 0);
    updateButtons();
}

void RecordTable::appendRow(const QStringList &values)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < m_columns.size(); ++column) {
        const Column &spec = m_columns.at(column);
        const QString value = values.value(column);
        if (spec.choices.isEmpty()) {
            m_table->setItem(row, column, new QTableWidgetItem(value));
            continue;
        }
        // A cell that is not text still gets an item, which holds its problem mark.
        m_table->setItem(row, column, new QTableWidgetItem);
        auto *box = new QComboBox(m_table);
        box->addItems(spec.choices);
        if (!spec.choices.contains(value))
            box->addItem(value);
        box->setCurrentText(value);
        connect(box, &QComboBox::currentTextChanged, this, &RecordTable::edited);
        m_table->setCellWidget(row, column, box);
    }
}

void RecordTable::markProblem(int row, const QString &member, const QString &message)
{
    for (int column = 0; column < m_columns.size(); ++column) {
        if (m_columns.at(column).member != member)
            continue;
        if (QTableWidgetItem *item = m_table->item(row, column)) {
            const QSignalBlocker blocker(m_table);
            item->setBackground(QColor(0xd7, 0x3a, 0x49, 0x60));
            item->setToolTip(message);
        }
        if (QWidget *widget = m_table->cellWidget(row, column))
            widget->setToolTip(message);
    }
}

void RecordTable::clearProblems()
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_columns.size(); ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                item->setData(Qt::BackgroundRole, QVariant());
                item->setToolTip(QString());
            }
            if (QWidget *widget = m_table->cellWidget(row, column))
                widget->setToolTip(QString());
        }
    }
}

void RecordTable::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 || !m_table->selectedItems().isEmpty());
}

} // namespace BuildDeck::Ui
