#include "failuremessage.h"

#include <QMessageBox>

namespace BuildDeck::Ui {

void FailureMessage::show(QWidget *parent, const QString &what, const QString &reason)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("BuildDeck"), tr("%1 failed.").arg(what), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("failureMessage"));
    box->setInformativeText(reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace BuildDeck::Ui
