// libFuzzer target: the ANSI line parser the log viewer and search use. Whatever the bytes: no
// crash, a hang or a leak; the runs cover the text exactly, in order; plainText() and, where it
// applies, stripStyles() agree with parse().

#include "log/ansiline.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace BuildDeck::Log;
    const QByteArrayView line(reinterpret_cast<const char *>(data), qsizetype(size));
    const StyledLine styled = AnsiLine::parse(line);
    int covered = 0;
    for (const StyledRun &run : styled.runs) {
        if (run.start != covered || run.length <= 0)
            std::abort();
        covered += run.length;
    }
    if (covered != styled.text.size())
        std::abort();
    if (AnsiLine::plainText(line) != styled.text)
        std::abort();
    if (!AnsiLine::needsParsing(line) && styled.text != QString::fromUtf8(line))
        std::abort();
    QByteArray stripped;
    if (AnsiLine::stripStyles(line, stripped) && QString::fromUtf8(stripped) != styled.text)
        std::abort();
    return 0;
}
