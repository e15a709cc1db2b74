#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "builddeck.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRuntime, "builddeck.runtime.docker", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "builddeck.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "builddeck.cli", QtWarningMsg)
