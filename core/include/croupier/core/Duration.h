#pragma once
// Durations as written in descriptors and config files: "30s", "500ms", "2m", "1h", "1m30s".

#include "croupier/core/Result.h"

#include <chrono>
#include <string>
#include <string_view>

namespace croupier::core {

// Accepts one or more <integer><unit> groups, unit in ms, s, m, h. A bare integer is refused
// (ambiguous). Fails with INVALID_ARGUMENT naming the text. Zero is allowed; negative is not.
Result<std::chrono::milliseconds> parseDuration(std::string_view text);

// The shortest exact text: 1500ms -> "1500ms", 90000ms -> "1m30s", 0 -> "0s".
std::string formatDuration(std::chrono::milliseconds d);

} // namespace croupier::core
