#include "emptystatewidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_explanation->setObjectName(QStringLiteral("emptyStateExplanation"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addStretch();
}

void EmptyStateWidget::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyStateWidget::setExplanation(const QString &explanation)
{
    m_explanation->setText(explanation);
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

QString EmptyStateWidget::explanation() const
{
    return m_explanation->text();
}

} // namespace BuildDeck::Ui
