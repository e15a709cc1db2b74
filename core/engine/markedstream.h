#pragma once

#include <QByteArray>

#include <functional>

namespace BuildDeck::Engine {

// Splits the standard output of BuildDeck's in-container scripts into the commands' own output
// and the events the scripts write between them, each framed as `\036<nonce>:<event>\036` with the
// build's random nonce, whatever the chunks the stream arrives in. Output that might be the start
// of an event is held back until the next chunk tells.
class MarkedStream final
{
public:
    using Handler = std::function<void(const QByteArray &)>;

    MarkedStream(const QByteArray &nonce, Handler onOutput, Handler onEvent);

    void feed(const char *data, qsizetype size);
    // The stream ended: passes on what was held back.
    void finish();

private:
    void scan(bool final);

    QByteArray m_prefix;
    Handler m_onOutput;
    Handler m_onEvent;
    QByteArray m_pending;
};

} // namespace BuildDeck::Engine
