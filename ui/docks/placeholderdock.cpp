#include "placeholderdock.h"

#include "widgets/emptystatewidget.h"

#include <QCoreApplication>
#include <QEvent>

namespace BuildDeck::Ui {

PlaceholderDock::PlaceholderDock(const QString &objectName, const Texts &texts, QWidget *parent)
    : QDockWidget(parent)
    , m_texts(texts)
    , m_empty(new EmptyStateWidget(this))
{
    setObjectName(objectName);
    setWidget(m_empty);
    retranslateUi();
}

void PlaceholderDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void PlaceholderDock::retranslateUi()
{
    setWindowTitle(QCoreApplication::translate("Docks", m_texts.title));
    m_empty->setTitle(QCoreApplication::translate("Docks", m_texts.emptyTitle));
    m_empty->setExplanation(QCoreApplication::translate("Docks", m_texts.explanation));
}

} // namespace BuildDeck::Ui
