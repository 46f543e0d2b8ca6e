#pragma once
// Reply<T>: what an asynchronous client call hands its callback: the value, or a CallError
// already translated for the user. Shaped like core::Result (std::expected), with CallError in
// place of core::Error. `guarded()` wraps a callback so it is dropped when a shorter-lived
// object (a dialog, a page) is gone by the time the answer arrives. Plain values; GUI thread.

#include "croupier/client/CallError.h"

#include <QObject>
#include <QPointer>

#include <cassert>
#include <functional>
#include <utility>
#include <variant>

namespace croupier::client {

template <class T>
class Reply {
public:
    Reply(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Reply(CallError error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { assert(ok()); return std::get<0>(m_state); }
    T& value() & { assert(ok()); return std::get<0>(m_state); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const CallError& error() const { assert(!ok()); return std::get<1>(m_state); }

private:
    std::variant<T, CallError> m_state;
};

template <>
class Reply<void> {
public:
    Reply() = default;
    Reply(CallError error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const CallError& error() const { assert(m_failed); return m_error; }

private:
    CallError m_error;
    bool m_failed = false;
};

template <class T>
using ReplyCallback = std::function<void(Reply<T>)>;

// A callback that does nothing once `context` is destroyed.
template <class Arg, class F>
std::function<void(Arg)> guarded(QObject* context, F f) {
    return [ctx = QPointer<QObject>(context), f = std::move(f)](Arg arg) mutable {
        if (ctx) {
            f(std::move(arg));
        }
    };
}

} // namespace croupier::client
