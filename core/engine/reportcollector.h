#pragma once

#include "artifactcollector.h"
#include "buildrecord.h"
#include "secretmasker.h"

#include "buildspec/buildspec.h"
#include "reports/reportstore.h"

#include <QStringList>

namespace BuildDeck::Engine {

// UPLOAD_ARTIFACTS' reports (reference §1.8, §6): each report group of the buildspec reads its raw
// files from the build's files into one report, stored by group. Reports never change the build's
// status: a missing or unreadable file is a line in the log.
class ReportCollector final
{
public:
    // The texts of `group` the build's shell expands: its base-directory.
    static QStringList textsToExpand(const Spec::ReportGroup &group);

    // Makes and stores the report of each group, with `expanded` the shell's values of each group's
    // textsToExpand(); returns the ARNs of the reports stored. The build's secret values in the
    // report files are stored as "***".
    static QStringList collect(const QList<Spec::ReportGroup> &groups, const QStringList &expanded,
                               const ArtifactCollector::Files &files, const BuildRecord &record, const QString &region,
                               Reports::ReportStore &store, const SecretMasker &secrets, QStringList &log);
};

} // namespace BuildDeck::Engine
