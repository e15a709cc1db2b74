#include "gitsource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <git2.h>

#include <memory>

namespace BuildDeck::Source {

namespace {

// libgit2 objects freed with their own functions.
template <typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *object) const { Free(object); }
};
using Repository = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using Remote = std::unique_ptr<git_remote, Deleter<git_remote, git_remote_free>>;
using Object = std::unique_ptr<git_object, Deleter<git_object, git_object_free>>;
using Commit = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using Tree = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using Reference = std::unique_ptr<git_reference, Deleter<git_reference, git_reference_free>>;
using Odb = std::unique_ptr<git_odb, Deleter<git_odb, git_odb_free>>;
using OdbObject = std::unique_ptr<git_odb_object, Deleter<git_odb_object, git_odb_object_free>>;
using Submodule = std::unique_ptr<git_submodule, Deleter<git_submodule, git_submodule_free>>;

void initialise()
{
    static const bool done = [] {
        git_libgit2_init();
        return true;
    }();
    (void)done;
}

QString lastError()
{
    const git_error *error = git_error_last();
    return error && error->message ? QString::fromUtf8(error->message).trimmed() : QString();
}

QString oidText(const git_oid &oid)
{
    char text[GIT_OID_HEXSZ + 1];
    git_oid_tostr(text, sizeof text, &oid);
    return QString::fromLatin1(text);
}

// The URL with any password left out, for messages.
QString shown(const QString &url)
{
    const QUrl parsed(url);
    return parsed.isValid() && !parsed.password().isEmpty() ? parsed.toString(QUrl::RemovePassword) : url;
}

// What libgit2's callbacks need: the caller's callbacks, and what was tried, for the error message.
struct Session
{
    const GitCallbacks *callbacks = nullptr;
    QString url;
    QString triedCredential; // "a user and token", "an SSH key from ssh-agent", ...
    int attempts = 0;
    QElapsedTimer sinceProgress;
    int lastPercent = -1;
};

int credentialCallback(git_credential **out, const char *url, const char *userFromUrl, unsigned int allowed,
                       void *payload)
{
    auto *session = static_cast<Session *>(payload);
    // libgit2 asks again after a refusal: one try per kind, then the error says what was tried.
    if (++session->attempts > 1)
        return GIT_EAUTH;
    std::optional<GitCredential> credential;
    if (session->callbacks->credential)
        credential = session->callbacks->credential(QString::fromUtf8(url));
    const QByteArray user = credential && !credential->username.isEmpty() ? credential->username.toUtf8()
                            : userFromUrl                                 ? QByteArray(userFromUrl)
                                                                          : QByteArray("git");
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        if (credential && !credential->sshKeyFile.isEmpty()) {
            session->triedCredential = GitSource::tr("the SSH key %1").arg(credential->sshKeyFile);
            return git_credential_ssh_key_new(out, user.constData(), nullptr,
                                              QFile::encodeName(credential->sshKeyFile).constData(),
                                              credential->secret.toUtf8().constData());
        }
        session->triedCredential = GitSource::tr("the keys of ssh-agent");
        return git_credential_ssh_key_from_agent(out, user.constData());
    }
    if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
        if (!credential) {
            session->triedCredential = GitSource::tr("no credential (none is kept for this host)");
            return GIT_PASSTHROUGH;
        }
        session->triedCredential = GitSource::tr("the user %1 with a password or token").arg(QString::fromUtf8(user));
        return git_credential_userpass_plaintext_new(out, user.constData(), credential->secret.toUtf8().constData());
    }
    if (allowed & GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, user.constData());
    return GIT_PASSTHROUGH;
}

int transferCallback(const git_indexer_progress *stats, void *payload)
{
    auto *session = static_cast<Session *>(payload);
    if (session->callbacks->cancel && session->callbacks->cancel->load())
        return -1;
    if (!session->callbacks->log || stats->total_objects == 0)
        return 0;
    const int percent = int(100 * stats->received_objects / stats->total_objects);
    const bool done = stats->received_objects == stats->total_objects;
    // A line every ten percent or every two seconds, and one at the end.
    if ((percent / 10 != session->lastPercent / 10 || session->sinceProgress.elapsed() > 2000 || done) &&
        percent != session->lastPercent) {
        session->lastPercent = percent;
        session->sinceProgress.restart();
        session->callbacks->log(GitSource::tr("Receiving objects: %1% (%2/%3), %4 KiB")
                                    .arg(percent)
                                    .arg(stats->received_objects)
                                    .arg(stats->total_objects)
                                    .arg(stats->received_bytes / 1024));
    }
    return 0;
}

