#include "reportcollector.h"

#include "artifacts/artifactselection.h"
#include "reports/reportassembler.h"

#include <QDir>
#include <QFile>
#include <QUuid>

namespace BuildDeck::Engine {

QStringList ReportCollector::textsToExpand(const Spec::ReportGroup &group)
{
    return {group.baseDirectory};
}

QStringList ReportCollector::collect(const QList<Spec::ReportGroup> &groups, const QStringList &expanded,
                                     const ArtifactCollector::Files &files, const BuildRecord &record,
                                     const QString &region, Reports::ReportStore &store, const SecretMasker &secrets,
                                     QStringList &log)
{
    QStringList arns;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const Spec::ReportGroup &group = groups.at(i);
        const QString name = Reports::reportGroupName(group.name, record.projectName);
        const Spec::ReportFormat format = group.fileFormat.value_or(Spec::ReportFormat::JunitXml);
        log << QStringLiteral("Preparing to upload report group %1 (%2)").arg(name, Spec::reportFormatName(format));

        Spec::ArtifactSet set;
        set.files = group.files;
        set.baseDirectory = expanded.value(i);
        const Result<ArtifactCollector::Tree> tree = ArtifactCollector::treeFor(set, files);
        Result<Artifacts::Selection> selection = tree ? Artifacts::ArtifactSelection::select(tree->directory, tree->set)
                                                      : Result<Artifacts::Selection>(tree.error());
        if (!selection) {
            log << QStringLiteral("Report group %1: %2").arg(name, selection.error().message);
            continue;
        }
        if (selection->files.isEmpty()) {
            log << QStringLiteral("Report group %1: no matching report paths found").arg(name);
            continue;
        }
        Reports::ReportAssembler assembler(format);
        for (const Artifacts::SelectedFile &file : std::as_const(selection->files)) {
            QFile raw(QDir(tree->directory).filePath(file.source));
            const QString rawPath = QDir(tree->containerDirectory).filePath(file.source);
            if (!raw.open(QIODevice::ReadOnly)) {
                log << QStringLiteral("Skipping report file %1: %2").arg(rawPath, raw.errorString());
                continue;
            }
            assembler.add(rawPath, secrets.isEmpty() ? raw.readAll() : secrets.masked(raw.readAll()));
        }
        log << assembler.log();
        Reports::ReportAssembler::Assembled made = assembler.finish();
        Reports::ReportRecord &report = made.record;
        report.groupName = name;
        report.groupArn = Reports::reportGroupArn(name, region);
        report.arn = QStringLiteral("arn:aws:codebuild:%1:000000000000:report/%2:%3")
                         .arg(region, name, QUuid::createUuid().toString(QUuid::WithoutBraces));
        report.buildId = record.id;
        report.executionId = record.arn(region);
        report.created = QDateTime::currentDateTimeUtc();
        for (Reports::StoredTestCase &testCase : made.testCases)
            testCase.reportArn = report.arn;
        if (const Result<void> stored = store.add(report, record.projectName, made.testCases, made.files); !stored) {
            log << QStringLiteral("Report group %1: the report cannot be stored: %2").arg(name, stored.error().message);
            continue;
        }
        if (report.testSummary) {
            log << QStringLiteral("Report group %1: %2 test case(s), %3 succeeded, %4 failed, %5 skipped; status %6")
                       .arg(name)
                       .arg(report.testSummary->total)
                       .arg(report.testSummary->count(QStringLiteral("SUCCEEDED")))
                       .arg(report.testSummary->count(QStringLiteral("FAILED")) +
                            report.testSummary->count(QStringLiteral("ERROR")))
                       .arg(report.testSummary->count(QStringLiteral("SKIPPED")))
                       .arg(report.status);
        } else if (report.coverageSummary) {
            log << QStringLiteral("Report group %1: line coverage %2%, branch coverage %3% in %4 file(s); status %5")
                       .arg(name)
                       .arg(report.coverageSummary->lineCoveragePercentage(), 0, 'f', 1)
                       .arg(report.coverageSummary->branchCoveragePercentage(), 0, 'f', 1)
                       .arg(made.files.size())
                       .arg(report.status);
        }
        arns.append(report.arn);
    }
    return arns;
}

} // namespace BuildDeck::Engine
