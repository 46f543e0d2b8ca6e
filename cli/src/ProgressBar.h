#pragma once
// The text of job progress: a bar for a terminal ("[########------------]  40% exporting"),
// fitted to its width, and a plain line for pipes and logs ("progress  40%  exporting").
// Thread-safe (pure functions).

#include <cstddef>
#include <string>

namespace croupier::cli {

// Whole percent, rounded down and clamped to 0..100 (a job at 99.6% is not done).
int percentOf(double fraction);

// At most `width` - 1 columns (so the terminal never wraps); the message is cut to fit.
std::string renderProgressBar(double fraction, const std::string& message, std::size_t width);

std::string plainProgressLine(double fraction, const std::string& message);

} // namespace croupier::cli
