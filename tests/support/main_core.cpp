// Test runner for core tests: a QCoreApplication, then Catch2.
#define CATCH_CONFIG_RUNNER
#include "testenvironment.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const TestEnvironment environment;
    return Catch::Session().run(argc, argv);
}
