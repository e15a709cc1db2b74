#include "cachepage.h"

#include "projectdocument.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

using Projects::Project;
using Projects::ProjectCache;

namespace {

const QString noCache = QStringLiteral("NO_CACHE");

// The project's cache, made when a member is set; a project without one shows NO_CACHE.
ProjectCache &cacheOf(Project &project)
{
    if (!project.cache)
        project.cache = ProjectCache{noCache, {}, {}, {}};
    return *project.cache;
}

} // namespace

CachePage::CachePage(ProjectDocument &document, QWidget *parent)
    : ProjectForm(document, parent)
{
    setObjectName(QStringLiteral("cachePage"));
    addChoice(
        tr("&Type:"), QStringLiteral("cache.type"), {noCache, QStringLiteral("LOCAL"), QStringLiteral("S3")},
        [](const Project &p) { return p.cache ? p.cache->type : noCache; },
        [](Project &p, const QString &type) {
            if (type == noCache && (!p.cache || *p.cache == ProjectCache{p.cache->type, {}, {}, {}}))
                p.cache.reset();
            else
                cacheOf(p).type = type;
        });

    auto *modes = new QWidget(this);
    auto *modesLayout = new QVBoxLayout(modes);
    modesLayout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QString>> choices{
        {QStringLiteral("LOCAL_CUSTOM_CACHE"), tr("&Custom: the buildspec's cache paths, kept per project")},
        {QStringLiteral("LOCAL_SOURCE_CACHE"), tr("&Source: the git repositories, fetched only for what is new")},
        {QStringLiteral("LOCAL_DOCKER_LAYER_CACHE"), tr("&Docker layers: for builds in privileged mode")}};
    QList<QCheckBox *> checks;
    for (const auto &[mode, text] : choices) {
        auto *check = new QCheckBox(text, modes);
        check->setObjectName(mode);
        modesLayout->addWidget(check);
        checks.append(check);
        connect(check, &QCheckBox::toggled, this, [this, mode, text](bool on) {
            edit(QStringLiteral("cache.modes"), text, [&](Project &p) {
                QStringList &list = cacheOf(p).modes;
                if (on && !list.contains(mode))
                    list.append(mode);
                if (!on)
                    list.removeAll(mode);
            });
        });
    }
    bind(tr("Modes:"), modes, QStringLiteral("cache.modes"), [this, checks] {
        const Project &project = this->document().project();
        const QStringList chosen = project.cache ? project.cache->modes : QStringList();
        for (QCheckBox *check : checks)
            check->setChecked(chosen.contains(check->objectName()));
    });
    m_modes = modes;
    m_location = addText(
        tr("&Bucket and prefix:"), QStringLiteral("cache.location"),
        [](const Project &p) { return p.cache ? p.cache->location : QString(); },
        [](Project &p, const QString &text) { cacheOf(p).location = text.trimmed(); });
    m_namespace = addText(
        tr("&Namespace:"), QStringLiteral("cache.cacheNamespace"),
        [](const Project &p) { return p.cache ? p.cache->cacheNamespace : QString(); },
        [](Project &p, const QString &text) { cacheOf(p).cacheNamespace = text.trimmed(); });
    addNote(tr("Caches live on this machine: an S3 cache in BuildDeck's data directory, per project (or per "
               "namespace, which projects share), the LOCAL ones in volumes of the container engine. File > Clear "
               "Project Cache shows their size and forgets them."));
}

QString CachePage::title() const
{
    return tr("Cache");
}

void CachePage::updateRows()
{
    const QString type = document().project().cache ? document().project().cache->type : noCache;
    setRowVisible(m_modes, type == QStringLiteral("LOCAL"));
    setRowVisible(m_location, type == QStringLiteral("S3"));
    setRowVisible(m_namespace, type == QStringLiteral("S3"));
}

} // namespace BuildDeck::Ui
