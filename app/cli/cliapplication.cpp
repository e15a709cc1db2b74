#include "cliapplication.h"

#include "runtime/enginelocator.h"
#include "support/datadirectory.h"
#include "support/libraryversions.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace BuildDeck;

namespace {

void printTo(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

CliApplication::CliApplication(QStringList arguments)
    : m_arguments(std::move(arguments))
{
    m_verbs = {
        {QStringLiteral("version"), tr("Print the versions of BuildDeck and its libraries as JSON."),
         [this] { return runVersion(); }},
        {QStringLiteral("engine-info"), tr("Print the container engine in use (name, version, API, endpoint) as JSON."),
         [this] { return runEngineInfo(); }},
    };

    m_parser.setApplicationDescription(tr("BuildDeck: AWS CodeBuild builds in local containers, headless."));
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    m_parser.addOption(
        {QStringLiteral("data-dir"), tr("Where projects, builds and logs are kept."), QStringLiteral("dir")});
    m_parser.addOption({QStringLiteral("engine"),
                        tr("Container engine to use: unix:///path/to/engine.sock or tcp://host:port."),
                        QStringLiteral("url")});
    m_parser.addPositionalArgument(QStringLiteral("verb"), tr("What to do; see the list of verbs below."));
}

QString CliApplication::helpText() const
{
    QString text = m_parser.helpText();
    text += QLatin1Char('\n') + tr("Verbs:") + QLatin1Char('\n');
    for (const Verb &verb : m_verbs)
        text += QStringLiteral("  %1  %2\n").arg(verb.name.leftJustified(14), verb.summary);
    return text;
}

int CliApplication::run()
{
    if (!m_parser.parse(m_arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        printTo(stdout, helpText());
        return Success;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no verb given."));
    const QString &verbName = positional.constFirst();
    for (const Verb &verb : std::as_const(m_verbs)) {
        if (verb.name != verbName)
            continue;
        if (positional.size() > 1)
            return usageError(tr("'%1' takes no argument, but '%2' was given.").arg(verbName, positional.at(1)));
        return verb.handler();
    }
    return usageError(tr("unknown verb '%1'.").arg(verbName));
}

int CliApplication::usageError(const QString &reason) const
{
    QStringList names;
    for (const Verb &verb : m_verbs)
        names.append(verb.name);
    printTo(stderr, tr("builddeck-cli: %1\nVerbs: %2. Run 'builddeck-cli --help' for details.\n")
                        .arg(reason, names.join(QStringLiteral(", "))));
    return UsageError;
}

int CliApplication::failure(const QString &message) const
{
    printTo(stderr, QStringLiteral("builddeck-cli: %1\n").arg(message));
    return Failure;
}

void CliApplication::printJson(const QJsonObject &object) const
{
    printTo(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

int CliApplication::runVersion()
{
    QJsonObject object;
    const LibraryVersions versions = libraryVersions();
    object.insert(QStringLiteral("builddeck"), versions.builddeck);
    object.insert(QStringLiteral("qt"), versions.qt);
    object.insert(QStringLiteral("yamlCpp"), versions.yamlCpp);
    object.insert(QStringLiteral("libgit2"), versions.libgit2);
    object.insert(QStringLiteral("libcurl"), versions.libcurl);
    object.insert(QStringLiteral("libarchive"), versions.libarchive);
    const Result<DataDirectory> dataDirectory = DataDirectory::open(m_parser.value(QStringLiteral("data-dir")));
    if (!dataDirectory)
        return failure(dataDirectory.error().message);
    object.insert(QStringLiteral("dataDirectory"), dataDirectory->path());
    printJson(object);
    return Success;
}

int CliApplication::runEngineInfo()
{
    const Result<QList<Runtime::EngineEndpoint>> candidates =
        Runtime::EngineLocator::candidates(m_parser.value(QStringLiteral("engine")));
    if (!candidates)
        return usageError(candidates.error().message);
    const Result<Runtime::EngineInfo> info = Runtime::EngineLocator::probe(*candidates);
    if (!info)
        return failure(info.error().message);
    printJson(info->toJson());
    return Success;
}
