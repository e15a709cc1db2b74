#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace BuildDeck::Ui {

// Tells the user, without blocking, that `what` failed and why.
class FailureMessage final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Ui::FailureMessage)

public:
    static void show(QWidget *parent, const QString &what, const QString &reason);
};

} // namespace BuildDeck::Ui
