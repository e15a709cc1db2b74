#pragma once

#include <QTemporaryDir>

// What every test process shares: the application's identity, and settings, data and
// QStandardPaths locations in a temporary directory, so tests never touch the user's files.
class TestEnvironment final
{
public:
    TestEnvironment();
    ~TestEnvironment();
    TestEnvironment(const TestEnvironment &) = delete;
    TestEnvironment &operator=(const TestEnvironment &) = delete;

    static QString root();

private:
    QTemporaryDir m_root;
};
