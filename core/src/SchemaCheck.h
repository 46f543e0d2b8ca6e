#pragma once
// The checks Croupier runs itself inside valijson (through one custom keyword, "$croupier",
// whose value indexes a CheckBundle), and the rewritten schema document that carries them.
// Built once by SchemaRewriter at compile time, then read-only and shared by validating threads.

#include "FormatChecker.h"
#include "Regex.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace croupier::core::detail {

// Bits of SchemaCheck::types.
enum TypeBit : unsigned {
    kTypeNull = 1u << 0,
    kTypeBoolean = 1u << 1,
    kTypeObject = 1u << 2,
    kTypeArray = 1u << 3,
    kTypeNumber = 1u << 4,
    kTypeString = 1u << 5,
    kTypeInteger = 1u << 6,
};

struct SchemaCheck {
    enum class Kind {
        Type,
        Enum,
        Const,
        Pattern,
        Format,
        Minimum, // minimum / exclusiveMinimum (`exclusive`)
        Maximum, // maximum / exclusiveMaximum (`exclusive`)
        MultipleOf,
        False,       // a `false` schema, or additionalProperties/additionalItems: false
        BranchBegin, // markers around each anyOf/oneOf branch, so the violations of a failed
        BranchEnd,   // combinator's branches can be told apart and dropped
    };

    Kind kind = Kind::False;
    std::string keyword;               // reported in the Violation
    std::string message;               // reported in the Violation
    unsigned types = 0;                // Type
    nlohmann::json values;             // Enum: the array; Const: the value; bounds: the number
    bool exclusive = false;            // Minimum, Maximum
    std::optional<Regex> regex;        // Pattern
    Format format = Format::Unchecked; // Format
};

// All the checks of one schema object, run in order.
using CheckBundle = std::vector<SchemaCheck>;

struct RewrittenSchema {
    nlohmann::json document; // what valijson parses
    std::vector<CheckBundle> bundles;
    // patternProperties patterns, which valijson still runs through std::regex, with where they
    // are ("/patternProperties/^x_"), and their PCRE2 versions for the pre-validation guard.
    std::vector<std::pair<std::string, std::string>> patternProperties;
    std::vector<Regex> patternPropertyRegexes;
    bool usesUniqueItems = false;
};

// The marker text a custom check pushes as a valijson error description:
// "\x01<bundle>:<check>:<variant>", variant 0 = failed, 1 = limit reached.
inline constexpr char kCheckErrorPrefix = '\x01';

} // namespace croupier::core::detail
