#include "testenvironment.h"

#include "support/applicationidentity.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace {
QString g_root;
}

TestEnvironment::TestEnvironment()
{
    BuildDeck::setApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    g_root = m_root.path();
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, g_root + QStringLiteral("/settings"));
    qputenv("BUILDDECK_DATA_DIR", QString(g_root + QStringLiteral("/data")).toLocal8Bit());
}

TestEnvironment::~TestEnvironment()
{
    g_root.clear();
}

QString TestEnvironment::root()
{
    return g_root;
}
