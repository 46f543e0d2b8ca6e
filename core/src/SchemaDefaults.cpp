#include "SchemaDefaults.h"

#include "JsonPointer.h"
#include "SchemaLimits.h"

namespace croupier::core::detail {
namespace {

using json = nlohmann::json;

// A default written next to a "$ref" wins over the referenced schema's own.
const json* defaultOf(const json& root, const json& property) {
    if (property.is_object() && property.contains("default")) {
        return &property["default"];
    }
    const json* schema = resolveLocalRefs(root, &property);
    if (schema != nullptr && schema->contains("default")) {
        return &(*schema)["default"];
    }
    return nullptr;
}

bool fill(const json& root, const json& schemaNode, json& instance, int depth);

bool fillProperties(const json& root, const json& schema, json& instance, int depth) {
    const auto properties = schema.find("properties");
    if (properties == schema.end() || !properties->is_object()) {
        return false;
    }
    bool changed = false;
    for (const auto& [name, property] : properties->items()) {
        if (!instance.contains(name)) {
            const json* value = defaultOf(root, property);
            if (value == nullptr) {
                continue;
            }
            instance[name] = *value;
            changed = true;
        }
        changed = fill(root, property, instance[name], depth + 1) || changed;
    }
    return changed;
}

bool fill(const json& root, const json& schemaNode, json& instance, int depth) {
    const json* schema = resolveLocalRefs(root, &schemaNode);
    if (schema == nullptr || depth > kMaxInstanceDepth) {
        return false;
    }
    bool changed = false;
    if (instance.is_object()) {
        changed = fillProperties(root, *schema, instance, depth);
    }
    const auto items = schema->find("items");
    if (instance.is_array() && items != schema->end() && items->is_object()) {
        for (json& element : instance) {
            changed = fill(root, *items, element, depth + 1) || changed;
        }
    }
    const auto allOf = schema->find("allOf");
    if (allOf != schema->end() && allOf->is_array()) {
        for (const json& part : *allOf) {
            changed = fill(root, part, instance, depth + 1) || changed;
        }
    }
    return changed;
}

} // namespace

bool applySchemaDefaults(const json& root, const json& schema, json& instance) {
    return fill(root, schema, instance, 0);
}

} // namespace croupier::core::detail