void prepare(git_remote_callbacks &callbacks, Session &session)
{
    callbacks.credentials = credentialCallback;
    callbacks.transfer_progress = transferCallback;
    callbacks.payload = &session;
    session.sinceProgress.start();
}

// The error of a failed fetch: the URL and what was tried, never a secret.
Error fetchError(const Session &session, int code)
{
    if (session.callbacks->cancel && session.callbacks->cancel->load())
        return makeError(ErrorCode::Cancelled, GitSource::tr("Fetching %1 was stopped.").arg(shown(session.url)));
    QString message = GitSource::tr("git could not fetch %1: %2").arg(shown(session.url), lastError());
    if (code == GIT_EAUTH || !session.triedCredential.isEmpty())
        message += QLatin1Char(' ') +
                   GitSource::tr("(credential tried: %1)")
                       .arg(session.triedCredential.isEmpty() ? GitSource::tr("none") : session.triedCredential);
    return makeError(code == GIT_EAUTH ? ErrorCode::Unavailable : ErrorCode::Remote, message);
}

Error gitError(const QString &what)
{
    return makeError(ErrorCode::Io, GitSource::tr("%1 failed: %2").arg(what, lastError()));
}

bool referenceExists(git_repository *repository, const QString &name)
{
    git_reference *found = nullptr;
    if (git_reference_lookup(&found, repository, name.toUtf8().constData()) != 0)
        return false;
    git_reference_free(found);
    return true;
}

// "pr/25" -> 25, else 0.
int pullRequest(const QString &version)
{
    if (!version.startsWith(QStringLiteral("pr/")))
        return 0;
    bool number = false;
    const int value = version.mid(3).toInt(&number);
    return number && value > 0 ? value : 0;
}

} // namespace

GitSource::GitSource(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory))
{
    initialise();
}

QString GitSource::mirrorPath(const QString &url) const
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(m_dataDirectory).filePath(QStringLiteral("git/%1.git").arg(QString::fromLatin1(hash)));
}

QString GitSource::host(const QString &url)
{
    const QString hosted = hostedPath(url);
    if (!hosted.isEmpty())
        return hosted.section(QLatin1Char('/'), 0, 0);
    return QUrl(url).host();
}

QString GitSource::hostedPath(const QString &url)
{
    const QUrl parsed(url);
    QString host = parsed.host();
    QString path = parsed.path();
    // scp-like "git@github.com:owner/repo.git"
    if (parsed.scheme().isEmpty() && url.contains(QLatin1Char(':')) && !url.startsWith(QLatin1Char('/'))) {
        const qsizetype at = url.indexOf(QLatin1Char('@'));
        const qsizetype colon = url.indexOf(QLatin1Char(':'));
        host = url.mid(at + 1, colon - at - 1);
        path = url.mid(colon + 1);
    }
    if (host.isEmpty() || parsed.scheme() == QStringLiteral("file"))
        return {};
    if (path.endsWith(QStringLiteral(".git")))
        path.chop(4);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path.isEmpty() ? QString() : host + QLatin1Char('/') + path;
}

