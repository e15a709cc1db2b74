#pragma once

#include "secretstore.h"

#include "project/project.h"

#include <QHash>
#include <QStringList>

namespace BuildDeck::Secrets {

// Which projects use which parameter, secret and git credential: their environment variables of
// type PARAMETER_STORE and SECRETS_MANAGER, their inline buildspecs' env, and their git hosts.
class SecretUsage final
{
public:
    static QHash<QString, QStringList> of(const QList<Projects::Project> &projects);
    // The key of `of()`'s answer for a stored entry.
    static QString key(SecretKind kind, const QString &name);
};

} // namespace BuildDeck::Secrets
