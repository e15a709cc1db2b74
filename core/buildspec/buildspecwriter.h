#pragma once

#include "buildspec.h"

#include <QByteArray>

namespace BuildDeck::Spec {

// Writes a BuildSpec as buildspec YAML such that BuildSpecParser reads back the same BuildSpec.
// Comments and the original layout are not kept; text that YAML would misread (numbers, yes/no,
// ': ') is quoted, and multi-line commands are written as literal blocks.
class BuildSpecWriter final
{
public:
    static QByteArray write(const BuildSpec &spec);
};

} // namespace BuildDeck::Spec
