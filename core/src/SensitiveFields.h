#pragma once
// Finding and masking sensitive parameters for Descriptor: JSON pointers of params that are
// `format: password`, `writeOnly: true` or listed in ui.sensitive, where a "*" token stands for
// every array item or object member. Pure functions, safe from any thread.

#include "croupier/core/Descriptor.h"

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace croupier::core::detail {

// Pointers of the sensitive params, from the params schema (local $refs, nested objects, array
// items, allOf/anyOf/oneOf branches) and the ui.sensitive entries (a bare name means "/name").
std::set<std::string> findSensitivePointers(const nlohmann::json& params,
                                            const std::vector<std::string>& uiSensitive);

// A copy of `payload` with the values at `pointers` (when present) replaced by kMaskedValue.
nlohmann::json maskPointers(const nlohmann::json& payload, const std::set<std::string>& pointers);

} // namespace croupier::core::detail
