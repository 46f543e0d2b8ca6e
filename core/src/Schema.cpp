// The only translation unit that sees valijson (its templates are slow to compile).
// valijson reports bad schemas by exception only when this is set; otherwise it aborts.
#define VALIJSON_USE_EXCEPTIONS 1

#include "croupier/core/Schema.h"

#include "JsonPointer.h"
#include "LargeStack.h"
#include "SchemaDefaults.h"
#include "SchemaLimits.h"
#include "SchemaRewriter.h"
#include "SchemaViolations.h"

#include <cmath>
#include <optional>
#include <regex>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/constraint_builder.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

namespace croupier::core {
namespace {

using detail::CheckBundle;
using detail::SchemaCheck;
using nlohmann::json;
using valijson::adapters::Adapter;
using valijson::adapters::NlohmannJsonAdapter;

enum class Outcome { Pass, Fail, Limit, BadUtf8, Marker };

// Reserved, not committed: only the pages the parser touches are used.
constexpr std::size_t kParserStackBytes = 64u * 1024u * 1024u;

bool isIntegral(double value) {
    return std::isfinite(value) && std::floor(value) == value;
}

bool typeMatches(unsigned types, const Adapter& value) {
    using namespace detail;
    return ((types & kTypeNull) != 0 && value.isNull()) ||
           ((types & kTypeBoolean) != 0 && value.isBool()) ||
           ((types & kTypeObject) != 0 && value.isObject()) ||
           ((types & kTypeArray) != 0 && value.isArray()) ||
           ((types & kTypeString) != 0 && value.isString()) ||
           ((types & kTypeNumber) != 0 && value.isNumber()) ||
           // Draft-07: 24.0 is an integer too.
           ((types & kTypeInteger) != 0 &&
            (value.isInteger() || (value.isDouble() && isIntegral(value.getDouble()))));
}

// long double holds every int64, uint64 and double exactly, so bounds compare exactly.
long double numberOf(const json& value) {
    if (value.is_number_unsigned()) {
        return static_cast<long double>(value.get<std::uint64_t>());
    }
    if (value.is_number_integer()) {
        return static_cast<long double>(value.get<std::int64_t>());
    }
    return static_cast<long double>(value.get<double>());
}

long double numberOf(const Adapter& value) {
    return value.isInteger() ? static_cast<long double>(value.getInteger())
                             : static_cast<long double>(value.getDouble());
}

bool isMultiple(const json& divisor, const Adapter& value) {
    if (value.isInteger() && divisor.is_number_integer() && !divisor.is_number_unsigned()) {
        return value.getInteger() % divisor.get<std::int64_t>() == 0;
    }
    const long double quotient = numberOf(value) / numberOf(divisor);
    if (!std::isfinite(quotient)) {
        return false;
    }
    return std::fabs(quotient - std::round(quotient)) <= 1e-9L;
}

bool equalsAny(const json& values, const Adapter& value) {
    for (const json& candidate : values) {
        if (NlohmannJsonAdapter(candidate).equalTo(value, true)) {
            return true;
        }
    }
    return false;
}

Outcome checkString(const SchemaCheck& check, const Adapter& value) {
    std::string text;
    if (!value.getString(text)) {
        return Outcome::Pass; // pattern and format only constrain strings
    }
    if (check.kind == SchemaCheck::Kind::Format) {
        return detail::checkFormat(check.format, text) ? Outcome::Pass : Outcome::Fail;
    }
    switch (check.regex->search(text)) {
    case detail::Regex::Outcome::Match:
        return Outcome::Pass;
    case detail::Regex::Outcome::NoMatch:
        return Outcome::Fail;
    case detail::Regex::Outcome::InvalidSubject:
        return Outcome::BadUtf8;
    case detail::Regex::Outcome::LimitExceeded:
        return Outcome::Limit;
    }
    return Outcome::Fail;
}

Outcome evaluate(const SchemaCheck& check, const Adapter& value) {
    const auto verdict = [](bool ok) {
        return ok ? Outcome::Pass : Outcome::Fail;
    };
    switch (check.kind) {
    case SchemaCheck::Kind::Type:
        return verdict(typeMatches(check.types, value));
    case SchemaCheck::Kind::Enum:
        return verdict(equalsAny(check.values, value));
    case SchemaCheck::Kind::Const:
        return verdict(equalsAny(json::array({check.values}), value));
    case SchemaCheck::Kind::Pattern:
    case SchemaCheck::Kind::Format:
        return checkString(check, value);
    case SchemaCheck::Kind::Minimum:
        return verdict(!value.isNumber() ||
                       (check.exclusive ? numberOf(value) > numberOf(check.values)
                                        : numberOf(value) >= numberOf(check.values)));
    case SchemaCheck::Kind::Maximum:
        return verdict(!value.isNumber() ||
                       (check.exclusive ? numberOf(value) < numberOf(check.values)
                                        : numberOf(value) <= numberOf(check.values)));
    case SchemaCheck::Kind::MultipleOf:
        return verdict(!value.isNumber() || isMultiple(check.values, value));
    case SchemaCheck::Kind::False:
        return Outcome::Fail;
    case SchemaCheck::Kind::BranchBegin:
    case SchemaCheck::Kind::BranchEnd:
        return Outcome::Marker;
    }
    return Outcome::Fail;
}

int variantOf(Outcome outcome) {
    switch (outcome) {
    case Outcome::Limit:
        return detail::kCheckLimit;
    case Outcome::BadUtf8:
        return detail::kCheckBadUtf8;
    default:
        return detail::kCheckFailed;
    }
}

// Runs one CheckBundle inside valijson, so anyOf/oneOf/not see our checks like their own.
// Copied by valijson (clone); the bundle belongs to Schema::Impl, which outlives every copy.
class CheckConstraint final : public valijson::constraints::PolyConstraint {
public:
    CheckConstraint(const CheckBundle* bundle, std::size_t index)
        : m_bundle(bundle)
        , m_index(index) {}

