#include "SchemaViolations.h"

#include "JsonPointer.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <set>
#include <tuple>

namespace croupier::core::detail {
namespace {

enum class Role {
    Leaf,         // a violation of its own
    Wrapper,      // "failed to validate child schema #2": the children say it all
    ChildWrapper, // wraps the errors of one property or item (see ChildScope)
    Combinator,   // anyOf / oneOf: replaces the errors of its branches
    Unknown,
};

// Where the errors wrapped by a ChildWrapper are: under context + [token], under context itself
// (valijson pushes the items wrapper at the item's context), or under any child.
enum class ChildScope { Token, Self, Any };

struct Classified {
    Role role = Role::Unknown;
    std::string keyword;
    std::string message;
    std::string token; // Leaf: appended to the pointer (a missing property); ChildWrapper: child
    ChildScope scope = ChildScope::Token;
};

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// The text between `prefix` and `suffix`, when `text` is exactly prefix + X + suffix.
std::optional<std::string> between(std::string_view text, std::string_view prefix,
                                   std::string_view suffix) {
    if (text.size() < prefix.size() + suffix.size() || !startsWith(text, prefix) ||
        text.substr(text.size() - suffix.size()) != suffix) {
        return std::nullopt;
    }
    return std::string(text.substr(prefix.size(), text.size() - prefix.size() - suffix.size()));
}

std::string counted(std::string_view number, std::string_view one, std::string_view many) {
    return std::string(number) + " " + std::string(number == "1" ? one : many);
}

struct SizeRule {
    std::string_view prefix;
    std::string_view keyword;
    std::string_view lead; // "must have at most"
    std::string_view one;
    std::string_view many;
};

// valijson: "<prefix><N> <unit>." for the six size keywords.
std::optional<Classified> classifySize(std::string_view text) {
    static constexpr SizeRule kRules[] = {
        {"Array should contain no more than ", "maxItems", "must have at most", "item", "items"},
        {"Array should contain no fewer than ", "minItems", "must have at least", "item", "items"},
        {"String should be no more than ", "maxLength", "must be at most", "character long",
         "characters long"},
        {"String should be no fewer than ", "minLength", "must be at least", "character long",
         "characters long"},
        {"Object should have no more than ", "maxProperties", "must have at most", "property",
         "properties"},
        {"Object should have no fewer than ", "minProperties", "must have at least", "property",
         "properties"},
    };
    for (const SizeRule& rule : kRules) {
        if (startsWith(text, rule.prefix)) {
            const std::string_view rest = text.substr(rule.prefix.size());
            const std::string_view number = rest.substr(0, rest.find(' '));
            return Classified{Role::Leaf, std::string(rule.keyword),
                              std::string(rule.lead) + " " + counted(number, rule.one, rule.many)};
        }
    }
    return std::nullopt;
}

struct FixedRule {
    std::string_view text;
    Role role;
    std::string_view keyword;
    std::string_view message;
};

std::optional<Classified> classifyFixed(std::string_view text) {
    static constexpr FixedRule kRules[] = {
        {"Failed to validate against any schemas allowed by anyOf constraint.", Role::Combinator,
         "anyOf", "must match at least one of the allowed schemas"},
        {"Failed to validate against any child schemas allowed by oneOf constraint.",
         Role::Combinator, "oneOf", "must match exactly one of the allowed schemas"},
        {"Failed to validate against exactly one child schema.", Role::Combinator, "oneOf",
         "must match exactly one of the allowed schemas, but matches several"},
        {"Failed to validate against a conditional schema set by if-then-else constraints.",
         Role::Wrapper, "", ""},
        {"Failed to validate against dependent schema.", Role::Wrapper, "", ""},
        {"Failed to validate against additional properties schema", Role::ChildWrapper, "", ""},
        {"Failed to match expected value set by 'const' constraint.", Role::Leaf, "const",
         "must be equal to the allowed value"},
        {"Target value and comparison value are not equal", Role::Leaf, "const",
         "must be equal to the allowed value"},
        {"Failed to any values against subschema in 'contains' constraint.", Role::Leaf, "contains",
         "must contain at least one matching item"},
        {"Failed to match against any enum values.", Role::Leaf, "enum",
         "must be one of the allowed values"},
        {"Array contains more items than allowed by items constraint.", Role::Leaf,
         "additionalItems", "has more items than allowed"},
        {"Target should not validate against schema specified in 'not' constraint.", Role::Leaf,
         "not", "must not match the excluded schema"},
        {"Failed to match regex specified by 'pattern' constraint.", Role::Leaf, "pattern",
         "must match the required pattern"},
        {"Value type not permitted by 'type' constraint.", Role::Leaf, "type",
         "has the wrong type"},
    };
    for (const FixedRule& rule : kRules) {
        if (text == rule.text) {
            Classified result{rule.role, std::string(rule.keyword), std::string(rule.message)};
            result.scope = ChildScope::Any;
            return result;
        }
    }
    return std::nullopt;
}

// Descriptions that embed a name or an index.
std::optional<Classified> classifyNamed(std::string_view text) {
    if (auto name = between(text, "Missing required property '", "'.")) {
        return Classified{Role::Leaf, "required", "is required", *name};
    }
    if (auto name = between(text, "Missing dependency '", "'.")) {
        return Classified{Role::Leaf, "dependencies", "is required by a dependency", *name};
    }
    if (auto name = between(text,
                            "Object contains a property that could not be validated using "
                            "'properties' or 'additionalProperties' constraints: '",
                            "'.")) {
        return Classified{Role::Leaf, "additionalProperties", "is not allowed", *name};
    }
    if (auto name = between(text,
                            "Failed to validate against schema associated with property "
                            "name '",
                            "'.")) {
        return Classified{Role::ChildWrapper, "", "", *name};
    }
    if (startsWith(text, "Failed to validate against schema associated with pattern '")) {
        return Classified{Role::ChildWrapper, "", "", "", ChildScope::Any};
    }
    if (auto index =
            between(text, "Failed to validate item #", " against additional items schema.")) {
        return Classified{Role::ChildWrapper, "", "", *index};
    }
    if (auto index = between(text, "Failed to validate item #", " in array.")) {
        return Classified{Role::ChildWrapper, "", "", *index};
    }
    if (between(text, "Failed to validate item #", " against corresponding item schema.")) {
        return Classified{Role::ChildWrapper, "", "", "", ChildScope::Self};
    }
    if (startsWith(text, "Failed to validate against child schema #")) {
        return Classified{Role::Wrapper};
    }
    if (startsWith(text, "Cannot validate item #")) {
        return Classified{Role::Leaf, "additionalItems", "has more items than allowed"};
    }
    return std::nullopt;
}

// "Elements at indexes #0 and #2 violate uniqueness constraint." -> /2: same as item 0.
std::optional<Classified> classifyUnique(std::string_view text) {
    const auto pair = between(text, "Elements at indexes #", " violate uniqueness constraint.");
    if (!pair) {
        return std::nullopt;
    }
    const std::size_t separator = pair->find(" and #");
    if (separator == std::string::npos) {
        return std::nullopt;
    }
    return Classified{Role::Leaf, "uniqueItems",
                      "must be unique (same as item " + pair->substr(0, separator) + ")",
                      pair->substr(separator + 6)};
}

Classified classify(std::string_view text) {
    for (auto* rule : {classifyFixed, classifySize, classifyNamed, classifyUnique}) {
        if (auto result = rule(text)) {
            return *result;
        }
    }
    return Classified{Role::Unknown, "schema", "is not valid"};
}

bool hasPrefix(const std::vector<std::string>& context, const std::vector<std::string>& prefix) {
    return context.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), context.begin());
}

