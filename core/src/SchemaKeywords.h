#pragma once
// The draft-07 keywords Croupier knows, what each one is, and the shape checks of the keywords
// that hold plain values. Error messages here say only what is wrong ("must be a number"); the
// caller adds the keyword and where it is. Pure functions, safe from any thread.

#include "SchemaCheck.h"
#include "croupier/core/Result.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace croupier::core::detail {

enum class KeywordKind {
    SchemaMap,  // properties, definitions
    PatternMap, // patternProperties
    Dependencies,
    Items,
    ChildSchema,  // a schema applied to parts of the value: additional*, contains, propertyNames
    InlineSchema, // a schema applied to the value itself: not, if, then, else
    AllOf,
    Branches,   // anyOf, oneOf
    Assertion,  // type, enum, const, pattern, format, bounds, multipleOf: Croupier checks
    Simple,     // numbers, counts, booleans, strings, required
    Drop,       // id, divisibleBy, $croupier: valijson must not see them
    Annotation, // default, examples, and unknown keywords: copied as they are
};

// `known` is set to false for keywords draft-07 does not define.
KeywordKind keywordKind(std::string_view key, bool* known);

// For Assertion keywords: the check to run, or nullopt when there is nothing to
// check (an unknown or annotation-only format such as "password").
Result<std::optional<SchemaCheck>> makeAssertion(const std::string& key,
                                                 const nlohmann::json& value);

// For Simple keywords: the value to keep (counts normalised to integers), or what is wrong.
Result<nlohmann::json> checkSimpleKeyword(const std::string& key, const nlohmann::json& value);

} // namespace croupier::core::detail
