#include "stringmakers.h"

#include "support/libraryversions.h"

#include <QRegularExpression>

using namespace BuildDeck;

TEST_CASE("Library versions are read from the libraries themselves", "[support]")
{
    const LibraryVersions versions = libraryVersions();
    const QRegularExpression dotted(QStringLiteral(R"(^\d+\.\d+(\.\d+)?)"));
    for (const auto &[name, version] : versions.entries()) {
        INFO(name.toStdString());
        CHECK(dotted.match(version).hasMatch());
    }
    CHECK(versions.qt == QString::fromLatin1(qVersion()));
    CHECK(versions.builddeck == QStringLiteral(BUILDDECK_VERSION));
    CHECK(versions.entries().size() == 6);
}
