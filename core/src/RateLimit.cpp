#include "croupier/core/RateLimit.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace croupier::core {
namespace {

struct Period {
    std::string_view suffix;
    double seconds;
};

constexpr std::array<Period, 3> kPeriods{{{"rps", 1.0}, {"rpm", 60.0}, {"rph", 3600.0}}};

// Far above anything a function can serve, low enough that the double stays exact.
constexpr std::int64_t kMaxCount = 1'000'000'000;

Unexpected invalid(std::string_view text) {
    return Unexpected(ErrorCode::InvalidArgument,
                      "invalid rate limit \"" + std::string(text) +
                          "\": expected a positive integer followed by rps, rpm or rph "
                          "(e.g. \"10rps\")",
                      {{"value", std::string(text)}});
}

} // namespace

Result<RateLimit> parseRateLimit(std::string_view text) {
    std::size_t digits = 0;
    std::int64_t count = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') {
        count = count * 10 + (text[digits] - '0');
        if (count > kMaxCount) {
            return invalid(text);
        }
        ++digits;
    }
    if (digits == 0 || count <= 0) {
        return invalid(text);
    }
    const std::string_view suffix = text.substr(digits);
    const auto period = std::find_if(kPeriods.begin(), kPeriods.end(),
                                     [&](const Period& p) { return p.suffix == suffix; });
    if (period == kPeriods.end()) {
        return invalid(text);
    }
    RateLimit limit;
    limit.perSecond = static_cast<double>(count) / period->seconds;
    limit.burst = std::max(1.0, static_cast<double>(count));
    limit.text = std::string(text);
    return limit;
}

} // namespace croupier::core
