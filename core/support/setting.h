#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace BuildDeck {

// One persisted setting with its type and default, declared next to the code that uses it.
// Storage is QSettings with the application's organisation and name, so tests isolate every
// setting at once by pointing QSettings at a temporary directory.
template <typename T>
class Setting
{
public:
    Setting(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {
    }

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

    T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        if (!stored.isValid() || !stored.canConvert<T>())
            return m_default;
        return stored.value<T>();
    }

    void setValue(const T &value) { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() { QSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
};

} // namespace BuildDeck
