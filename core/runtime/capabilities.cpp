#include "capabilities.h"

#include <QFile>
#include <QRegularExpression>

namespace BuildDeck::Runtime::Capabilities {

QStringList missing(const QString &procStatus)
{
    static const QStringList names{QStringLiteral("CHOWN"),
                                   QStringLiteral("DAC_OVERRIDE"),
                                   QStringLiteral("DAC_READ_SEARCH"),
                                   QStringLiteral("FOWNER"),
                                   QStringLiteral("FSETID"),
                                   QStringLiteral("KILL"),
                                   QStringLiteral("SETGID"),
                                   QStringLiteral("SETUID"),
                                   QStringLiteral("SETPCAP"),
                                   QStringLiteral("LINUX_IMMUTABLE"),
                                   QStringLiteral("NET_BIND_SERVICE"),
                                   QStringLiteral("NET_BROADCAST"),
                                   QStringLiteral("NET_ADMIN"),
                                   QStringLiteral("NET_RAW"),
                                   QStringLiteral("IPC_LOCK"),
                                   QStringLiteral("IPC_OWNER"),
                                   QStringLiteral("SYS_MODULE"),
                                   QStringLiteral("SYS_RAWIO"),
                                   QStringLiteral("SYS_CHROOT"),
                                   QStringLiteral("SYS_PTRACE"),
                                   QStringLiteral("SYS_PACCT"),
                                   QStringLiteral("SYS_ADMIN"),
                                   QStringLiteral("SYS_BOOT"),
                                   QStringLiteral("SYS_NICE"),
                                   QStringLiteral("SYS_RESOURCE"),
                                   QStringLiteral("SYS_TIME"),
                                   QStringLiteral("SYS_TTY_CONFIG"),
                                   QStringLiteral("MKNOD"),
                                   QStringLiteral("LEASE"),
                                   QStringLiteral("AUDIT_WRITE"),
                                   QStringLiteral("AUDIT_CONTROL"),
                                   QStringLiteral("SETFCAP"),
                                   QStringLiteral("MAC_OVERRIDE"),
                                   QStringLiteral("MAC_ADMIN"),
                                   QStringLiteral("SYSLOG"),
                                   QStringLiteral("WAKE_ALARM"),
                                   QStringLiteral("BLOCK_SUSPEND"),
                                   QStringLiteral("AUDIT_READ")};
    static const QRegularExpression bounding(QStringLiteral("^CapBnd:\\s*([0-9a-fA-F]+)\\s*$"),
                                             QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = bounding.match(procStatus);
    if (!match.hasMatch())
        return {};
    bool ok = false;
    const quint64 mask = match.captured(1).toULongLong(&ok, 16);
    QStringList absent;
    for (int bit = 0; ok && bit < names.size(); ++bit) {
        if (!(mask & (quint64(1) << bit)))
            absent.append(names.at(bit));
    }
    return absent;
}

QStringList missingHere()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    return missing(QString::fromLatin1(status.readAll()));
}

} // namespace BuildDeck::Runtime::Capabilities
