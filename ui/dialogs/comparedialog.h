#pragma once

#include "engine/buildrecord.h"

#include <QDialog>

class QTableWidget;

namespace BuildDeck::Ui {

// Two builds side by side: status, source version, image, timing of every phase and the
// environment; the rows that differ are in bold.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    CompareDialog(const Engine::BuildRecord &left, const Engine::BuildRecord &right, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void addRow(const QString &label, const QString &left, const QString &right);

    QTableWidget *m_table;
};

} // namespace BuildDeck::Ui
