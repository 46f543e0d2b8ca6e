#pragma once
// The time values users type into `audit query`: durations for --since ("90s", "15m", "2h",
// "7d", "1w", "1h30m") and timestamps for --from/--to in ISO 8601 ("2024-05-01",
// "2024-05-01T12:00", "2024-05-01 12:00:00.250", "2024-05-01T04:00:00Z", "...+08:00"); a
// timestamp without a zone is local time. Thread-safe (pure functions; mktime reads the zone).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace croupier::cli {

// nullopt unless `text` is one or more <number><unit> (ms, s, m, h, d, w) and above zero.
std::optional<std::chrono::milliseconds> parseDuration(std::string_view text);

// Unix milliseconds; nullopt for anything that is not a valid date (and time).
std::optional<std::int64_t> parseTimestamp(std::string_view text);

} // namespace croupier::cli
