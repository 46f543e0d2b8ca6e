#include "ProgressBar.h"

#include "TextWidth.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace croupier::cli {

int percentOf(double fraction) {
    if (!std::isfinite(fraction)) {
        return 0;
    }
    return static_cast<int>(std::floor(std::clamp(fraction, 0.0, 1.0) * 100.0 + 1e-9));
}

namespace {

std::string percentText(double fraction) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%3d%%", percentOf(fraction));
    return buf;
}

} // namespace

std::string renderProgressBar(double fraction, const std::string& message, std::size_t width) {
    const std::size_t usable = std::max<std::size_t>(width, 20) - 1;
    const std::size_t barCells = usable >= 60 ? 30 : std::max<std::size_t>(usable / 3, 5);
    const auto filled = static_cast<std::size_t>(percentOf(fraction)) * barCells / 100;
    std::string line = "[" + std::string(filled, '#') + std::string(barCells - filled, '-') + "] " +
                       percentText(fraction);
    const std::string text = sanitizeLine(message);
    const std::size_t used = displayWidth(line);
    if (!text.empty() && used + 2 < usable) {
        line += "  " + truncateToWidth(text, usable - used - 2);
    }
    return line;
}

std::string plainProgressLine(double fraction, const std::string& message) {
    std::string line = "progress " + percentText(fraction);
    const std::string text = sanitizeLine(message);
    if (!text.empty()) {
        line += "  " + text;
    }
    return line;
}

} // namespace croupier::cli
