#include "croupier/core/Log.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace croupier::core {

// State shared by a logger and all its children: one sink, one level, one mutex.
struct Logger::Shared {
    std::atomic<LogLevel> level;
    Sink sink;
    std::mutex mutex; // serialises calls into `sink`
};

namespace {

constexpr std::string_view kLevelNames[] = {"debug", "info", "warn", "error", "off"};

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool needsQuotes(std::string_view value) {
    if (value.empty()) {
        return true;
    }
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= ' ' || c == '"' || c == '=' || c == '\\' || c == 0x7f) {
            return true;
        }
    }
    return false;
}

void appendValue(std::string& out, std::string_view value) {
    if (!needsQuotes(value)) {
        out += value;
        return;
    }
    out += '"';
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                static constexpr char kHex[] = "0123456789abcdef";
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0x0f];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

// Keys come from code, but a key with a space or '=' would make the line unparseable.
void appendKey(std::string& out, std::string_view key) {
    if (key.empty()) {
        out += '_';
        return;
    }
    for (const char ch : key) {
        const auto c = static_cast<unsigned char>(ch);
        out += (c <= ' ' || c == '=' || c == '"' || c == '\\' || c == 0x7f) ? '_' : ch;
    }
}

void appendField(std::string& out, std::string_view key, std::string_view value) {
    out += ' ';
    appendKey(out, key);
    out += '=';
    appendValue(out, value);
}

std::string timestampNow() {
    const auto now = std::chrono::system_clock::now();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch());
    const std::time_t seconds = static_cast<std::time_t>(ms.count() / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                  tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                  static_cast<int>(ms.count() % 1000));
    return buffer;
}

void writeToStderr(std::string_view line) {
    std::string buffer(line);
    buffer += '\n';
    std::fwrite(buffer.data(), 1, buffer.size(), stderr);
}

} // namespace

bool parseLogLevel(std::string_view text, LogLevel& out) {
    for (std::size_t i = 0; i < std::size(kLevelNames); ++i) {
        const std::string_view name = kLevelNames[i];
        if (name.size() != text.size()) {
            continue;
        }
        bool same = true;
        for (std::size_t j = 0; j < name.size() && same; ++j) {
            same = lower(text[j]) == name[j];
        }
        if (same) {
            out = static_cast<LogLevel>(i);
            return true;
        }
    }
    return false;
}

std::string_view logLevelName(LogLevel level) {
    const auto index = static_cast<std::size_t>(level);
    return index < std::size(kLevelNames) ? kLevelNames[index] : std::string_view("unknown");
}

Logger::Logger(LogLevel minLevel)
    : Logger(minLevel, writeToStderr) {}

Logger::Logger(LogLevel minLevel, Sink sink)
    : m_shared(std::make_shared<Shared>()) {
    m_shared->level.store(minLevel);
    m_shared->sink = sink ? std::move(sink) : Sink(writeToStderr);
}

Logger::Logger(std::shared_ptr<Shared> shared, std::string component)
    : m_shared(std::move(shared))
    , m_component(std::move(component)) {}

Logger Logger::child(std::string_view component) const {
    if (m_component.empty()) {
        return Logger(m_shared, std::string(component));
    }
    return Logger(m_shared, m_component + "." + std::string(component));
}

bool Logger::enabled(LogLevel level) const {
    return level != LogLevel::Off && level >= m_shared->level.load(std::memory_order_relaxed);
}

void Logger::setLevel(LogLevel level) {
    m_shared->level.store(level);
}

void Logger::log(LogLevel level, std::string_view msg,
                 std::initializer_list<LogField> fields) const {
    if (!enabled(level)) {
        return;
    }
    const std::string line = format(timestampNow(), level, m_component, msg, fields);
    std::lock_guard lock(m_shared->mutex);
    m_shared->sink(line);
}

std::string Logger::format(std::string_view ts, LogLevel level, std::string_view component,
                           std::string_view msg, std::initializer_list<LogField> fields) {
    std::string out;
    out.reserve(64 + msg.size());
    appendKey(out, "ts");
    out += '=';
    appendValue(out, ts);
    appendField(out, "level", logLevelName(level));
    if (!component.empty()) {
        appendField(out, "component", component);
    }
    appendField(out, "msg", msg);
    for (const LogField& field : fields) {
        appendField(out, field.first, field.second);
    }
    return out;
}

} // namespace croupier::core
