#include "SensitiveFields.h"

#include "JsonPointer.h"
#include "SchemaLimits.h"

namespace croupier::core::detail {
namespace {

using json = nlohmann::json;

constexpr std::size_t kMaxMaskTokens = 128;

bool marksSensitive(const json& schema) {
    const auto format = schema.find("format");
    const auto writeOnly = schema.find("writeOnly");
    return (format != schema.end() && *format == "password") ||
           (writeOnly != schema.end() && *writeOnly == true);
}

class Collector {
public:
    explicit Collector(const json& root)
        : m_root(root) {}

    void collect(const json& node, int depth) {
        const json* schema = resolveLocalRefs(m_root, &node);
        if (schema == nullptr || depth > kMaxSchemaDepth) {
            return;
        }
        if (!m_path.empty() && marksSensitive(*schema)) {
            m_found.insert(joinPointer(m_path));
        }
        descendMap(*schema, "properties", false, depth);
        descendMap(*schema, "patternProperties", true, depth);
        descendOne(*schema, "additionalProperties", "*", depth);
        const auto items = schema->find("items");
        if (items != schema->end() && items->is_array()) {
            for (std::size_t i = 0; i < items->size(); ++i) {
                descendOne(*items, i, std::to_string(i), depth);
            }
        } else {
            descendOne(*schema, "items", "*", depth);
        }
        for (const char* key : {"allOf", "anyOf", "oneOf"}) {
            const auto parts = schema->find(key);
            if (parts != schema->end() && parts->is_array()) {
                for (const json& part : *parts) {
                    collect(part, depth + 1); // same value, same path
                }
            }
        }
    }

    std::set<std::string> take() { return std::move(m_found); }

private:
    void descendMap(const json& schema, const char* key, bool wildcard, int depth) {
        const auto map = schema.find(key);
        if (map == schema.end() || !map->is_object()) {
            return;
        }
        for (const auto& [name, child] : map->items()) {
            m_path.push_back(wildcard ? "*" : name);
            collect(child, depth + 1);
            m_path.pop_back();
        }
    }

    template <class Key>
    void descendOne(const json& container, Key key, const std::string& token, int depth) {
        const json* child = nullptr;
        if constexpr (std::is_integral_v<Key>) {
            child = &container[key];
        } else {
            const auto it = container.find(key);
            child = it == container.end() ? nullptr : &*it;
        }
        if (child == nullptr || !child->is_object()) {
            return;
        }
        m_path.push_back(token);
        collect(*child, depth + 1);
        m_path.pop_back();
    }

    const json& m_root;
    PointerTokens m_path;
    std::set<std::string> m_found;
};

void maskAt(json& value, const PointerTokens& tokens, std::size_t index) {
    if (index == tokens.size()) {
        value = core::kMaskedValue;
        return;
    }
    const std::string& token = tokens[index];
    if (token == "*" && value.is_structured()) {
        for (json& child : value) {
            maskAt(child, tokens, index + 1);
        }
    } else if (value.is_object()) {
        const auto it = value.find(token);
        if (it != value.end()) {
            maskAt(*it, tokens, index + 1);
        }
    } else if (value.is_array() && resolvePointer(value, {token}) != nullptr) {
        maskAt(value[std::stoull(token)], tokens, index + 1); // a valid index, checked above
    }
}

} // namespace

std::set<std::string> findSensitivePointers(const json& params,
                                            const std::vector<std::string>& uiSensitive) {
    Collector collector(params);
    collector.collect(params, 0);
    std::set<std::string> pointers = collector.take();
    for (const std::string& entry : uiSensitive) {
        if (entry.empty()) {
            continue;
        }
        pointers.insert(entry.front() == '/' ? entry : "/" + escapePointerToken(entry));
    }
    return pointers;
}

json maskPointers(const json& payload, const std::set<std::string>& pointers) {
    json masked = payload;
    for (const std::string& pointer : pointers) {
        const auto tokens = parsePointer(pointer);
        if (tokens && !tokens->empty() && tokens->size() <= kMaxMaskTokens) {
            maskAt(masked, *tokens, 0);
        }
    }
    return masked;
}

} // namespace croupier::core::detail
