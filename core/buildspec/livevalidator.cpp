#include "livevalidator.h"

#include "buildspecparser.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace BuildDeck::Spec {

LiveValidator::LiveValidator(QObject *parent)
    : QObject(parent)
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(300);
    connect(m_pause, &QTimer::timeout, this, &LiveValidator::validateNow);
}

void LiveValidator::setText(const QString &text, const QString &file)
{
    m_text = text;
    m_file = file;
    ++m_generation; // a result for the text before this one is stale from now on
    m_pause->start();
}

void LiveValidator::validateNow()
{
    m_pause->stop();
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<QList<Issue>>(this);
    connect(watcher, &QFutureWatcher<QList<Issue>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_issues = watcher->result();
        Q_EMIT validated(m_issues);
    });
    watcher->setFuture(QtConcurrent::run([text = m_text.toUtf8(), file = m_file] {
        QList<Issue> issues = BuildSpecParser::read(text).issues;
        for (Issue &issue : issues)
            issue.file = file;
        return issues;
    }));
}

} // namespace BuildDeck::Spec
