#pragma once

#include "containerspec.h"
#include "support/result.h"

#include <QByteArray>

#include <atomic>
#include <functional>

namespace BuildDeck::Runtime {

// A live connection to a running container's main process: what is written goes to its standard
// input, and its standard output and error come back, told apart, in the order the engine sends
// them. Made by ContainerRuntime::attach; used by one thread.
class ContainerAttachment
{
public:
    virtual ~ContainerAttachment() = default;

    virtual Result<void> write(const QByteArray &input) = 0;

    // Passes output to `sink` as it arrives until the sink returns false (what came after that
    // waits for the next read). Fails with Unavailable when the stream ends (the container
    // stopped or the engine went away) and with Cancelled soon after `cancel` turns true.
    using Sink = std::function<bool(OutputStream stream, const char *data, qint64 size)>;
    virtual Result<void> read(const Sink &sink, const std::atomic_bool *cancel = nullptr) = 0;
};

} // namespace BuildDeck::Runtime
