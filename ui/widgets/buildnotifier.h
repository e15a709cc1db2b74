#pragma once

#include "engine/buildrecord.h"

#include <QObject>
#include <QSet>

class QSystemTrayIcon;

namespace BuildDeck::Engine {
class BuildStore;
}

namespace BuildDeck::Ui {

// Says when a build ends, whichever process ran it: a signal, and a message from the system tray
// where the desktop has one (where it has none, the signal alone).
class BuildNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildNotifier)

public:
    explicit BuildNotifier(Engine::BuildStore &builds, QObject *parent = nullptr);

public Q_SLOTS:
    // Compares the running builds with the last look.
    void check();

Q_SIGNALS:
    void buildFinished(const BuildDeck::Engine::BuildRecord &record);

private:
    QSet<QString> running() const;

    Engine::BuildStore &m_builds;
    QSet<QString> m_running;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace BuildDeck::Ui