// valijson pushes a wrapper right after the errors of the child it wraps, so the wrapper has
// children exactly when the error before it lies under that child. A child that failed without
// an error of its own can only have failed propertyNames (valijson reports nothing for it).
bool hasChildren(const std::vector<RawError>& errors, std::size_t index, const Classified& c) {
    if (index == 0) {
        return false;
    }
    const std::vector<std::string>& own = *errors[index].context;
    const std::vector<std::string>& previous = *errors[index - 1].context;
    switch (c.scope) {
    case ChildScope::Self:
        return hasPrefix(previous, own);
    case ChildScope::Any:
        return previous.size() > own.size() && hasPrefix(previous, own);
    case ChildScope::Token: {
        std::vector<std::string> child = own;
        child.push_back("[" + c.token + "]");
        return hasPrefix(previous, child);
    }
    }
    return false;
}

std::string childPointer(const std::string& pointer, const std::string& token) {
    return token.empty() ? pointer : pointer + "/" + escapePointerToken(token);
}

// "\x01<bundle>:<check>:<variant>" -> the check, or null when malformed.
const SchemaCheck* parseCheckError(const std::string& text, const std::vector<CheckBundle>& bundles,
                                   int* variant) {
    std::size_t numbers[3] = {0, 0, 0};
    const char* cursor = text.data() + 1;
    const char* end = text.data() + text.size();
    for (std::size_t i = 0; i < 3; ++i) {
        const auto [next, error] = std::from_chars(cursor, end, numbers[i]);
        if (error != std::errc() || (i < 2 && (next == end || *next != ':'))) {
            return nullptr;
        }
        cursor = next + 1;
    }
    if (numbers[0] >= bundles.size() || numbers[1] >= bundles[numbers[0]].size()) {
        return nullptr;
    }
    *variant = static_cast<int>(numbers[2]);
    return &bundles[numbers[0]][numbers[1]];
}

