#include "SchemaKeywords.h"

#include <cmath>
#include <map>
#include <set>

namespace croupier::core::detail {
namespace {

using json = nlohmann::json;

const char* typeArticle(unsigned bit) {
    switch (bit) {
    case kTypeNull:
        return "null";
    case kTypeBoolean:
        return "a boolean";
    case kTypeObject:
        return "an object";
    case kTypeArray:
        return "an array";
    case kTypeNumber:
        return "a number";
    case kTypeString:
        return "a string";
    default:
        return "an integer";
    }
}

unsigned typeBit(const json& name) {
    static const std::map<std::string, unsigned, std::less<>> kBits{
        {"null", kTypeNull},      {"boolean", kTypeBoolean}, {"object", kTypeObject},
        {"array", kTypeArray},    {"number", kTypeNumber},   {"string", kTypeString},
        {"integer", kTypeInteger}};
    if (!name.is_string()) {
        return 0;
    }
    const auto it = kBits.find(name.get_ref<const std::string&>());
    return it == kBits.end() ? 0 : it->second;
}

// "must be a string", "must be a string or null", "must be a string, an integer or null".
Result<SchemaCheck> typeCheck(const json& value) {
    const json names = value.is_array() ? value : json::array({value});
    SchemaCheck check;
    check.kind = SchemaCheck::Kind::Type;
    check.keyword = "type";
    check.message = "must be ";
    for (std::size_t i = 0; i < names.size(); ++i) {
        const unsigned bit = typeBit(names[i]);
        if (bit == 0 || (check.types & bit) != 0) {
            return Unexpected(ErrorCode::InvalidArgument,
                              "must be one of null, boolean, object, array, number, string, "
                              "integer (or a list of distinct ones)");
        }
        check.types |= bit;
        if (i > 0) {
            check.message += i + 1 == names.size() ? " or " : ", ";
        }
        check.message += typeArticle(bit);
    }
    if (names.empty()) {
        return Unexpected(ErrorCode::InvalidArgument, "must not be an empty list");
    }
    return check;
}

std::string shortDump(const json& value) {
    return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

SchemaCheck valueCheck(SchemaCheck::Kind kind, const json& value) {
    SchemaCheck check;
    check.kind = kind;
    check.values = value;
    if (kind == SchemaCheck::Kind::Const) {
        check.keyword = "const";
        const std::string text = shortDump(value);
        check.message =
            text.size() <= 60 ? "must be equal to " + text : "must be equal to the allowed value";
        return check;
    }
    check.keyword = "enum";
    std::string list;
    bool brief = value.size() <= 10;
    for (std::size_t i = 0; i < value.size() && brief; ++i) {
        const std::string text = shortDump(value[i]);
        brief = text.size() <= 40;
        list += (i > 0 ? ", " : "") + text;
    }
    check.message = brief
                        ? "must be one of: " + list
                        : "must be one of the " + std::to_string(value.size()) + " allowed values";
    return check;
}

Unexpected wrong(std::string message) {
    return Unexpected(ErrorCode::InvalidArgument, std::move(message));
}

SchemaCheck patternCheck(const std::string& pattern, Regex regex) {
    SchemaCheck check;
    check.kind = SchemaCheck::Kind::Pattern;
    check.keyword = "pattern";
    check.message = "must match pattern " + pattern;
    check.regex = std::move(regex);
    return check;
}

// minimum, exclusiveMinimum, maximum, exclusiveMaximum, multipleOf.
Result<SchemaCheck> numberCheck(const std::string& key, const json& value) {
    if (!value.is_number()) {
        return wrong("must be a number");
    }
    SchemaCheck check;
    check.keyword = key;
    check.values = value;
    const std::string number = value.dump();
    if (key == "multipleOf") {
        if (value.get<double>() <= 0) {
            return wrong("must be a number greater than 0");
        }
        check.kind = SchemaCheck::Kind::MultipleOf;
        check.message = "must be a multiple of " + number;
        return check;
    }
    check.exclusive = key.rfind("exclusive", 0) == 0;
    const bool lower = key == "minimum" || key == "exclusiveMinimum";
    check.kind = lower ? SchemaCheck::Kind::Minimum : SchemaCheck::Kind::Maximum;
    check.message =
        std::string("must be ") + (lower ? ">" : "<") + (check.exclusive ? "" : "=") + " " + number;
    return check;
}

} // namespace

KeywordKind keywordKind(std::string_view key, bool* known) {
    static const std::map<std::string_view, KeywordKind, std::less<>> kKinds{
        {"properties", KeywordKind::SchemaMap},
        {"definitions", KeywordKind::SchemaMap},
        {"patternProperties", KeywordKind::PatternMap},
        {"dependencies", KeywordKind::Dependencies},
        {"items", KeywordKind::Items},
        {"additionalItems", KeywordKind::ChildSchema},
        {"additionalProperties", KeywordKind::ChildSchema},
        {"contains", KeywordKind::ChildSchema},
        {"propertyNames", KeywordKind::ChildSchema},
        {"not", KeywordKind::InlineSchema},
        {"if", KeywordKind::InlineSchema},
        {"then", KeywordKind::InlineSchema},
        {"else", KeywordKind::InlineSchema},
        {"allOf", KeywordKind::AllOf},
        {"anyOf", KeywordKind::Branches},
        {"oneOf", KeywordKind::Branches},
        {"type", KeywordKind::Assertion},
        {"enum", KeywordKind::Assertion},
        {"const", KeywordKind::Assertion},
        {"pattern", KeywordKind::Assertion},
        {"format", KeywordKind::Assertion},
        {"maximum", KeywordKind::Assertion},
        {"exclusiveMaximum", KeywordKind::Assertion},
        {"minimum", KeywordKind::Assertion},
        {"exclusiveMinimum", KeywordKind::Assertion},
        {"multipleOf", KeywordKind::Assertion},
        {"maxLength", KeywordKind::Simple},
        {"minLength", KeywordKind::Simple},
        {"maxItems", KeywordKind::Simple},
        {"minItems", KeywordKind::Simple},
        {"maxProperties", KeywordKind::Simple},
        {"minProperties", KeywordKind::Simple},
        {"uniqueItems", KeywordKind::Simple},
        {"readOnly", KeywordKind::Simple},
        {"writeOnly", KeywordKind::Simple},
        {"title", KeywordKind::Simple},
        {"description", KeywordKind::Simple},
        {"$comment", KeywordKind::Simple},
        {"$id", KeywordKind::Simple},
        {"$schema", KeywordKind::Simple},
        {"required", KeywordKind::Simple},
        {"id", KeywordKind::Drop},
        {"divisibleBy", KeywordKind::Drop},
        {"$croupier", KeywordKind::Drop},
        {"default", KeywordKind::Annotation},
        {"examples", KeywordKind::Annotation},
    };
    const auto it = kKinds.find(key);
    *known = it != kKinds.end();
    return *known ? it->second : KeywordKind::Annotation;
}

Result<std::optional<SchemaCheck>> makeAssertion(const std::string& key, const json& value) {
    if (key == "type") {
        auto check = typeCheck(value);
        if (!check) {
            return Unexpected(check.error());
        }
        return std::optional<SchemaCheck>(std::move(*check));
    }
    if (key == "enum") {
        if (!value.is_array() || value.empty()) {
            return wrong("must be a non-empty array");
        }
        return std::optional<SchemaCheck>(valueCheck(SchemaCheck::Kind::Enum, value));
    }
    if (key == "const") {
        return std::optional<SchemaCheck>(valueCheck(SchemaCheck::Kind::Const, value));
    }
    if (key != "pattern" && key != "format") {
        auto check = numberCheck(key, value);
        if (!check) {
            return Unexpected(check.error());
        }
        return std::optional<SchemaCheck>(std::move(*check));
    }
    if (!value.is_string()) {
        return wrong("must be a string");
    }
    const std::string& text = value.get_ref<const std::string&>();
    if (key == "pattern") {
        auto regex = Regex::compile(text);
        if (!regex) {
            return Unexpected(regex.error());
        }
        return std::optional<SchemaCheck>(patternCheck(text, std::move(*regex)));
    }
    const Format format = formatFromName(text);
    if (format == Format::Unchecked) {
        return std::optional<SchemaCheck>();
    }
    SchemaCheck check;
    check.kind = SchemaCheck::Kind::Format;
    check.keyword = "format";
    check.message = formatMessage(format);
    check.format = format;
    return std::optional<SchemaCheck>(std::move(check));
}

Result<json> checkSimpleKeyword(const std::string& key, const json& value) {
    static const std::set<std::string_view, std::less<>> kCounts{
        "maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties"};
    static const std::set<std::string_view, std::less<>> kBooleans{"uniqueItems", "readOnly",
                                                                   "writeOnly"};
    if (kBooleans.count(key) != 0) {
        return value.is_boolean() ? Result<json>(value) : wrong("must be true or false");
    }
    if (key == "required") {
        const bool names =
            value.is_array() &&
            std::all_of(value.begin(), value.end(), [](const json& v) { return v.is_string(); });
        return names ? Result<json>(value) : wrong("must be an array of property names");
    }
    if (kCounts.count(key) != 0) {
        // Integral floats (protobuf Structs carry only doubles) are accepted and normalised.
        const bool integral =
            value.is_number_integer() ||
            (value.is_number_float() && std::floor(value.get<double>()) == value.get<double>() &&
             std::fabs(value.get<double>()) < 9.0e15);
        if (!integral || value.get<double>() < 0) {
            return wrong("must be a non-negative integer");
        }
        return json(value.get<std::uint64_t>());
    }
    return value.is_string() ? Result<json>(value) : wrong("must be a string");
}

} // namespace croupier::core::detail
