#include "imagerecipe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace BuildDeck::Runtime {

namespace {

const QString mirrorVariable = QStringLiteral("BUILDDECK_DEBIAN_MIRROR");
const QString securityVariable = QStringLiteral("BUILDDECK_DEBIAN_SECURITY_MIRROR");

} // namespace

QStringList ImageRecipe::resolvedSources() const
{
    const QString mirror =
        qEnvironmentVariable(qPrintable(mirrorVariable), QStringLiteral("http://deb.debian.org/debian"));
    const QString security =
        qEnvironmentVariable(qPrintable(securityVariable), QStringLiteral("http://deb.debian.org/debian-security"));
    QStringList lines;
    for (QString line : sources)
        lines.append(
            line.replace(QStringLiteral("${mirror}"), mirror).replace(QStringLiteral("${security}"), security));
    return lines;
}

Result<ImageRecipe> ImageRecipe::load(const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("The image recipe %1 cannot be read: %2").arg(file, input.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(ErrorCode::InvalidArgument, tr("The image recipe %1 is not a JSON object (%2 at offset %3).")
                                                         .arg(file, parseError.errorString())
                                                         .arg(parseError.offset));
    }
    const QJsonObject object = document.object();
    auto invalid = [&](const QString &member, const QString &expected) {
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The image recipe %1: \"%2\" must be %3.").arg(QDir::toNativeSeparators(file), member, expected));
    };

    ImageRecipe recipe;
    recipe.file = file;
    // Image names and Debian words: lower case, digits and a few separators, nothing a shell or a
    // URL would read differently.
    static const QRegularExpression name(QStringLiteral("^[a-z0-9][a-z0-9._/-]*$"));
    static const QRegularExpression tagPattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    const struct
    {
        const char *member;
        QString *target;
        const QRegularExpression &pattern;
        const char *example;
    } words[] = {{"repository", &recipe.repository, name, "builddeck/standard"},
                 {"tag", &recipe.tag, tagPattern, "1.0"},
                 {"suite", &recipe.suite, name, "bookworm"},
                 {"variant", &recipe.variant, name, "minbase"}};
    for (const auto &word : words) {
        const QString member = QString::fromLatin1(word.member);
        *word.target = object.value(member).toString();
        if (!word.pattern.match(*word.target).hasMatch())
            return invalid(member, tr("a name such as \"%1\"").arg(QString::fromLatin1(word.example)));
    }
    const struct
    {
        const char *member;
        QStringList *target;
        bool mayBeEmpty;
    } lists[] = {
        {"sources", &recipe.sources, false}, {"packages", &recipe.packages, true}, {"config", &recipe.config, true}};
    for (const auto &list : lists) {
        const QString member = QString::fromLatin1(list.member);
        const QJsonValue value = object.value(member);
        if (!value.isArray() && !(list.mayBeEmpty && value.isUndefined()))
            return invalid(member, tr("a list of strings"));
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                return invalid(member, tr("a list of strings"));
            list.target->append(item.toString());
        }
        if (list.target->isEmpty() && !list.mayBeEmpty)
            return invalid(member, tr("a list of apt source lines, such as \"deb ${mirror} bookworm main\""));
    }
    static const QRegularExpression packageName(QStringLiteral("^[a-z0-9][a-z0-9+.-]+$")); // Debian Policy 5.6.1
    for (const QString &package : std::as_const(recipe.packages)) {
        if (!packageName.match(package).hasMatch())
            return invalid(QStringLiteral("packages"), tr("a list of Debian package names (not \"%1\")").arg(package));
    }
    return recipe;
}

QString ImageRecipe::defaultFile()
{
    if (const QString fromEnvironment = qEnvironmentVariable("BUILDDECK_IMAGE_RECIPE"); !fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/builddeck/images/standard/image.json");
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return QStringLiteral(BUILDDECK_SOURCE_DIR "/packaging/images/standard/image.json");
}

QString ImageRecipe::defaultImage()
{
    return QStringLiteral(BUILDDECK_DEFAULT_IMAGE);
}

} // namespace BuildDeck::Runtime
