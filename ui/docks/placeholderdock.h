#pragma once

#include <QDockWidget>

namespace BuildDeck::Ui {

class EmptyStateWidget;

// A dock whose panel has nothing to show yet: its title and an honest empty state. Texts are
// given untranslated (marked with QT_TRANSLATE_NOOP in context "Docks") and translated here, so the
// dock follows a language change.
class PlaceholderDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderDock)

public:
    struct Texts
    {
        const char *title;
        const char *emptyTitle;
        const char *explanation;
    };

    PlaceholderDock(const QString &objectName, const Texts &texts, QWidget *parent = nullptr);

    EmptyStateWidget *emptyState() const { return m_empty; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Texts m_texts;
    EmptyStateWidget *m_empty;
};

} // namespace BuildDeck::Ui