namespace {

// A repository given as a local path (or a file:// URL) has its objects copied into a new mirror
// before the first fetch, as `git clone` does with a local path: the fetch then finds every
// object there and only writes the references, where libgit2's local transport would build a
// pack object by object. A repository whose history is not all in its own object directory
// (shallow, partial, or borrowing through alternates) is left to the fetch.
void seedFromLocal(const QString &url, git_repository *mirror, const std::atomic_bool *cancel)
{
    const QString path = url.startsWith(QStringLiteral("file://")) ? QUrl(url).toLocalFile() : url;
    if (!QDir::isAbsolutePath(path) || !QFileInfo(path).isDir())
        return;
    git_repository *opened = nullptr;
    if (git_repository_open_ext(&opened, QFile::encodeName(path).constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) !=
        0)
        return;
    const Repository source(opened);
    const QDir common(QFile::decodeName(git_repository_commondir(source.get())));
    const QDir objects(common.filePath(QStringLiteral("objects")));
    if (git_repository_is_shallow(source.get()) || objects.exists(QStringLiteral("info/alternates")) ||
        !QDir(objects.filePath(QStringLiteral("pack"))).entryList({QStringLiteral("*.promisor")}).isEmpty())
        return;
    const QDir target(QFile::decodeName(git_repository_path(mirror)) + QStringLiteral("objects"));
    static const QRegularExpression wanted(
        QStringLiteral("^(pack/pack-[0-9a-f]+\\.(pack|idx)|[0-9a-f]{2}/[0-9a-f]{38})$"));
    QDirIterator files(objects.path(), QDir::Files, QDirIterator::Subdirectories);
    // Index files last: a pack is only used once its index is there.
    QStringList indexes;
    while (files.hasNext() && !(cancel && *cancel)) {
        const QString relative = objects.relativeFilePath(files.next());
        if (!wanted.match(relative).hasMatch())
            continue;
        if (relative.endsWith(QStringLiteral(".idx")))
            indexes.append(relative);
        else if (!QFileInfo::exists(target.filePath(relative)) && target.mkpath(QFileInfo(relative).path()))
            QFile::copy(objects.filePath(relative), target.filePath(relative));
    }
    for (const QString &relative : std::as_const(indexes)) {
        if (!QFileInfo::exists(target.filePath(relative)))
            QFile::copy(objects.filePath(relative), target.filePath(relative));
    }
    // Objects are read-only, and the data directory's files are the user's alone.
    QDirIterator copied(target.path(), QDir::Files, QDirIterator::Subdirectories);
    while (copied.hasNext())
        QFile::setPermissions(copied.next(), QFileDevice::ReadOwner);
}

} // namespace

