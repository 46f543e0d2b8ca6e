#pragma once
// Schema::applyDefaults() without valijson: walks the original schema document alongside the
// instance. Pure; recursion is bounded by kMaxInstanceDepth.

#include <nlohmann/json.hpp>

namespace croupier::core::detail {

// Fills the `default` of every absent property of the objects `schema` describes, following
// properties, items, allOf and local $refs (resolved against `root`). True when anything was added.
bool applySchemaDefaults(const nlohmann::json& root, const nlohmann::json& schema,
                         nlohmann::json& instance);

} // namespace croupier::core::detail
