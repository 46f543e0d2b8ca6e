#pragma once
// One-line structured logs (logfmt):
//   ts=2026-11-21T10:00:00.123Z level=info component=registry msg="agent online" agent_id=a1
// A Logger is an object passed by reference to whoever logs (no global logger). write() is
// thread-safe: each line is formatted first, then written with a single call under a mutex.

#include <functional>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

namespace croupier::core {

enum class LogLevel { Debug = 0, Info = 1, Warn = 2, Error = 3, Off = 4 };

// "debug" | "info" | "warn" | "error" | "off" (case-insensitive); nullopt-like false on others.
bool parseLogLevel(std::string_view text, LogLevel& out);
std::string_view logLevelName(LogLevel level);

using LogField = std::pair<std::string_view, std::string>;

class Logger {
public:
    // Receives whole lines without the trailing newline.
    using Sink = std::function<void(std::string_view line)>;

    // Writes to stderr.
    explicit Logger(LogLevel minLevel = LogLevel::Info);
    Logger(LogLevel minLevel, Sink sink);

    // A logger that prefixes `component=<name>` and shares this one's sink and level.
    Logger child(std::string_view component) const;

    bool enabled(LogLevel level) const;
    void setLevel(LogLevel level);

    void log(LogLevel level, std::string_view msg, std::initializer_list<LogField> fields = {}) const;
    void debug(std::string_view msg, std::initializer_list<LogField> fields = {}) const {
        log(LogLevel::Debug, msg, fields);
    }
    void info(std::string_view msg, std::initializer_list<LogField> fields = {}) const {
        log(LogLevel::Info, msg, fields);
    }
    void warn(std::string_view msg, std::initializer_list<LogField> fields = {}) const {
        log(LogLevel::Warn, msg, fields);
    }
    void error(std::string_view msg, std::initializer_list<LogField> fields = {}) const {
        log(LogLevel::Error, msg, fields);
    }

    // Formats one line (exposed for tests): values with spaces, quotes, '=' or non-printables
    // are quoted and escaped; newlines never appear raw.
    static std::string format(std::string_view ts, LogLevel level, std::string_view component,
                              std::string_view msg, std::initializer_list<LogField> fields);

private:
    struct Shared;
    Logger(std::shared_ptr<Shared> shared, std::string component);
    std::shared_ptr<Shared> m_shared;
    std::string m_component;
};

} // namespace croupier::core
