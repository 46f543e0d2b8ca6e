#include "SchemaCoercion.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace croupier::cli {

using core::ErrorCode;
using core::Unexpected;
using nlohmann::json;

namespace {

constexpr int kMaxRefHops = 16;

// Follows local "$ref": "#/definitions/x" pointers; unknown refs leave the schema as it is.
const json& resolve(const json& schema, const json& root) {
    const json* node = &schema;
    for (int hop = 0; hop < kMaxRefHops && node->is_object(); ++hop) {
        auto ref = node->find("$ref");
        if (ref == node->end() || !ref->is_string()) {
            break;
        }
        const std::string target = ref->get<std::string>();
        if (target.rfind('#', 0) != 0) {
            break;
        }
        try {
            node = &root.at(json::json_pointer(target.substr(1)));
        } catch (const json::exception&) {
            break;
        }
    }
    return *node;
}

std::string typeOf(const json& value) {
    if (value.is_number_integer()) {
        return "integer";
    }
    if (value.is_number()) {
        return "number";
    }
    return value.is_boolean()  ? "boolean"
           : value.is_null()   ? "null"
           : value.is_array()  ? "array"
           : value.is_object() ? "object"
                               : "string";
}

void addType(std::vector<std::string>& types, const std::string& t) {
    if (std::find(types.begin(), types.end(), t) == types.end()) {
        types.push_back(t);
    }
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::optional<json> parseInteger(const std::string& text) {
    std::int64_t v = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, v);
    if (text.empty() || ec != std::errc() || ptr != end) {
        return std::nullopt;
    }
    return json(v);
}

std::optional<json> parseNumber(const std::string& text) {
    if (auto i = parseInteger(text)) {
        return i;
    }
    if (text.find_first_not_of("0123456789+-.eE") != std::string::npos) {
        return std::nullopt;
    }
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || std::isspace(static_cast<unsigned char>(text[0])) ||
        end != text.c_str() + text.size() || !std::isfinite(v)) {
        return std::nullopt;
    }
    return json(v);
}

std::optional<json> parseBoolean(const std::string& text) {
    const std::string t = lower(text);
    if (t == "true" || t == "yes" || t == "on" || t == "1") {
        return json(true);
    }
    if (t == "false" || t == "no" || t == "off" || t == "0") {
        return json(false);
    }
    return std::nullopt;
}

std::optional<json> parseJsonOf(const std::string& text, json::value_t kind) {
    json v = json::parse(text, nullptr, false);
    if (v.is_discarded() || v.type() != kind) {
        return std::nullopt;
    }
    return v;
}

} // namespace

const json* propertySchema(const json& root, const std::vector<std::string>& path) {
    const json* node = &resolve(root, root);
    for (const auto& key : path) {
        if (!node->is_object()) {
            return nullptr;
        }
        auto props = node->find("properties");
        if (props != node->end() && props->is_object() && props->contains(key)) {
            node = &resolve((*props)[key], root);
            continue;
        }
        auto extra = node->find("additionalProperties");
        if (extra == node->end() || !extra->is_object()) {
            return nullptr;
        }
        node = &resolve(*extra, root);
    }
    return node;
}

std::vector<std::string> schemaTypes(const json& schemaIn, const json& root) {
    const json& schema = resolve(schemaIn, root);
    std::vector<std::string> types;
    if (!schema.is_object()) {
        return types;
    }
    if (auto t = schema.find("type"); t != schema.end()) {
        for (const auto& name : t->is_array() ? *t : json::array({*t})) {
            if (name.is_string()) {
                addType(types, name.get<std::string>());
            }
        }
        return types;
    }
    if (auto c = schema.find("const"); c != schema.end()) {
        addType(types, typeOf(*c));
    }
    if (auto e = schema.find("enum"); e != schema.end() && e->is_array()) {
        for (const auto& v : *e) {
            addType(types, typeOf(v));
        }
    }
    for (const char* combinator : {"oneOf", "anyOf"}) {
        auto branches = schema.find(combinator);
        if (branches != schema.end() && branches->is_array()) {
            for (const auto& b : *branches) {
                for (const auto& t : schemaTypes(b, root)) {
                    addType(types, t);
                }
            }
        }
    }
    return types;
}

namespace {

core::Result<json> coerceArray(const json& schema, const json& root, const std::string& text) {
    if (!text.empty() && text.front() == '[') {
        if (auto v = parseJsonOf(text, json::value_t::array)) {
            return *v;
        }
        return Unexpected(ErrorCode::InvalidArgument, "\"" + text + "\" is not a JSON array");
    }
    json out = json::array();
    const json* items = schema.is_object() && schema.contains("items") ? &schema["items"] : nullptr;
    std::size_t start = 0;
    while (!text.empty() && start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        auto item = coerceValue(items, root, text.substr(start, comma - start));
        if (!item) {
            return Unexpected(item.error());
        }
        out.push_back(std::move(*item));
        start = comma + 1;
    }
    return out;
}

bool allows(const std::vector<std::string>& types, const char* type) {
    return std::find(types.begin(), types.end(), type) != types.end();
}

// The value for `text` as the first of integer, number, boolean, null, object that `types`
// allows and `text` parses as.
std::optional<json> parseScalar(const std::vector<std::string>& types, const std::string& text) {
    std::optional<json> value;
    if (allows(types, "integer")) {
        value = parseInteger(text);
    }
    if (!value && allows(types, "number")) {
        value = parseNumber(text);
    }
    if (!value && allows(types, "boolean")) {
        value = parseBoolean(text);
    }
    if (!value && allows(types, "null") && text == "null") {
        value = json(nullptr);
    }
    if (!value && allows(types, "object")) {
        value = parseJsonOf(text, json::value_t::object);
    }
    return value;
}

std::string expectation(const std::vector<std::string>& types) {
    if (types.size() == 1) {
        const std::string& t = types.front();
        return t == "integer"   ? "an integer"
               : t == "number"  ? "a number"
               : t == "boolean" ? "a boolean (true or false)"
               : t == "object"  ? "a JSON object (write key:=<json>)"
               : t == "array"   ? "an array (JSON, or a comma-separated list)"
                                : t;
    }
    std::string out = "one of:";
    for (const auto& t : types) {
        out += " " + t;
    }
    return out;
}

} // namespace

core::Result<json> coerceValue(const json* schemaIn, const json& root, const std::string& text) {
    if (schemaIn == nullptr) {
        return json(text);
    }
    const json& schema = resolve(*schemaIn, root);
    const auto types = schemaTypes(schema, root);
    if (types.empty()) {
        return json(text);
    }
    const bool isString = allows(types, "string");
    if (auto value = parseScalar(types, text)) {
        return std::move(*value);
    }
    if (allows(types, "array") && (!isString || text.rfind('[', 0) == 0)) {
        auto array = coerceArray(schema, root, text);
        if (array || !isString) {
            return array;
        }
    }
    if (isString) {
        return json(text);
    }
    return Unexpected(ErrorCode::InvalidArgument, "\"" + text + "\" is not " + expectation(types));
}

} // namespace croupier::cli
