#pragma once
// Status and Expected<T>: how the SDK's public API reports a failure without throwing.
// A Status is OK or carries a canonical code name ("INVALID_ARGUMENT", "ALREADY_EXISTS", ...)
// and a message meant for a log or a developer. Values; safe to copy between threads.

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace croupier::sdk {

class Status {
public:
    Status() = default; // OK

    static Status Ok() { return Status(); }
    static Status Error(std::string code, std::string message) {
        Status s;
        s.m_code = code.empty() ? "UNKNOWN" : std::move(code);
        s.m_message = std::move(message);
        return s;
    }

    bool IsOk() const { return m_code.empty(); }
    explicit operator bool() const { return IsOk(); }
    // "OK" for a successful status.
    std::string Code() const { return IsOk() ? std::string("OK") : m_code; }
    const std::string& Message() const { return m_message; }
    // "OK" or "INVALID_ARGUMENT: descriptor id ...".
    std::string ToString() const { return IsOk() ? std::string("OK") : m_code + ": " + m_message; }

private:
    std::string m_code; // empty = OK
    std::string m_message;
};

// A value or a failed Status (never an OK Status without a value).
template <class T> class Expected {
public:
    Expected(T value)
        : m_value(std::move(value)) {}
    Expected(Status status)
        : m_status(std::move(status)) {
        assert(!m_status.IsOk() && "Expected built from an OK status without a value");
        if (m_status.IsOk()) {
            m_status = Status::Error("UNKNOWN", "no value");
        }
    }

    bool IsOk() const { return m_value.has_value(); }
    explicit operator bool() const { return IsOk(); }
    const T& Value() const& {
        assert(IsOk());
        return *m_value;
    }
    T& Value() & {
        assert(IsOk());
        return *m_value;
    }
    T&& Value() && {
        assert(IsOk());
        return std::move(*m_value);
    }
    const T& operator*() const& { return Value(); }
    const T* operator->() const { return &Value(); }
    // OK when a value is held.
    const Status& GetStatus() const { return m_status; }

private:
    std::optional<T> m_value;
    Status m_status;
};

} // namespace croupier::sdk