std::string checkMessage(const SchemaCheck& check, int variant) {
    if (variant == kCheckBadUtf8) {
        return "is not valid UTF-8";
    }
    if (variant == kCheckLimit) {
        return "is too long or too complex to check against pattern " + check.regex->pattern();
    }
    return check.message;
}

// Builds the violation list, dropping the errors inside failed anyOf/oneOf branches.
class Translator {
public:
    explicit Translator(const std::vector<CheckBundle>& bundles)
        : m_bundles(bundles) {}

    void add(const std::vector<RawError>& errors, std::size_t index) {
        const RawError& error = errors[index];
        const std::string pointer = pointerFromContext(*error.context);
        if (!error.description->empty() && error.description->front() == kCheckErrorPrefix) {
            addCheck(*error.description, pointer);
            return;
        }
        const Classified c = classify(*error.description);
        switch (c.role) {
        case Role::Wrapper:
            return;
        case Role::ChildWrapper:
            if (!hasChildren(errors, index, c)) {
                m_out.push_back({childPointer(pointer, c.token), "propertyNames",
                                 "has a property name that is not allowed"});
            }
            return;
        case Role::Combinator:
            dropBranches();
            m_out.push_back({pointer, c.keyword, c.message});
            return;
        case Role::Leaf:
        case Role::Unknown:
            m_out.push_back({childPointer(pointer, c.token), c.keyword, c.message});
        }
    }

    std::vector<Violation> take() { return std::move(m_out); }

private:
    void addCheck(const std::string& text, const std::string& pointer) {
        int variant = 0;
        const SchemaCheck* check = parseCheckError(text, m_bundles, &variant);
        if (check == nullptr) {
            m_out.push_back({pointer, "schema", "is not valid"});
        } else if (check->kind == SchemaCheck::Kind::BranchBegin) {
            m_open.push_back(m_out.size());
        } else if (check->kind == SchemaCheck::Kind::BranchEnd) {
            if (!m_open.empty()) {
                m_branches.emplace_back(m_open.back(), m_out.size());
                m_open.pop_back();
            }
        } else {
            m_out.push_back({pointer, check->keyword, checkMessage(*check, variant)});
        }
    }

    // The branches of a failed combinator end exactly where its own error goes.
    void dropBranches() {
        while (!m_branches.empty() && m_branches.back().second == m_out.size()) {
            m_out.resize(m_branches.back().first);
            m_branches.pop_back();
        }
    }

    const std::vector<CheckBundle>& m_bundles;
    std::vector<Violation> m_out;
    std::vector<std::size_t> m_open; // starts of branches not yet closed
    std::vector<std::pair<std::size_t, std::size_t>> m_branches; // closed: [start, end)
};

