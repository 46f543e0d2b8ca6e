#pragma once
// Terminal column arithmetic for UTF-8 text: Chinese function names and messages take two
// columns a character, combining marks none. Used by TextTable and the progress bar so their
// columns line up. Invalid UTF-8 bytes count as one column each. Thread-safe (pure functions).

#include <cstddef>
#include <string>
#include <string_view>

namespace croupier::cli {

std::size_t displayWidth(std::string_view utf8);

// At most `width` columns of `utf8`, ending in "…" when something was cut.
std::string truncateToWidth(std::string_view utf8, std::size_t width);

// `utf8` followed by spaces up to `width` columns (unchanged when already wider).
std::string padToWidth(std::string_view utf8, std::size_t width);

// Replaces control characters (newlines, escape sequences from agent-supplied text) with
// spaces so one value stays on one line and cannot drive the terminal.
std::string sanitizeLine(std::string_view text);

// "-" for an empty value, so a table cell is never blank.
std::string orDash(const std::string& text);

} // namespace croupier::cli
