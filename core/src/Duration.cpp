#include "croupier/core/Duration.h"

#include <array>
#include <cstdint>
#include <limits>

namespace croupier::core {
namespace {

struct Unit {
    std::string_view suffix;
    std::int64_t ms;
};

// Largest first: groups must appear in this order, each at most once ("1h30m", not "30m1h").
constexpr std::array<Unit, 4> kUnits{{{"h", 3'600'000}, {"m", 60'000}, {"s", 1'000}, {"ms", 1}}};

// Longest suffix first so "ms" is not read as "m" followed by garbage.
int matchUnit(std::string_view rest, std::size_t& length) {
    if (rest.substr(0, 2) == "ms") {
        length = 2;
        return 3;
    }
    for (int i = 0; i < 3; ++i) {
        if (!rest.empty() && rest.substr(0, 1) == kUnits[static_cast<std::size_t>(i)].suffix) {
            length = 1;
            return i;
        }
    }
    return -1;
}

Unexpected invalid(std::string_view text, std::string_view why) {
    return Unexpected(ErrorCode::InvalidArgument,
                      "invalid duration \"" + std::string(text) + "\": " + std::string(why),
                      {{"value", std::string(text)}});
}

} // namespace

Result<std::chrono::milliseconds> parseDuration(std::string_view text) {
    if (text.empty()) {
        return invalid(text, "empty");
    }
    if (text.front() == '-') {
        return invalid(text, "must not be negative");
    }
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    std::int64_t total = 0;
    int lastUnit = -1;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::int64_t number = 0;
        const std::size_t start = pos;
        for (; pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++pos) {
            if (number > (kMax - (text[pos] - '0')) / 10) {
                return invalid(text, "too large");
            }
            number = number * 10 + (text[pos] - '0');
        }
        if (pos == start) {
            return invalid(text, "expected a number followed by ms, s, m or h");
        }
        std::size_t length = 0;
        const int unit = matchUnit(text.substr(pos), length);
        if (unit < 0) {
            return invalid(text, "expected a unit (ms, s, m or h) after " +
                                     std::string(text.substr(start, pos - start)));
        }
        if (unit <= lastUnit) {
            return invalid(text, "units must go from largest to smallest, each at most once");
        }
        const std::int64_t factor = kUnits[static_cast<std::size_t>(unit)].ms;
        if (number > (kMax - total) / factor) {
            return invalid(text, "too large");
        }
        total += number * factor;
        lastUnit = unit;
        pos += length;
    }
    return std::chrono::milliseconds(total);
}

std::string formatDuration(std::chrono::milliseconds d) {
    std::int64_t ms = d.count();
    if (ms < 0) {
        // Negate through unsigned arithmetic so INT64_MIN does not overflow.
        const auto magnitude = static_cast<std::uint64_t>(0) - static_cast<std::uint64_t>(ms);
        return "-" + std::to_string(magnitude) + "ms";
    }
    if (ms == 0) {
        return "0s";
    }
    if (ms % 1000 != 0) {
        return std::to_string(ms) + "ms";
    }
    std::string out;
    for (std::size_t i = 0; i < 3; ++i) {
        const std::int64_t count = ms / kUnits[i].ms;
        if (count > 0) {
            out += std::to_string(count);
            out += kUnits[i].suffix;
            ms -= count * kUnits[i].ms;
        }
    }
    return out;
}

} // namespace croupier::core
