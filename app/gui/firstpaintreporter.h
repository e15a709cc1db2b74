#pragma once

#include <QObject>

// With BUILDDECK_REPORT_FIRST_PAINT set, says "builddeck: first paint" on standard error when the
// application first paints a widget, for the start-up benchmark (bench/startup_bench.cpp).
class FirstPaintReporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintReporter)

public:
    using QObject::QObject;

    // Watches the application when the environment asks for it.
    static void installIfRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
