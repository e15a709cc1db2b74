// libFuzzer target: the buildspec reader (YAML parser and validator) and writer.
// Whatever the bytes, reading must end in a model and issues without a crash, a hang or a leak;
// and a spec read without errors must survive writing and reading back unchanged.

#include "buildspec/buildspecparser.h"
#include "buildspec/buildspecwriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace BuildDeck::Spec;
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const BuildSpecReading reading = BuildSpecParser::read(text);
    if (reading.hasErrors())
        return 0;
    const QByteArray written = BuildSpecWriter::write(reading.spec);
    const BuildSpecReading again = BuildSpecParser::read(written);
    if (again.hasErrors() || !(again.spec == reading.spec)) {
        std::fprintf(stderr, "round trip changed the buildspec; written:\n%s\n", written.constData());
        std::abort();
    }
    return 0;
}
