#pragma once

#include "error.h"

#include <utility>
#include <variant>

namespace BuildDeck {

// The value of a call that can fail, or the Error it failed with. The member names follow
// std::expected (has_value, operator bool, value, error, value_or) so that this can become
// std::expected<T, Error> when the project moves to C++23.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_state(value)
    {
    }
    Result(T &&value)
        : m_state(std::move(value))
    {
    }
    Result(const Error &error)
        : m_state(error)
    {
    }
    Result(Error &&error)
        : m_state(std::move(error))
    {
    }

    bool has_value() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return has_value(); }

    T &value() &
    {
        Q_ASSERT(has_value());
        return std::get<T>(m_state);
    }
    const T &value() const &
    {
        Q_ASSERT(has_value());
        return std::get<T>(m_state);
    }
    T &&value() &&
    {
        Q_ASSERT(has_value());
        return std::get<T>(std::move(m_state));
    }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const
    {
        Q_ASSERT(!has_value());
        return std::get<Error>(m_state);
    }

    template <typename U>
    T value_or(U &&fallback) const &
    {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success carries nothing.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error)
        : m_error(error)
        , m_failed(true)
    {
    }
    Result(Error &&error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool has_value() const { return !m_failed; }
    explicit operator bool() const { return has_value(); }
    const Error &error() const
    {
        Q_ASSERT(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, const QString &message)
{
    return Error{code, message, {}, 0, 0};
}

} // namespace BuildDeck
