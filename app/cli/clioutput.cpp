#include "clioutput.h"

#include "support/datadirectory.h"

#include <QJsonDocument>

#include <cstdio>

namespace CliOutput {

namespace {

void printTo(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printOut(const QString &text)
{
    printTo(stdout, text);
}

void printErr(const QString &text)
{
    printTo(stderr, text);
}

void printJson(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

int fail(const QString &message, int code)
{
    printErr(QStringLiteral("builddeck-cli: %1\n").arg(message));
    return code;
}

void printIssues(const QList<BuildDeck::Issue> &issues)
{
    for (const BuildDeck::Issue &issue : issues) {
        QString line = QStringLiteral("builddeck-cli: %1: %2").arg(issue.severityName(), issue.message);
        if (!issue.suggestion.isEmpty())
            line += QStringLiteral(" (%1)").arg(issue.suggestion);
        printErr(line + QLatin1Char('\n'));
    }
}

} // namespace CliOutput

std::optional<BuildDeck::History::Database> CliOutput::openDatabase(const QString &dataDir)
{
    const BuildDeck::Result<BuildDeck::DataDirectory> directory = BuildDeck::DataDirectory::open(dataDir);
    if (!directory) {
        fail(directory.error().message);
        return std::nullopt;
    }
    BuildDeck::Result<BuildDeck::History::Database> database = BuildDeck::History::Database::open(directory->path());
    if (!database) {
        fail(database.error().message);
        return std::nullopt;
    }
    return std::move(database).value();
}
