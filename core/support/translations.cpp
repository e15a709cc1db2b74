#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace BuildDeck {

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *app = QCoreApplication::instance();

    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(app);
    if (translator->load(locale, QStringLiteral("builddeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        qCDebug(lcCore) << "translation" << translator->language() << "installed";
        return translator->language();
    }
    delete translator;
    return QStringLiteral("en");
}

Setting<QString> &languageSetting()
{
    static Setting<QString> setting(QStringLiteral("general/language"), {});
    return setting;
}

QStringList translationLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("builddeck_*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(10, file.size() - 13)); // builddeck_<code>.qm
    languages.sort();
    return languages;
}

} // namespace BuildDeck
