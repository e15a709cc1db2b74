#pragma once

#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

// Test data: the project's own fixtures and the shared corpus of real buildspecs.

inline QString testDataDir()
{
    return QStringLiteral(BUILDDECK_SOURCE_DIR "/tests/data");
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline QStringList filesIn(const QString &directory, const QStringList &patterns)
{
    QStringList paths;
    const QDir dir(directory);
    for (const QString &name : dir.entryList(patterns, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

// BUILDDECK_CORPUS_DIR, else ../shared/corpus beside the project. Empty when it is absent on a
// developer machine (with a WARN); under CI=true its absence fails the test.
inline QString corpusDir()
{
    QString dir = qEnvironmentVariable("BUILDDECK_CORPUS_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(BUILDDECK_SOURCE_DIR "/../shared/corpus");
    if (QDir(dir).exists())
        return QDir(dir).canonicalPath();
    if (qEnvironmentVariable("CI") == QStringLiteral("true"))
        FAIL("The corpus is missing at " << dir.toStdString() << "; CI must have it (set BUILDDECK_CORPUS_DIR)");
    WARN("Skipped: no corpus at " << dir.toStdString() << " (set BUILDDECK_CORPUS_DIR)");
    return {};
}
