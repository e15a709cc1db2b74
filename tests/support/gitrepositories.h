#pragma once

#include "processrunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// Real git repositories made with the git command for the tests: a project with branches, tags,
// a pull request ref and a submodule, served from a path (and so as file:// URLs).
class GitRepositories
{
public:
    GitRepositories()
    {
        git(library(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        write(library(), QStringLiteral("lib.txt"), "library v1\n");
        commit(library(), QStringLiteral("the library"));

        git(project(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        write(project(), QStringLiteral("README"), "first\n");
        commit(project(), QStringLiteral("first"));
        write(project(), QStringLiteral("README"), "second\n");
        commit(project(), QStringLiteral("second"));
        git(project(), {QStringLiteral("tag"), QStringLiteral("v1")});
        git(project(), {QStringLiteral("-c"), QStringLiteral("protocol.file.allow=always"), QStringLiteral("submodule"),
                        QStringLiteral("add"), QStringLiteral("-q"), library(), QStringLiteral("lib")});
        write(project(), QStringLiteral("buildspec.yml"),
              "version: 0.2\nphases:\n  build:\n    commands:\n      - cat README\n      - cat lib/lib.txt\n");
        commit(project(), QStringLiteral("third, with the library"));
        git(project(),
            {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("feature")});
        write(project(), QStringLiteral("README"), "feature\n");
        commit(project(), QStringLiteral("a feature"));
        git(project(), {QStringLiteral("update-ref"), QStringLiteral("refs/pull/7/head"), QStringLiteral("HEAD")});
        git(project(), {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
    }

    QString project() const { return m_root.filePath(QStringLiteral("project")); }
    QString library() const { return m_root.filePath(QStringLiteral("library")); }

    QString revision(const QString &what) const
    {
        return git(project(), {QStringLiteral("rev-parse"), what}).trimmed();
    }

    static QString git(const QString &directory, const QStringList &arguments)
    {
        QDir().mkpath(directory);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
            environment.insert(QString::fromLatin1(name), QStringLiteral("BuildDeck Tests"));
        for (const char *name : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
            environment.insert(QString::fromLatin1(name), QStringLiteral("tests@builddeck.invalid"));
        const ProcessResult result =
            runProgram(QStringLiteral("git"), QStringList{QStringLiteral("-C"), directory} + arguments, environment);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return result.out;
    }

    static void write(const QString &directory, const QString &name, const QByteArray &text)
    {
        QFile file(QDir(directory).filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    static void commit(const QString &directory, const QString &message)
    {
        git(directory, {QStringLiteral("add"), QStringLiteral("-A")});
        git(directory, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
    }

private:
    QTemporaryDir m_root;
};
