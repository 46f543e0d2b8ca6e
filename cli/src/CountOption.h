#pragma once
// The --limit N options of the list commands. Thread-safe (pure function).

#include <string>

namespace croupier::cli {

// `text` as a whole number from 1 to `max`; 0 when it is not one.
int parseCountOption(const std::string& text, int max);

} // namespace croupier::cli
