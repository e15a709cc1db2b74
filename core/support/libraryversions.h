#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace BuildDeck {

// The versions of the libraries this build of BuildDeck runs on, as the libraries themselves
// report them at run time (yaml-cpp has no run-time query, so its build-time version is used).
struct LibraryVersions
{
    QString builddeck;
    QString qt;
    QString yamlCpp;
    QString libgit2;
    QString libcurl;
    QString libarchive;

    // (display name, version) pairs in a fixed order, for the About dialog and `version`.
    QList<QPair<QString, QString>> entries() const;
};

LibraryVersions libraryVersions();

} // namespace BuildDeck
