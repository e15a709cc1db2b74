#pragma once

#include "result.h"

#include <QString>

namespace BuildDeck {

// Where BuildDeck keeps its database, logs, artifacts and caches (ARCHITECTURE §4):
// --data-dir, else BUILDDECK_DATA_DIR, else the platform's application data location.
class DataDirectory
{
public:
    // Resolves the directory and creates it when missing. `requested` is the --data-dir value,
    // empty when the option was not given.
    static Result<DataDirectory> open(const QString &requested);

    const QString &path() const { return m_path; }
    // Which rule chose the directory: "--data-dir", "BUILDDECK_DATA_DIR" or "default".
    const QString &source() const { return m_source; }

private:
    DataDirectory(QString path, QString source);

    QString m_path;
    QString m_source;
};

} // namespace BuildDeck