// Compares pointer tokens, numerically when both are array indices.
bool tokenLess(const std::string& a, const std::string& b) {
    const auto numeric = [](const std::string& s) {
        return !s.empty() && s.size() < 19 &&
               std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (numeric(a) && numeric(b)) {
        return std::stoll(a) < std::stoll(b);
    }
    return a < b;
}

} // namespace

std::string pointerFromContext(const std::vector<std::string>& context) {
    std::string pointer;
    for (std::size_t i = 1; i < context.size(); ++i) {
        const std::string& part = context[i];
        const bool bracketed = part.size() >= 2 && part.front() == '[' && part.back() == ']';
        pointer += '/';
        pointer += escapePointerToken(bracketed ? std::string_view(part).substr(1, part.size() - 2)
                                                : std::string_view(part));
    }
    return pointer;
}

std::string checkErrorText(std::size_t bundle, std::size_t check, int variant) {
    std::string text(1, kCheckErrorPrefix);
    text += std::to_string(bundle) + ":" + std::to_string(check) + ":" + std::to_string(variant);
    return text;
}

std::vector<Violation> translateErrors(const std::vector<RawError>& errors,
                                       const std::vector<CheckBundle>& bundles) {
    Translator translator(bundles);
    for (std::size_t i = 0; i < errors.size(); ++i) {
        translator.add(errors, i);
    }
    std::vector<Violation> violations = translator.take();
    sortViolations(violations);
    return violations;
}

void sortViolations(std::vector<Violation>& violations) {
    const auto tokens = [](const std::string& pointer) {
        return parsePointer(pointer).value_or(PointerTokens{pointer});
    };
    std::stable_sort(violations.begin(), violations.end(),
                     [&](const Violation& a, const Violation& b) {
                         const PointerTokens left = tokens(a.pointer);
                         const PointerTokens right = tokens(b.pointer);
                         return std::lexicographical_compare(left.begin(), left.end(),
                                                             right.begin(), right.end(), tokenLess);
                     });
    std::vector<Violation> unique;
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (Violation& v : violations) {
        // One uniqueItems violation per duplicate, not one per earlier equal item.
        const std::string& text = v.keyword == "uniqueItems" ? std::string() : v.message;
        if (seen.emplace(v.pointer, v.keyword, text).second) {
            unique.push_back(std::move(v));
        }
    }
    violations = std::move(unique);
}

} // namespace croupier::core::detail

namespace croupier::core {

std::string describe(const std::vector<Violation>& violations) {
    std::string out;
    for (const Violation& v : violations) {
        if (!out.empty()) {
            out += "; ";
        }
        out += v.pointer.empty() ? std::string("(root)") : v.pointer;
        out += ": ";
        out += v.message;
    }
    return out;
}

void addViolationDetails(const std::vector<Violation>& violations,
                         std::map<std::string, std::string>& details) {
    for (std::size_t i = 0; i < violations.size(); ++i) {
        const std::string prefix = "violation." + std::to_string(i) + ".";
        details[prefix + "pointer"] = violations[i].pointer;
        details[prefix + "keyword"] = violations[i].keyword;
        details[prefix + "message"] = violations[i].message;
    }
    details["violations"] = std::to_string(violations.size());
}

std::vector<Violation> violationsFromDetails(const std::map<std::string, std::string>& details) {
    const auto count = details.find("violations");
    std::size_t n = 0;
    if (count == details.end()) {
        return {};
    }
    const std::string& text = count->second;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (error != std::errc() || end != text.data() + text.size()) {
        return {};
    }
    const auto field = [&](const std::string& key) {
        const auto it = details.find(key);
        return it == details.end() ? std::string() : it->second;
    };
    std::vector<Violation> violations;
    // Bounded by the entries actually present, whatever the count claims.
    for (std::size_t i = 0; i < n && i <= details.size(); ++i) {
        const std::string prefix = "violation." + std::to_string(i) + ".";
        violations.push_back(
            {field(prefix + "pointer"), field(prefix + "keyword"), field(prefix + "message")});
    }
    return violations;
}

} // namespace croupier::core
