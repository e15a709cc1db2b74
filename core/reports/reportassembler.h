#pragma once

#include "report.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace BuildDeck::Reports {

// One report made from the raw files a report group found (reference §6): the cases of every
// file, or the coverage of every file merged, its status and summary, and CodeBuild's limits
// (at most 500 cases kept, failures first; names 1000 and messages 5000 characters). A file that
// is not in the group's format is a warning in the log, never a failure of the build.
class ReportAssembler final
{
public:
    static constexpr int maxTestCases = 500;
    static constexpr int maxNameLength = 1000;
    static constexpr int maxMessageLength = 5000;

    explicit ReportAssembler(Spec::ReportFormat format);

    // Reads one raw file; `rawPath` is where it was in the build, for testRawDataPath.
    void add(const QString &rawPath, const QByteArray &data);

    // The report (its identity and times left to the caller), with what to store of it.
    struct Assembled
    {
        ReportRecord record;
        QList<StoredTestCase> testCases;
        QList<FileCoverage> files;
    };
    Assembled finish() const;

    // The agent's lines about the files read so far (English, as the rest of the build log).
    const QStringList &log() const { return m_log; }

private:
    Spec::ReportFormat m_format;
    ReportType m_type;
    QList<StoredTestCase> m_cases;
    QList<FileCoverage> m_files;
    int m_filesRead = 0;
    QStringList m_log;
};

} // namespace BuildDeck::Reports
