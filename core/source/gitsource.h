#pragma once

#include "support/result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace BuildDeck::Source {

// What a git server may ask for: a user and a password or token (HTTPS), or an SSH key (a file,
// with its passphrase; none: ssh-agent). Never logged, never stored by this class.
struct GitCredential
{
    QString username;
    QString secret;     // the password or token; for an SSH key file, its passphrase
    QString sshKeyFile; // empty: HTTPS, or SSH through ssh-agent
};

// What a checkout reports and how it is stopped.
struct GitCallbacks
{
    std::function<void(const QString &line)> log;                               // progress, for the build log
    std::function<std::optional<GitCredential>(const QString &url)> credential; // may be empty
    const std::atomic_bool *cancel = nullptr;
};

// Git sources with libgit2 (ARCHITECTURE §5): a bare mirror per URL under the data directory,
// fetched on each build so that later builds fetch only what is new (this is the
// LOCAL_SOURCE_CACHE), and a working tree with its .git made from the mirror for each build.
// Any URL libgit2 can clone works: https://, ssh://, file:// and plain paths.
class GitSource final
{
    Q_DECLARE_TR_FUNCTIONS(BuildDeck::Source::GitSource)

public:
    // A clone depth of 0, none, or more than this means the whole history (reference §4).
    static constexpr int maxShallowDepth = 25;

    explicit GitSource(QString dataDirectory);

    // Where the mirror of `url` lives.
    QString mirrorPath(const QString &url) const;

    // Brings the mirror of `url` up to date (cloning it the first time) and returns the commit id
    // `version` names: a branch, a tag, a full or short commit id, "refs/...", "pr/<n>" (GitHub's
    // refs/pull/<n>/head), or empty for the default branch.
    Result<QString> fetch(const QString &url, const QString &version, const GitCallbacks &callbacks);

    // Writes the working tree of `commit` with its .git into `directory` (which must not exist):
    // the whole history, or the last `depth` commits (1 to maxShallowDepth); submodules too,
    // recursively, when asked. The branch `version` names is checked out as that branch; any other
    // version leaves HEAD detached at the commit. The remote origin is `url`.
    Result<void> checkout(const QString &url, const QString &version, const QString &commit, const QString &directory,
                          int depth, bool submodules, const GitCallbacks &callbacks);

    // "github.com/owner/repo" for a URL of a hosted repository, as CodeBuild places its source
    // (reference §3.1); empty for a local path or file:// URL.
    static QString hostedPath(const QString &url);
    // The host of a URL ("github.com", also for "git@github.com:owner/repo"); a local path's is empty.
    static QString host(const QString &url);

private:
    QString m_dataDirectory;
};

} // namespace BuildDeck::Source