Result<QString> GitSource::fetch(const QString &url, const QString &version, const GitCallbacks &callbacks)
{
    const QString mirror = mirrorPath(url);
    if (!QDir().mkpath(QFileInfo(mirror).absolutePath()))
        return makeError(ErrorCode::Io, tr("The directory %1 cannot be made.").arg(QFileInfo(mirror).absolutePath()));
    // One fetch at a time into a mirror; builds of other repositories go on.
    QLockFile lock(mirror + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.lock())
        return makeError(ErrorCode::Io, tr("The git mirror %1 cannot be locked.").arg(mirror));

    git_repository *opened = nullptr;
    const bool fresh = !QFileInfo::exists(mirror);
    if (fresh) {
        if (git_repository_init(&opened, QFile::encodeName(mirror).constData(), 1) != 0)
            return gitError(tr("Making the git mirror %1").arg(mirror));
        seedFromLocal(url, opened, callbacks.cancel);
    } else if (git_repository_open_bare(&opened, QFile::encodeName(mirror).constData()) != 0) {
        return gitError(tr("Opening the git mirror %1").arg(mirror));
    }
    Repository repository(opened);

    git_remote *remoteHandle = nullptr;
    if (git_remote_lookup(&remoteHandle, repository.get(), "origin") != 0 &&
        git_remote_create_with_fetchspec(&remoteHandle, repository.get(), "origin", url.toUtf8().constData(),
                                         "+refs/heads/*:refs/heads/*") != 0)
        return gitError(tr("Setting up the remote of %1").arg(shown(url)));
    Remote remote(remoteHandle);

    Session session;
    session.callbacks = &callbacks;
    session.url = url;
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    prepare(options.callbacks, session);
    options.prune = GIT_FETCH_PRUNE;
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL;
    QByteArrayList specs{"+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"};
    if (const int number = pullRequest(version))
        specs.append(QStringLiteral("+refs/pull/%1/head:refs/pull/%1/head").arg(number).toUtf8());
    QList<char *> pointers;
    for (QByteArray &spec : specs)
        pointers.append(spec.data());
    const git_strarray refspecs{pointers.data(), size_t(pointers.size())};
    if (callbacks.log)
        callbacks.log(fresh ? tr("Cloning %1 into the source cache").arg(shown(url))
                            : tr("Fetching what is new in %1").arg(shown(url)));
    // A fetch with nothing to transfer never asks whether to stop.
    if (callbacks.cancel && *callbacks.cancel)
        return makeError(ErrorCode::Cancelled, tr("Fetching %1 was stopped.").arg(shown(url)));
    if (const int code = git_remote_fetch(remote.get(), &refspecs, &options, nullptr); code != 0)
        return fetchError(session, code);

    // The default branch, as the server names it, is the mirror's HEAD.
    git_buf head = GIT_BUF_INIT;
    if (git_remote_default_branch(&head, remote.get()) == 0) {
        git_repository_set_head(repository.get(), head.ptr);
        git_buf_dispose(&head);
    }

    // The version: a branch, a tag, a pull request, a ref, or a commit id (full or short).
    QStringList candidates;
    if (version.isEmpty()) {
        candidates = {QStringLiteral("HEAD")};
    } else if (const int number = pullRequest(version)) {
        candidates = {QStringLiteral("refs/pull/%1/head").arg(number)};
    } else if (version.startsWith(QStringLiteral("refs/"))) {
        candidates = {version};
    } else {
        candidates = {QStringLiteral("refs/heads/") + version, QStringLiteral("refs/tags/") + version, version};
    }
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate.startsWith(QStringLiteral("refs/")) && !referenceExists(repository.get(), candidate))
            continue;
        git_object *found = nullptr;
        if (git_revparse_single(&found, repository.get(),
                                QString(candidate + QStringLiteral("^{commit}")).toUtf8().constData()) != 0)
            continue;
        Object object(found);
        return oidText(*git_object_id(object.get()));
    }
    return makeError(ErrorCode::NotFound,
                     version.isEmpty()
                         ? tr("%1 has no default branch to build.").arg(shown(url))
                         : tr("%1 has no branch, tag or commit %2. Give a branch, a tag, a commit id, refs/... or "
                              "pr/<number>.")
                               .arg(shown(url), version));
}

