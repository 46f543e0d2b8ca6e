#pragma once
// Rate-limit specs from `semantics.rate_limit`: "10rps", "600rpm", "36000rph".

#include "croupier/core/Result.h"

#include <string>
#include <string_view>

namespace croupier::core {

struct RateLimit {
    double perSecond = 0;  // sustained rate
    double burst = 0;      // bucket size: max(1, the count as written, e.g. 10 for "10rps")
    std::string text;      // as written
};

// Fails with INVALID_ARGUMENT for anything but a positive integer followed by rps|rpm|rph.
Result<RateLimit> parseRateLimit(std::string_view text);

} // namespace croupier::core
