#pragma once
// Result<T>: a value or an Error, shaped like std::expected<T, Error> (C++23) so it can be
// swapped for it later. No exception crosses a layer; functions that can fail return this.

#include "croupier/core/Error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace croupier::core {

// Wraps an Error so `return Unexpected(err)` converts into any Result<T>.
struct Unexpected {
    Error error;
    explicit Unexpected(Error e) : error(std::move(e)) {}
    Unexpected(ErrorCode code, std::string message, std::map<std::string, std::string> details = {})
        : error(code, std::move(message), std::move(details)) {}
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(const T& value) : m_state(std::in_place_index<0>, value) {}
    Result(T&& value) : m_state(std::in_place_index<0>, std::move(value)) {}
    template <class U>
        requires std::is_constructible_v<T, U&&> && (!std::is_same_v<std::decay_t<U>, Result>) &&
                 (!std::is_same_v<std::decay_t<U>, Unexpected>) &&
                 (!std::is_same_v<std::decay_t<U>, T>)
    Result(U&& value) : m_state(std::in_place_index<0>, std::forward<U>(value)) {}
    Result(Unexpected u) : m_state(std::in_place_index<1>, std::move(u.error)) {}

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & { assert(has_value()); return std::get<0>(m_state); }
    const T& value() const& { assert(has_value()); return std::get<0>(m_state); }
    T&& value() && { assert(has_value()); return std::get<0>(std::move(m_state)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { assert(!has_value()); return std::get<1>(m_state); }
    Error& error() { assert(!has_value()); return std::get<1>(m_state); }

    template <class U>
    T value_or(U&& fallback) const& {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Unexpected u) : m_error(std::move(u.error)), m_failed(true) {}

    bool has_value() const { return !m_failed; }
    explicit operator bool() const { return has_value(); }
    void value() const { assert(has_value()); }
    const Error& error() const { assert(m_failed); return m_error; }
    Error& error() { assert(m_failed); return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace croupier::core
