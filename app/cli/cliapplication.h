#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

// builddeck-cli: the engine headless, with the AWS CLI's verbs and JSON shapes. JSON goes to
// stdout, messages for people to stderr. Exit status: 0 success, 1 failure, 2 usage error.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

    explicit CliApplication(QStringList arguments);
    int run();

private:
    struct Verb
    {
        QString name;
        QString arguments; // as shown in the help, e.g. "FILE|-"
        QString summary;
        int argumentCount = 0;
        std::function<int(const QStringList &)> handler;
    };

    int runVersion();
    int runEngineInfo();
    int runValidateBuildspec(const QString &file);

    int usageError(const QString &reason) const;
    int failure(const QString &message) const;
    void printJson(const QJsonObject &object) const;
    QString helpText() const;

    QStringList m_arguments;
    QCommandLineParser m_parser;
    QList<Verb> m_verbs;
};