namespace {

// Copies the objects of `commit` and its ancestors down to `depth` generations from `from` into
// `to`; returns the commits whose parents were left out (the shallow boundary).
Result<QList<git_oid>> copyHistory(git_repository *from, git_repository *to, const git_oid &commit, int depth)
{
    git_odb *sourceHandle = nullptr;
    git_odb *targetHandle = nullptr;
    if (git_repository_odb(&sourceHandle, from) != 0)
        return gitError(GitSource::tr("Reading the git mirror"));
    Odb source(sourceHandle);
    if (git_repository_odb(&targetHandle, to) != 0)
        return gitError(GitSource::tr("Writing the checkout's objects"));
    Odb target(targetHandle);
    QSet<QByteArray> copied;
    const auto copy = [&](const git_oid &id) -> bool {
        const QByteArray key(reinterpret_cast<const char *>(id.id), GIT_OID_RAWSZ);
        if (copied.contains(key))
            return true;
        copied.insert(key);
        git_odb_object *objectHandle = nullptr;
        if (git_odb_read(&objectHandle, source.get(), &id) != 0)
            return false;
        OdbObject object(objectHandle);
        git_oid written;
        return git_odb_write(&written, target.get(), git_odb_object_data(object.get()),
                             git_odb_object_size(object.get()), git_odb_object_type(object.get())) == 0;
    };
    // Breadth first, generation by generation.
    QList<git_oid> generation{commit};
    QList<git_oid> boundary;
    QSet<QByteArray> seen;
    for (int level = 1; level <= depth && !generation.isEmpty(); ++level) {
        QList<git_oid> next;
        for (const git_oid &id : std::as_const(generation)) {
            git_commit *commitHandle = nullptr;
            if (git_commit_lookup(&commitHandle, from, &id) != 0)
                return gitError(GitSource::tr("Reading commit %1").arg(oidText(id)));
            Commit current(commitHandle);
            git_tree *treeHandle = nullptr;
            if (!copy(id) || git_commit_tree(&treeHandle, current.get()) != 0)
                return gitError(GitSource::tr("Copying commit %1").arg(oidText(id)));
            Tree tree(treeHandle);
            if (!copy(*git_tree_id(tree.get())))
                return gitError(GitSource::tr("Copying commit %1").arg(oidText(id)));
            struct Walk
            {
                decltype(copy) *copyObject;
                bool ok = true;
            } walk{&copy};
            git_tree_walk(
                tree.get(), GIT_TREEWALK_PRE,
                [](const char *, const git_tree_entry *entry, void *payload) -> int {
                    auto *state = static_cast<Walk *>(payload);
                    // A submodule's commit is not in this repository.
                    if (git_tree_entry_type(entry) == GIT_OBJECT_COMMIT)
                        return 0;
                    if (!(*state->copyObject)(*git_tree_entry_id(entry))) {
                        state->ok = false;
                        return -1;
                    }
                    return 0;
                },
                &walk);
            if (!walk.ok)
                return gitError(GitSource::tr("Copying the files of commit %1").arg(oidText(id)));
            const unsigned int parents = git_commit_parentcount(current.get());
            if (level == depth && parents > 0)
                boundary.append(id);
            for (unsigned int i = 0; i < parents && level < depth; ++i) {
                const git_oid *parent = git_commit_parent_id(current.get(), i);
                const QByteArray key(reinterpret_cast<const char *>(parent->id), GIT_OID_RAWSZ);
                if (!seen.contains(key)) {
                    seen.insert(key);
                    next.append(*parent);
                }
            }
        }
        generation = next;
    }
    return boundary;
}

struct SubmoduleWalk
{
    const GitCallbacks *callbacks;
    QString error;
};

Result<void> updateSubmodules(git_repository *repository, const GitCallbacks &callbacks, int level);

int updateOne(git_submodule *submodule, const char *name, void *payload)
{
    auto *walk = static_cast<SubmoduleWalk *>(payload);
    Session session;
    session.callbacks = walk->callbacks;
    session.url = QString::fromUtf8(git_submodule_url(submodule));
    git_submodule_update_options options = GIT_SUBMODULE_UPDATE_OPTIONS_INIT;
    prepare(options.fetch_opts.callbacks, session);
    if (walk->callbacks->log)
        walk->callbacks->log(
            GitSource::tr("Fetching submodule %1 from %2").arg(QString::fromUtf8(name), shown(session.url)));
    if (const int code = git_submodule_update(submodule, 1, &options); code != 0) {
        walk->error = fetchError(session, code).message;
        return -1;
    }
    git_repository *opened = nullptr;
    if (git_submodule_open(&opened, submodule) != 0) {
        walk->error = gitError(GitSource::tr("Opening submodule %1").arg(QString::fromUtf8(name))).message;
        return -1;
    }
    Repository inner(opened);
    if (const Result<void> nested = updateSubmodules(inner.get(), *walk->callbacks, 1); !nested) {
        walk->error = nested.error().message;
        return -1;
    }
    return 0;
}

Result<void> updateSubmodules(git_repository *repository, const GitCallbacks &callbacks, int)
{
    SubmoduleWalk walk{&callbacks, {}};
    if (git_submodule_foreach(repository, updateOne, &walk) != 0)
        return makeError(ErrorCode::Remote, walk.error.isEmpty() ? lastError() : walk.error);
    return {};
}

} // namespace

