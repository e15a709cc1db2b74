// Test runner for GUI tests: offscreen unless the environment chose a platform, a QApplication,
// isolated settings, then Catch2.
#define CATCH_CONFIG_RUNNER
#include "testenvironment.h"

#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const TestEnvironment environment;
    return Catch::Session().run(argc, argv);
}
