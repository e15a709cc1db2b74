#pragma once

#include "setting.h"

#include <QString>
#include <QStringList>

namespace BuildDeck {

// Installs the translators for BuildDeck's own strings and Qt's, for `language` (a locale name such
// as "de" or "fr_FR"), or for the system locale when it is empty. Returns the language in effect
// ("en" when no translation matched).
QString installTranslations(const QString &language = {});

// The language the user chose in Settings: a code such as "de", "en" for English, empty for the
// system's.
Setting<QString> &languageSetting();

// The languages BuildDeck has a translation for, besides English ("de", ...).
QStringList translationLanguages();

} // namespace BuildDeck
