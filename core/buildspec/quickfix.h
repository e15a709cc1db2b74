#pragma once

#include "support/issue.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace BuildDeck::Spec {

// A one-click repair of a buildspec issue where the fix is obvious: a misspelt key replaced by the
// one meant ("prebuild" -> "pre_build"), tabs in indentation replaced by spaces.
struct QuickFix
{
    QString title; // what the fix does, for a menu
    QString text;  // the whole buildspec with the fix applied
};

class QuickFixes final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Spec::QuickFixes)

public:
    // The fix for `issue` in `text`, when there is an obvious one.
    static std::optional<QuickFix> forIssue(const Issue &issue, const QString &text);
};

} // namespace BuildDeck::Spec
