#include "TimeFormat.h"

#include <chrono>
#include <ctime>

namespace croupier::cli {
namespace {

std::string formatLocal(std::int64_t unixMs, const char* format) {
    const std::time_t secs = static_cast<std::time_t>(unixMs / 1000);
    std::tm tm{};
    localtime_r(&secs, &tm);
    char buf[64];
    const std::size_t n = std::strftime(buf, sizeof buf, format, &tm);
    return std::string(buf, n);
}

std::string span(std::int64_t secs) {
    if (secs < 60) {
        return std::to_string(secs) + "s";
    }
    if (secs < 3600) {
        return std::to_string(secs / 60) + "m";
    }
    if (secs < 86400) {
        return std::to_string(secs / 3600) + "h";
    }
    return std::to_string(secs / 86400) + "d";
}

} // namespace

std::string relativeTime(std::int64_t nowMs, std::int64_t thenMs) {
    if (thenMs <= 0) {
        return "never";
    }
    return span(nowMs > thenMs ? (nowMs - thenMs) / 1000 : 0) + " ago";
}

std::string expiryTime(std::int64_t nowMs, std::int64_t thenMs) {
    if (thenMs <= 0) {
        return "never";
    }
    if (thenMs <= nowMs) {
        return "expired " + span((nowMs - thenMs) / 1000) + " ago";
    }
    return "in " + span((thenMs - nowMs) / 1000);
}

std::string localDateTime(std::int64_t unixMs) {
    return unixMs <= 0 ? "-" : formatLocal(unixMs, "%Y-%m-%d %H:%M:%S");
}

std::string localDateTimeNoted(std::int64_t unixMs, const std::string& note,
                               const std::string& absent) {
    return unixMs <= 0 ? absent : localDateTime(unixMs) + " (" + note + ")";
}

std::string localClockTime(std::int64_t unixMs) {
    return formatLocal(unixMs, "%H:%M:%S");
}

std::int64_t nowUnixMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace croupier::cli
