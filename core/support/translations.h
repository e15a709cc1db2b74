#pragma once

#include <QString>

namespace BuildDeck {

// Installs the translators for BuildDeck's own strings and Qt's, for `language` (a locale name such
// as "de" or "fr_FR"), or for the system locale when it is empty. Returns the language in effect
// ("en" when no translation matched).
QString installTranslations(const QString &language = {});

} // namespace BuildDeck
