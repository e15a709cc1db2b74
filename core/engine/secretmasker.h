#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace BuildDeck::Engine {

// Replaces the values of a build's secrets with "***" in what the build prints, also when a value
// arrives split across chunks of output: the end of a chunk that could be the start of a value is
// held back until the next chunk (or the end) says.
class SecretMasker final
{
public:
    static constexpr QByteArrayView mask = "***";

    void setSecrets(QList<QByteArray> values);
    bool isEmpty() const { return m_values.isEmpty(); }

    // Every whole value in `text` replaced.
    QByteArray masked(QByteArray text) const;
    // How many bytes at the end of `text` could begin a value, and must wait for more output.
    qsizetype undecided(QByteArrayView text) const;

private:
    QList<QByteArray> m_values; // longest first, so that a value inside another is not cut first
};

} // namespace BuildDeck::Engine
