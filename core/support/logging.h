#pragma once

#include <QLoggingCategory>

// Developer diagnostics, one category per subsystem. Enable with QT_LOGGING_RULES, for example
// QT_LOGGING_RULES="builddeck.runtime.docker.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcRuntime)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
