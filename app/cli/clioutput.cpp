#include "clioutput.h"

#include "support/datadirectory.h"

#include <QCoreApplication>
#include <QFile>
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

std::optional<QJsonDocument> CliOutput::readJsonOption(const QString &option, const QString &value)
{
    QByteArray text = value.toUtf8();
    if (value.startsWith(QStringLiteral("file://"))) {
        QFile file(value.mid(7));
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QCoreApplication::translate("CliOutput", "%1: cannot read %2: %3")
                     .arg(option, file.fileName(), file.errorString()),
                 UsageError);
            return std::nullopt;
        }
        text = file.readAll();
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        fail(QCoreApplication::translate("CliOutput", "%1: not valid JSON at character %2: %3")
                 .arg(option)
                 .arg(error.offset)
                 .arg(error.errorString()),
             UsageError);
        return std::nullopt;
    }
    return document;
}
