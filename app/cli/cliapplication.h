#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class BuildCommands;
class ProjectCommands;
class ReportCommands;
class SecretCommands;

// builddeck-cli: the engine headless, with the AWS CLI's verbs and JSON shapes. JSON goes to
// stdout, messages for people to stderr. Exit status: 0 success, 1 failure, 2 usage error.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    explicit CliApplication(QStringList arguments);
    ~CliApplication();
    int run();

private:
    struct Verb
    {
        QString name;
        QString arguments; // as shown in the help, e.g. "FILE|-"
        QString summary;
        int argumentCount = 0; // positional arguments after the verb, or anyNumber
        std::function<int(const QStringList &)> handler;
        bool hidden = false; // not listed in --help (the build worker's own verb)
    };

    int runVersion();
    int runEngineInfo();
    int runValidateBuildspec(const QString &file);

    static constexpr int anyNumber = -1;

    int usageError(const QString &reason) const;
    QString helpText() const;
    QString value(const char *option) const;
    ProjectCommands &projects();
    SecretCommands &secrets();
    ReportCommands &reports();
    BuildCommands &builds();
    int startBuild(const QStringList &arguments);

    QStringList m_arguments;
    QCommandLineParser m_parser;
    QList<Verb> m_verbs;
    std::unique_ptr<ProjectCommands> m_projects;
    std::unique_ptr<SecretCommands> m_secrets;
    std::unique_ptr<ReportCommands> m_reports;
    std::unique_ptr<BuildCommands> m_builds;
};