    bool validate(const Adapter& target, const std::vector<std::string>& context,
                  valijson::ValidationResults* results) const override {
        bool valid = true;
        for (std::size_t i = 0; i < m_bundle->size(); ++i) {
            const Outcome outcome = evaluate((*m_bundle)[i], target);
            if (outcome == Outcome::Pass) {
                continue;
            }
            if (outcome != Outcome::Marker) {
                valid = false;
                if (results == nullptr) {
                    return false;
                }
            }
            if (results != nullptr) {
                results->pushError(context, detail::checkErrorText(m_index, i, variantOf(outcome)));
            }
        }
        return valid;
    }

private:
    Constraint* cloneInto(void* memory) const override {
        return new (memory) CheckConstraint(*this);
    }
    size_t sizeOf() const override { return sizeof(CheckConstraint); }

    const CheckBundle* m_bundle;
    std::size_t m_index;
};

// Builds a CheckConstraint for each "$croupier": <bundle index> the rewriter wrote.
class CheckBuilder final : public valijson::ConstraintBuilder {
public:
    explicit CheckBuilder(const std::vector<CheckBundle>* bundles)
        : m_bundles(bundles) {}

    valijson::constraints::Constraint* make(const Adapter& value) const override {
        std::int64_t index = -1;
        if (!value.getInteger(index) || index < 0 ||
            static_cast<std::size_t>(index) >= m_bundles->size()) {
            valijson::throwRuntimeError("internal: bad check index");
        }
        const auto slot = static_cast<std::size_t>(index);
        return new CheckConstraint(&(*m_bundles)[slot], slot);
    }

private:
    const std::vector<CheckBundle>* m_bundles;
};

// valijson runs patternProperties through std::regex (ECMAScript): a pattern PCRE2 accepts but
// std::regex does not would throw at every validation, so refuse it now.
Result<void> checkStdRegex(const std::vector<std::pair<std::string, std::string>>& patterns) {
    for (const auto& [pattern, pointer] : patterns) {
        try {
            std::regex compiled(pattern);
        } catch (const std::regex_error&) {
            return Unexpected(ErrorCode::InvalidArgument,
                              "invalid schema: \"patternProperties\" at " + pointer +
                                  ": regular expression not supported (use ECMA-262 syntax)",
                              {{"keyword", "patternProperties"}, {"pointer", pointer}});
        }
    }
    return {};
}

} // namespace

struct Schema::Impl {
    std::vector<CheckBundle> bundles; // read by the constraints valijson holds
    std::vector<detail::Regex> patternPropertyRegexes;
    bool usesUniqueItems = false;
    valijson::Schema schema;
};

namespace {

// Refuses payloads that would take valijson too deep, or feed its std::regex (patternProperties)
// or its pairwise uniqueItems check more than they can take.
class InstanceGuard {
public:
    InstanceGuard(const std::vector<detail::Regex>& keyPatterns, bool usesUniqueItems)
        : m_keyPatterns(keyPatterns)
        , m_usesUniqueItems(usesUniqueItems) {}

