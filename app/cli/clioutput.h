#pragma once

#include "history/database.h"
#include "support/issue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What builddeck-cli says: JSON for programs on stdout, messages for people on stderr, and the
// exit status (0 success, 1 failure, 2 bad usage or input).
namespace CliOutput {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

void printOut(const QString &text);
void printErr(const QString &text);
void printJson(const QJsonObject &object);
// "builddeck-cli: MESSAGE" on stderr; returns `code`.
int fail(const QString &message, int code = Failure);
// Each issue on stderr as "builddeck-cli: error|warning: PATH: message (suggestion)".
void printIssues(const QList<BuildDeck::Issue> &issues);
// The database of the data directory `dataDir` (empty: the default one); says why not and gives
// nothing when it cannot be opened.
std::optional<BuildDeck::History::Database> openDatabase(const QString &dataDir);
// The JSON an option gives, as the AWS CLI takes it: the text itself or file://PATH. Says what is
// wrong, naming `option` ("--cli-input-json"), and gives nothing when it is not JSON.
std::optional<QJsonDocument> readJsonOption(const QString &option, const QString &value);

} // namespace CliOutput
