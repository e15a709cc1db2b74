#include "firstpaintreporter.h"

#include <QCoreApplication>
#include <QEvent>

#include <cstdio>

void FirstPaintReporter::installIfRequested()
{
    if (qEnvironmentVariableIsEmpty("BUILDDECK_REPORT_FIRST_PAINT"))
        return;
    QCoreApplication::instance()->installEventFilter(new FirstPaintReporter(QCoreApplication::instance()));
}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        std::fputs("builddeck: first paint\n", stderr);
        std::fflush(stderr);
        QCoreApplication::instance()->removeEventFilter(this);
        deleteLater();
    }
    return QObject::eventFilter(watched, event);
}
