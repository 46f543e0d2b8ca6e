#pragma once
// Turns the text of a `key=value` argument into the JSON value a function's params schema asks
// for: integer, number and boolean properties are parsed as such, arrays from JSON or a comma
// list, objects from JSON, strings kept. Types come from `type` (a name or a list), else from
// `enum`/`const`, else from the branches of `oneOf`/`anyOf`; local "$ref"s are followed.
// Thread-safe (pure functions).

#include "croupier/core/Result.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace croupier::cli {

// The schema of the property at `path` below `root` (through `properties`, or an object-valued
// `additionalProperties`), or nullptr when the schema does not describe it.
const nlohmann::json* propertySchema(const nlohmann::json& root,
                                     const std::vector<std::string>& path);

// The JSON types `schema` allows ("integer", "string", ...); empty when it does not say.
std::vector<std::string> schemaTypes(const nlohmann::json& schema, const nlohmann::json& root);

// The value for `text` under `schema` (nullptr = undescribed: kept as a string). Fails with
// INVALID_ARGUMENT and a message such as `"abc" is not an integer`.
core::Result<nlohmann::json> coerceValue(const nlohmann::json* schema, const nlohmann::json& root,
                                         const std::string& text);

} // namespace croupier::cli
