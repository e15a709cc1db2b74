// libFuzzer target: project JSON as File > Import and create-project read it. Whatever the bytes,
// reading ends with projects or issues naming members, never a crash, a hang or a leak; and a
// project read without errors survives writing as create-project input and reading back.

#include "project/projectimport.h"
#include "project/projectjson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace BuildDeck::Projects;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    QList<BuildDeck::Issue> issues;
    (void)ProjectImport::fromJson(document.object(), &issues);

    const ProjectReading reading = ProjectJson::read(document.object());
    if (reading.hasErrors())
        return 0;
    const QJsonObject written = ProjectJson::toCreateProjectInput(reading.project);
    const ProjectReading again = ProjectJson::read(written);
    if (again.hasErrors() || !(again.project == reading.project)) {
        std::fprintf(stderr, "round trip changed the project; written:\n%s\n",
                     QJsonDocument(written).toJson().constData());
        std::abort();
    }
    return 0;
}
