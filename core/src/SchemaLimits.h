#pragma once
// Bounds that keep schema compilation and validation finite and off the edge of the stack,
// whatever a descriptor or payload contains. Shared by the schema translation units.

#include <cstddef>

namespace croupier::core::detail {

// Nesting of schemas inside schemas (properties/x/items/...), counted in schema levels.
inline constexpr int kMaxSchemaDepth = 64;
// Nesting of raw JSON anywhere in a schema document (enum values, defaults, unknown keywords).
inline constexpr int kMaxSchemaJsonDepth = 256;
// Schema objects in one document. valijson parses them recursively, following $refs, about
// 2 KiB of stack per level: 1000 keeps the worst case (one long $ref chain) under 2 MiB.
inline constexpr std::size_t kMaxSchemaNodes = 1000;
// Longest chain of allOf/anyOf/oneOf/not/if/then/else/dependencies/$ref that applies to the same
// value; each link is a level of validator recursion that consumes nothing.
inline constexpr int kMaxInlineChain = 16;

// Payloads: nesting depth, property-name length (names are matched by std::regex inside
// valijson for patternProperties) and array length under uniqueItems (checked pairwise).
inline constexpr int kMaxInstanceDepth = 64;
inline constexpr std::size_t kMaxKeyLength = 1024;
inline constexpr std::size_t kMaxUniqueItems = 2000;

} // namespace croupier::core::detail
