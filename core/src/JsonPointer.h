#pragma once
// RFC 6901 JSON pointers and local "$ref" strings, as token lists. Internal to croupier_core;
// pure functions, safe from any thread.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace croupier::core::detail {

using PointerTokens = std::vector<std::string>;

// "a/b~c" -> "a~1b~0c".
std::string escapePointerToken(std::string_view token);

// {"a", "b"} -> "/a/b"; {} -> "".
std::string joinPointer(const PointerTokens& tokens);

// "/a~1b/0" -> {"a/b", "0"}; nullopt unless empty or starting with '/', or on a bad '~' escape.
std::optional<PointerTokens> parsePointer(std::string_view pointer);

// "#/definitions/a%20b" -> {"definitions", "a b"}; nullopt for anything but "#" + pointer
// (remote references, plain-name fragments, bad %-escapes).
std::optional<PointerTokens> parseLocalRef(std::string_view ref);

// The inverse of parseLocalRef: "#" + pointer, with '%' written as "%25".
std::string encodeLocalRef(const PointerTokens& tokens);

// The value at `tokens` below `root`, or null when absent. Array indices must be plain decimal.
const nlohmann::json* resolvePointer(const nlohmann::json& root, const PointerTokens& tokens);

// Follows local "$ref"s from `schema` (below `root`) to a schema object without one, at most
// kMaxInlineChain + 1 hops; null when a reference cannot be resolved, the chain is longer, or
// it ends on something other than an object.
const nlohmann::json* resolveLocalRefs(const nlohmann::json& root, const nlohmann::json* schema);

} // namespace croupier::core::detail