Result<void> GitSource::checkout(const QString &url, const QString &version, const QString &commit,
                                 const QString &directory, int depth, bool submodules, const GitCallbacks &callbacks)
{
    const QString mirror = mirrorPath(url);
    git_oid id;
    if (git_oid_fromstr(&id, commit.toLatin1().constData()) != 0)
        return makeError(ErrorCode::InvalidArgument, tr("%1 is not a commit id.").arg(commit));
    git_repository *mirrorHandle = nullptr;
    if (git_repository_open_bare(&mirrorHandle, QFile::encodeName(mirror).constData()) != 0)
        return gitError(tr("Opening the git mirror %1").arg(mirror));
    Repository source(mirrorHandle);

    const bool shallow = depth > 0 && depth <= maxShallowDepth;
    git_repository *treeHandle = nullptr;
    if (shallow) {
        // libgit2 clones whole histories only: the shallow clone is made by hand, with the
        // objects of the last `depth` generations and .git/shallow naming where history stops.
        if (git_repository_init(&treeHandle, QFile::encodeName(directory).constData(), 0) != 0)
            return gitError(tr("Making the checkout in %1").arg(directory));
        Repository checkedOut(treeHandle);
        const Result<QList<git_oid>> boundary = copyHistory(source.get(), checkedOut.get(), id, depth);
        if (!boundary)
            return boundary.error();
        QFile shallowFile(QDir(directory).filePath(QStringLiteral(".git/shallow")));
        if (!boundary->isEmpty()) {
            if (!shallowFile.open(QIODevice::WriteOnly))
                return makeError(ErrorCode::Io, tr("%1 cannot be written.").arg(shallowFile.fileName()));
            for (const git_oid &edge : *boundary)
                shallowFile.write(oidText(edge).toLatin1() + '\n');
            shallowFile.close();
        }
        git_remote *remote = nullptr;
        if (git_remote_create(&remote, checkedOut.get(), "origin", url.toUtf8().constData()) != 0)
            return gitError(tr("Setting up the remote of the checkout"));
        git_remote_free(remote);
        treeHandle = checkedOut.release();
    } else {
        git_clone_options options = GIT_CLONE_OPTIONS_INIT;
        options.checkout_opts.checkout_strategy = GIT_CHECKOUT_NONE;
        options.local = GIT_CLONE_LOCAL;
        if (git_clone(&treeHandle, QFile::encodeName(mirror).constData(), QFile::encodeName(directory).constData(),
                      &options) != 0)
            return gitError(tr("Making the checkout in %1").arg(directory));
        if (git_remote_set_url(treeHandle, "origin", url.toUtf8().constData()) != 0) {
            git_repository_free(treeHandle);
            return gitError(tr("Setting up the remote of the checkout"));
        }
    }
    Repository repository(treeHandle);

    git_commit *commitHandle = nullptr;
    if (git_commit_lookup(&commitHandle, repository.get(), &id) != 0)
        return gitError(tr("Finding commit %1").arg(commit));
    Commit target(commitHandle);
    git_checkout_options checkoutOptions = GIT_CHECKOUT_OPTIONS_INIT;
    checkoutOptions.checkout_strategy = GIT_CHECKOUT_FORCE;
    if (git_checkout_tree(repository.get(), reinterpret_cast<git_object *>(target.get()), &checkoutOptions) != 0)
        return gitError(tr("Checking out %1").arg(commit));
    // A branch is checked out as that branch, anything else as a detached HEAD, as CodeBuild does.
    const bool branch = !version.isEmpty() && !version.startsWith(QStringLiteral("refs/")) &&
                        !version.startsWith(QStringLiteral("pr/")) &&
                        referenceExists(source.get(), QStringLiteral("refs/heads/") + version);
    if (branch) {
        // The clone's HEAD may be that branch already: detach it first, so the branch can move.
        if (git_repository_set_head_detached(repository.get(), &id) != 0)
            return gitError(tr("Checking out %1").arg(commit));
        git_reference *created = nullptr;
        if (git_branch_create(&created, repository.get(), version.toUtf8().constData(), target.get(), 1) != 0)
            return gitError(tr("Making the branch %1").arg(version));
        git_reference_free(created);
        if (git_repository_set_head(repository.get(),
                                    QString(QStringLiteral("refs/heads/") + version).toUtf8().constData()) != 0)
            return gitError(tr("Checking out the branch %1").arg(version));
    } else if (git_repository_set_head_detached(repository.get(), &id) != 0) {
        return gitError(tr("Checking out %1").arg(commit));
    }
    if (submodules) {
        if (Result<void> updated = updateSubmodules(repository.get(), callbacks, 0); !updated)
            return updated;
    }
    return {};
}

} // namespace BuildDeck::Source
