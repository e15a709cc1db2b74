#pragma once

#include "support/issue.h"

#include <QList>
#include <QObject>
#include <QString>

class QTimer;

namespace BuildDeck::Spec {

// Validation while the user types: a short pause after the last change, then the buildspec is read
// on a worker thread; a result that a newer text has overtaken is dropped, so the issues shown
// always belong to the text shown.
class LiveValidator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveValidator)

public:
    explicit LiveValidator(QObject *parent = nullptr);

    // Validates `text` after the pause (`file` names it in the issues).
    void setText(const QString &text, const QString &file = {});
    // Validates now, skipping the pause.
    void validateNow();
    const QList<Issue> &issues() const { return m_issues; }

Q_SIGNALS:
    void validated(const QList<BuildDeck::Issue> &issues);

private:
    QTimer *m_pause;
    QString m_text;
    QString m_file;
    quint64 m_generation = 0;
    QList<Issue> m_issues;
};

} // namespace BuildDeck::Spec
