#include "simplecovparser.h"

#include "linetable.h"
#include "reportvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace BuildDeck::Reports {

namespace {

void addLines(LineTable &table, const QString &file, const QJsonArray &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonValue hits = lines.at(i);
        if (hits.isDouble())
            table.addLine(file, i + 1, hits.toDouble() > 0);
    }
}

void addBranches(LineTable &table, const QString &file, const QJsonValue &branches)
{
    if (branches.isArray()) { // the JSON formatter: [{"type": "then", "start_line": 3, "coverage": 0}, ...]
        const QJsonArray list = branches.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonValue coverage = list.at(i).toObject().value(QLatin1String("coverage"));
            if (coverage.isDouble())
                table.addBranch(file, QString::number(i), coverage.toDouble() > 0);
        }
    } else if (branches.isObject()) { // a result set: {"[:if, 0, 3, 4, 3, 20]": {"[:then, 1, ...]": 0}}
        const QJsonObject conditions = branches.toObject();
        for (auto condition = conditions.begin(); condition != conditions.end(); ++condition) {
            const QJsonObject outcomes = condition.value().toObject();
            for (auto outcome = outcomes.begin(); outcome != outcomes.end(); ++outcome) {
                if (outcome.value().isDouble())
                    table.addBranch(file, condition.key() + QLatin1Char('/') + outcome.key(),
                                    outcome.value().toDouble() > 0);
            }
        }
    }
}

// {file: [...] or {"lines": [...], "branches": ...}}
void addCoverage(LineTable &table, const QJsonObject &coverage, QStringList &warnings)
{
    for (auto entry = coverage.begin(); entry != coverage.end(); ++entry) {
        const QString file = entry.key();
        if (entry.value().isArray()) {
            table.addFile(file);
            addLines(table, file, entry.value().toArray());
        } else if (entry.value().isObject()) {
            const QJsonObject object = entry.value().toObject();
            table.addFile(file);
            addLines(table, file, object.value(QLatin1String("lines")).toArray());
            addBranches(table, file, object.value(QLatin1String("branches")));
        } else {
            ReportValues::addWarning(
                warnings, SimpleCovParser::tr("%1: neither a list of lines nor an object; skipped").arg(file));
        }
    }
}

bool isFormatterOutput(const QJsonObject &top)
{
    if (top.contains(QLatin1String("meta")))
        return true;
    // A result set's command named "coverage" would hold a "coverage" object of its own.
    const QJsonValue coverage = top.value(QLatin1String("coverage"));
    return coverage.isObject() && !coverage.toObject().value(QLatin1String("coverage")).isObject();
}

} // namespace

Result<ParsedReport> SimpleCovParser::parse(const QByteArray &data, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return ReportValues::invalidJson(Spec::ReportFormat::SimpleCov, fileName, data, error);
    const QString expected = tr("expected SimpleCov's JSON ({\"coverage\": {file: ...}}) or a .resultset.json "
                                "({command: {\"coverage\": {file: ...}}})");
    if (!document.isObject())
        return ReportValues::invalid(Spec::ReportFormat::SimpleCov, fileName, 1, 1, expected);

    ParsedReport report;
    LineTable table;
    const QJsonObject top = document.object();
    if (isFormatterOutput(top)) {
        if (!top.value(QLatin1String("coverage")).isObject())
            return ReportValues::invalid(Spec::ReportFormat::SimpleCov, fileName, 1, 1, expected);
        addCoverage(table, top.value(QLatin1String("coverage")).toObject(), report.warnings);
    } else {
        bool anyCommand = false;
        for (auto command = top.begin(); command != top.end(); ++command) {
            const QJsonValue coverage = command.value().toObject().value(QLatin1String("coverage"));
            if (!coverage.isObject()) {
                ReportValues::addWarning(
                    report.warnings, tr("%1: not a command with a \"coverage\" object; skipped").arg(command.key()));
                continue;
            }
            anyCommand = true;
            addCoverage(table, coverage.toObject(), report.warnings);
        }
        if (!anyCommand)
            return ReportValues::invalid(Spec::ReportFormat::SimpleCov, fileName, 1, 1, expected);
    }
    report.files = table.files();
    return report;
}

} // namespace BuildDeck::Reports
