#include "secretmasker.h"

#include <algorithm>

namespace BuildDeck::Engine {

void SecretMasker::setSecrets(QList<QByteArray> values)
{
    values.removeAll(QByteArray());
    std::sort(values.begin(), values.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    values.erase(std::unique(values.begin(), values.end()), values.end());
    m_values = values;
}

QByteArray SecretMasker::masked(QByteArray text) const
{
    for (const QByteArray &value : m_values)
        text.replace(value, mask.toByteArray());
    return text;
}

qsizetype SecretMasker::undecided(QByteArrayView text) const
{
    qsizetype longest = 0;
    for (const QByteArray &value : m_values) {
        for (qsizetype length = std::min(text.size(), value.size() - 1); length > longest; --length) {
            if (text.last(length) == QByteArrayView(value).first(length)) {
                longest = length;
                break;
            }
        }
    }
    return longest;
}

} // namespace BuildDeck::Engine
