#include "buildspec.h"

namespace BuildDeck::Spec {

namespace {

const QList<QPair<ReportFormat, QString>> &formats()
{
    static const QList<QPair<ReportFormat, QString>> table{
        {ReportFormat::JunitXml, QStringLiteral("JUNITXML")},
        {ReportFormat::CucumberJson, QStringLiteral("CUCUMBERJSON")},
        {ReportFormat::TestNgXml, QStringLiteral("TESTNGXML")},
        {ReportFormat::VisualStudioTrx, QStringLiteral("VISUALSTUDIOTRX")},
        {ReportFormat::NunitXml, QStringLiteral("NUNITXML")},
        {ReportFormat::Nunit3Xml, QStringLiteral("NUNIT3XML")},
        {ReportFormat::CloverXml, QStringLiteral("CLOVERXML")},
        {ReportFormat::CoberturaXml, QStringLiteral("COBERTURAXML")},
        {ReportFormat::JacocoXml, QStringLiteral("JACOCOXML")},
        {ReportFormat::SimpleCov, QStringLiteral("SIMPLECOV")},
        {ReportFormat::Lcov, QStringLiteral("LCOV")},
    };
    return table;
}

} // namespace

QList<QPair<QString, const Phase *>> BuildSpec::phases() const
{
    return {
        {QStringLiteral("install"), &install},
        {QStringLiteral("pre_build"), &preBuild},
        {QStringLiteral("build"), &build},
        {QStringLiteral("post_build"), &postBuild},
    };
}

QString reportFormatName(ReportFormat format)
{
    for (const auto &[value, name] : formats()) {
        if (value == format)
            return name;
    }
    return {};
}

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    for (const auto &[value, known] : formats()) {
        if (known.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QStringList reportFormatNames()
{
    QStringList names;
    for (const auto &entry : formats())
        names.append(entry.second);
    return names;
}

} // namespace BuildDeck::Spec
