#include "cucumberparser.h"

#include "reportvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace BuildDeck::Reports {

namespace {

// What the results of one scenario add up to.
struct Outcome
{
    bool failed = false;
    bool skipped = false;
    bool other = false;
    double duration = 0; // in the file's unit
    QString message;
};

// The largest duration below which a whole file is taken to be in milliseconds.
constexpr double MillisecondThreshold = 1000;

class Scenarios
{
public:
    explicit Scenarios(ParsedReport &report)
        : m_report(report)
    {
    }

    void addFeature(const QJsonObject &feature)
    {
        const QString name = feature.value(QLatin1String("name")).toString();
        const QString uri = feature.value(QLatin1String("uri")).toString();
        QJsonArray background;
        for (const QJsonValue &value : feature.value(QLatin1String("elements")).toArray()) {
            const QJsonObject element = value.toObject();
            const QString type = element.value(QLatin1String("type")).toString().toLower();
            const QString keyword = element.value(QLatin1String("keyword")).toString().trimmed().toLower();
            if (type == u"background" || (type.isEmpty() && keyword == u"background")) {
                background = element.value(QLatin1String("steps")).toArray();
            } else if (type == u"scenario" || type.isEmpty()) {
                addScenario(element, background, name, uri.isEmpty() ? name : uri);
                background = {};
            }
        }
    }

    // Scales the durations once the whole file is seen.
    void finish()
    {
        const bool milliseconds = m_anyDuration && m_largestDuration < MillisecondThreshold;
        if (milliseconds)
            ReportValues::addWarning(
                m_report.warnings,
                CucumberParser::tr("every duration in the file is below 1000, too short for nanoseconds; "
                                   "they are read as milliseconds, as cucumber-js 2 and 3 wrote them"));
        const double toSeconds = milliseconds ? 1e-3 : 1e-9;
        for (qsizetype i = 0; i < m_report.testCases.size(); ++i)
            m_report.testCases[i].durationInNanoSeconds = ReportValues::nanoseconds(m_durations.at(i) * toSeconds);
    }

private:
    void addScenario(const QJsonObject &scenario, const QJsonArray &background, const QString &feature,
                     const QString &suite)
    {
        Outcome outcome;
        addHooks(outcome, scenario.value(QLatin1String("before")).toArray());
        addSteps(outcome, background);
        addSteps(outcome, scenario.value(QLatin1String("steps")).toArray());
        addHooks(outcome, scenario.value(QLatin1String("after")).toArray());
        TestCase test;
        test.prefix = feature;
        test.name = scenario.value(QLatin1String("name")).toString();
        test.testSuiteName = suite;
        test.status = outcome.failed    ? Status::Failed
                      : outcome.skipped ? Status::Skipped
                      : outcome.other   ? Status::Unknown
                                        : Status::Succeeded;
        test.message = ReportValues::clipped(outcome.message);
        m_report.testCases.append(test);
        m_durations.append(outcome.duration);
    }

    void addSteps(Outcome &outcome, const QJsonArray &steps)
    {
        for (const QJsonValue &value : steps) {
            const QJsonObject step = value.toObject();
            addHooks(outcome, step.value(QLatin1String("before")).toArray());
            addResult(outcome, step.value(QLatin1String("result")).toObject());
            addHooks(outcome, step.value(QLatin1String("after")).toArray());
        }
    }

    void addHooks(Outcome &outcome, const QJsonArray &hooks)
    {
        for (const QJsonValue &hook : hooks)
            addResult(outcome, hook.toObject().value(QLatin1String("result")).toObject());
    }

    void addResult(Outcome &outcome, const QJsonObject &result)
    {
        if (result.isEmpty())
            return;
        const QString status = result.value(QLatin1String("status")).toString().toLower();
        if (status == u"failed" || status == u"ambiguous") {
            if (!outcome.failed)
                outcome.message = ReportValues::tidied(result.value(QLatin1String("error_message")).toString());
            outcome.failed = true;
        } else if (status == u"skipped" || status == u"pending" || status == u"undefined") {
            outcome.skipped = true;
        } else if (status != u"passed") {
            outcome.other = true;
        }
        const double duration = result.value(QLatin1String("duration")).toDouble();
        if (duration > 0) {
            outcome.duration += duration;
            m_anyDuration = true;
            m_largestDuration = std::max(m_largestDuration, duration);
        }
    }

    ParsedReport &m_report;
    QList<double> m_durations; // per case, in the file's unit
    bool m_anyDuration = false;
    double m_largestDuration = 0;
};

} // namespace

Result<ParsedReport> CucumberParser::parse(const QByteArray &data, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return ReportValues::invalidJson(Spec::ReportFormat::CucumberJson, fileName, data, error);
    if (!document.isArray())
        return ReportValues::invalid(Spec::ReportFormat::CucumberJson, fileName, 1, 1,
                                     tr("expected a JSON array of features"));
    ParsedReport report;
    Scenarios scenarios(report);
    const QJsonArray features = document.array();
    for (qsizetype i = 0; i < features.size(); ++i) {
        if (!features.at(i).isObject()) {
            ReportValues::addWarning(report.warnings,
                                     tr("feature %1: not a JSON object, so it was left out").arg(i + 1));
            continue;
        }
        scenarios.addFeature(features.at(i).toObject());
    }
    scenarios.finish();
    return report;
}

} // namespace BuildDeck::Reports
