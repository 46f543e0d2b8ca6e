#pragma once
// Human forms of the unix-millisecond timestamps the API carries: "3s ago" for tables,
// local "2024-05-01 12:03:04" for details, "12:03:04" for watch lines. Thread-safe.

#include <cstdint>
#include <string>

namespace croupier::cli {

// "never" for 0; "3s ago", "5m ago", "2h ago", "4d ago"; a time in the future counts as now.
std::string relativeTime(std::int64_t nowMs, std::int64_t thenMs);

// For expiry times: "in 45s", "in 5m", "in 11h", "in 3d"; "expired 2m ago" when past; "never"
// for 0.
std::string expiryTime(std::int64_t nowMs, std::int64_t thenMs);

// Local date and time; "-" for 0.
std::string localDateTime(std::int64_t unixMs);

// "2024-05-01 12:03:04 (<note>)", the local date and time with a note such as relativeTime's;
// `absent` for 0.
std::string localDateTimeNoted(std::int64_t unixMs, const std::string& note,
                               const std::string& absent);

// Local time of day.
std::string localClockTime(std::int64_t unixMs);

std::int64_t nowUnixMs();

} // namespace croupier::cli
