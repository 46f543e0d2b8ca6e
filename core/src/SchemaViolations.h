#pragma once
// Turns valijson's error list into Croupier's Violations: leaf errors only, JSON pointers instead
// of valijson contexts, keywords recovered from valijson's fixed descriptions (one table), our
// own short English messages, and the violations inside a failed anyOf/oneOf's branches dropped
// in favour of the combinator's own. Pure functions, safe from any thread.

#include "SchemaCheck.h"
#include "croupier/core/Schema.h"

#include <string>
#include <vector>

namespace croupier::core::detail {

// One valijson error, borrowed: context like {"<root>", "[player_id]", "[2]"}.
struct RawError {
    const std::vector<std::string>* context;
    const std::string* description;
};

// {"<root>", "[a/b]", "[2]"} -> "/a~1b/2".
std::string pointerFromContext(const std::vector<std::string>& context);

// The description a custom check pushes (see kCheckErrorPrefix).
std::string checkErrorText(std::size_t bundle, std::size_t check, int variant);

// Variants of a failed check.
inline constexpr int kCheckFailed = 0;
inline constexpr int kCheckLimit = 1;
inline constexpr int kCheckBadUtf8 = 2;

// In valijson's order, which is post-order: a wrapper follows the errors it wraps.
std::vector<Violation> translateErrors(const std::vector<RawError>& errors,
                                       const std::vector<CheckBundle>& bundles);

// Sorts by pointer (array indices numerically) and drops exact duplicates.
void sortViolations(std::vector<Violation>& violations);

} // namespace croupier::core::detail
