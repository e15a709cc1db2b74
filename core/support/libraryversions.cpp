#include "libraryversions.h"

#include <QtGlobal>

#include <archive.h>
#include <curl/curl.h>
#include <git2.h>

namespace BuildDeck {

QList<QPair<QString, QString>> LibraryVersions::entries() const
{
    return {
        {QStringLiteral("BuildDeck"), builddeck}, {QStringLiteral("Qt"), qt},
        {QStringLiteral("yaml-cpp"), yamlCpp},    {QStringLiteral("libgit2"), libgit2},
        {QStringLiteral("libcurl"), libcurl},     {QStringLiteral("libarchive"), libarchive},
    };
}

LibraryVersions libraryVersions()
{
    LibraryVersions versions;
    versions.builddeck = QStringLiteral(BUILDDECK_VERSION);
    versions.qt = QString::fromLatin1(qVersion());
    versions.yamlCpp = QStringLiteral(BUILDDECK_YAML_CPP_VERSION);

    int major = 0;
    int minor = 0;
    int revision = 0;
    if (git_libgit2_version(&major, &minor, &revision) == 0)
        versions.libgit2 = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(revision);

    if (const curl_version_info_data *curl = curl_version_info(CURLVERSION_NOW))
        versions.libcurl = QString::fromLatin1(curl->version);

    // archive_version_details() reads "libarchive 3.6.2 zlib/1.2.13 ..."; keep the number.
    versions.libarchive = QString::fromLatin1(archive_version_string()).section(QLatin1Char(' '), 1, 1);
    return versions;
}

} // namespace BuildDeck