    std::optional<Violation> check(const json& value, int depth) {
        if (depth > detail::kMaxInstanceDepth) {
            return limit("is nested deeper than " + std::to_string(detail::kMaxInstanceDepth) +
                         " levels");
        }
        if (value.is_object()) {
            for (const auto& [key, child] : value.items()) {
                m_path.push_back(key);
                if (auto violation = checkKey(key)) {
                    return violation;
                }
                if (auto violation = check(child, depth + 1)) {
                    return violation;
                }
                m_path.pop_back();
            }
        } else if (value.is_array()) {
            if (m_usesUniqueItems && value.size() > detail::kMaxUniqueItems) {
                return limit("has more than " + std::to_string(detail::kMaxUniqueItems) + " items");
            }
            for (std::size_t i = 0; i < value.size(); ++i) {
                m_path.push_back(std::to_string(i));
                if (auto violation = check(value[i], depth + 1)) {
                    return violation;
                }
                m_path.pop_back();
            }
        }
        return std::nullopt;
    }

private:
    std::optional<Violation> checkKey(const std::string& key) const {
        if (key.size() > detail::kMaxKeyLength) {
            return limit("has a property name longer than " +
                         std::to_string(detail::kMaxKeyLength) + " bytes");
        }
        for (const detail::Regex& regex : m_keyPatterns) {
            if (regex.search(key) == detail::Regex::Outcome::LimitExceeded) {
                return limit("has a property name too complex to check against pattern " +
                             regex.pattern());
            }
        }
        return std::nullopt;
    }

    Violation limit(std::string message) const {
        return Violation{detail::joinPointer(m_path), "limit", std::move(message)};
    }

    const std::vector<detail::Regex>& m_keyPatterns; // patternProperties, for the names
    bool m_usesUniqueItems;
    detail::PointerTokens m_path;
};

} // namespace

Schema::Schema(nlohmann::json json, std::unique_ptr<Impl> impl)
    : m_json(std::move(json))
    , m_impl(std::move(impl)) {}

Schema::~Schema() = default;

Result<std::shared_ptr<const Schema>> Schema::compile(const nlohmann::json& schema) {
    auto rewritten = detail::SchemaRewriter::rewrite(schema);
    if (!rewritten) {
        return Unexpected(rewritten.error());
    }
    if (auto r = checkStdRegex(rewritten->patternProperties); !r) {
        return Unexpected(r.error());
    }
    auto impl = std::make_unique<Impl>();
    impl->bundles = std::move(rewritten->bundles);
    impl->patternPropertyRegexes = std::move(rewritten->patternPropertyRegexes);
    impl->usesUniqueItems = rewritten->usesUniqueItems;
    std::optional<std::string> failure;
    const auto parse = [&] {
        try {
            valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
            parser.addConstraintBuilder("$croupier", new CheckBuilder(&impl->bundles));
            parser.populateSchema(NlohmannJsonAdapter(rewritten->document), impl->schema);
        } catch (const std::exception& e) {
            failure = e.what();
        } catch (...) {
            failure = "unknown error";
        }
    };
    // valijson's parser recurses once per schema along $ref chains: up to kMaxSchemaNodes levels
    // of a few KiB each, more than some threads have.
    if (!detail::runWithLargeStack(parse, kParserStackBytes)) {
        parse();
    }
    if (failure) {
        // The rewriter checks shapes first; this is a backstop for what it does not know.
        return Unexpected(ErrorCode::InvalidArgument, "invalid schema: " + *failure,
                          {{"keyword", ""}, {"pointer", ""}});
    }
    return std::shared_ptr<const Schema>(new Schema(schema, std::move(impl)));
}

std::vector<Violation> Schema::validate(const nlohmann::json& instance) const {
    try {
        if (auto violation = InstanceGuard(m_impl->patternPropertyRegexes, m_impl->usesUniqueItems)
                                 .check(instance, 0)) {
            return {*violation};
        }
        valijson::Validator validator(valijson::Validator::kStrongTypes);
        valijson::ValidationResults results;
        if (validator.validate(m_impl->schema, NlohmannJsonAdapter(instance), &results)) {
            return {};
        }
        std::vector<detail::RawError> raw;
        raw.reserve(results.numErrors());
        for (const auto& error : results) {
            raw.push_back({&error.context, &error.description});
        }
        std::vector<Violation> violations = detail::translateErrors(raw, m_impl->bundles);
        if (violations.empty()) {
            // Only propertyNames fails without an error of its own.
            violations.push_back({"", "propertyNames", "has a property name that is not allowed"});
        }
        return violations;
    } catch (...) {
        // Nothing above should throw; if valijson or the allocator does, the payload is refused.
        return {Violation{"", "schema", "could not be validated"}};
    }
}

bool Schema::applyDefaults(nlohmann::json& instance) const {
    return detail::applySchemaDefaults(m_json, m_json, instance);
}

} // namespace croupier::core
