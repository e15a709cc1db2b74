#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace BuildDeck::Runtime {

// A named volume mounted into a container.
struct VolumeMount
{
    QString volume;
    QString target; // an absolute path in the container
    friend bool operator==(const VolumeMount &, const VolumeMount &) = default;
};

// A volume the engine has, as its list shows it.
struct VolumeSummary
{
    QString name;
    QMap<QString, QString> labels;
    qint64 sizeBytes = -1; // -1 when the engine does not say
};

// A container to create: the image, the command that keeps it alive, and its limits.
struct ContainerSpec
{
    QString name;
    QString image;
    QStringList entrypoint{QString()}; // [""] resets the image's entrypoint on Docker and Podman
    QStringList command{QStringLiteral("sleep"), QStringLiteral("infinity")};
    QStringList environment; // KEY=VALUE
    QString workingDir;
    QString user;
    QMap<QString, QString> labels;
    double cpus = 0;        // 0: no limit
    qint64 memoryBytes = 0; // 0: no limit
    bool privileged = false;
    // Where the engine cannot grant Privileged: every capability the host has, unconfined.
    QStringList capAdd;
    QStringList capDrop;
    QStringList securityOpt;
    bool unmasked = false;  // no masked or read-only paths under /proc and /sys
    bool init = true;       // tini/catatonit as PID 1 reaps zombies and forwards signals
    bool openStdin = false; // the main process reads what ContainerRuntime::attach writes
    bool keepLogs = true;   // false: the engine stores none of the main process's output
    QList<VolumeMount> volumes;
};

// A command to run in a running container.
struct ExecSpec
{
    QStringList command;
    QStringList environment; // KEY=VALUE, added to the container's
    QString workingDir;
    QString user;
};

enum class OutputStream
{
    Stdout,
    Stderr
};

// A container the engine has, as its list shows it.
struct ContainerSummary
{
    QString id;
    QString name;
    QString image;
    QString state; // created, running, exited, ...
    QMap<QString, QString> labels;
};

// What a pull reports as it goes: the latest status line and, when known, bytes done of total.
struct PullProgress
{
    QString status;
    QString layer;
    qint64 current = 0;
    qint64 total = 0;
};

// An image made from a root file system tar (POST /images/create?fromSrc=-): its name and the
// Dockerfile-style configuration lines (ENV, WORKDIR, CMD...) the engine applies.
struct ImageImport
{
    QString repository;
    QString tag;
    QStringList changes;
    QString message;
};

} // namespace BuildDeck::Runtime
