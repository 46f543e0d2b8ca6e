#include "SchemaNode.h"

#include <QLocale>
#include <QUrl>
#include <algorithm>
#include <climits>
#include <tuple>

namespace croupier::ui::schema {
namespace {

using nlohmann::json;

constexpr int kMaxRefHops = 16;
constexpr double kMultiLineMaxLength = 200;

const json& emptySchema() {
    static const json kEmpty = json::object();
    return kEmpty;
}

// "#/definitions/a%20b" -> the node, or null when it is not a resolvable local reference.
const json* followRef(const json& root, const std::string& ref) {
    if (ref.empty() || ref.front() != '#') {
        return nullptr;
    }
    const QByteArray decoded =
        QUrl::fromPercentEncoding(QByteArray::fromStdString(ref.substr(1))).toUtf8();
    try {
        const json::json_pointer pointer(decoded.toStdString());
        return root.contains(pointer) ? &root.at(pointer) : nullptr;
    } catch (const json::exception&) {
        return nullptr;
    }
}

FieldKind stringKind(const json& node) {
    const QString format = textOf(node, "format");
    if (format == QLatin1String("date-time")) {
        return FieldKind::DateTime;
    }
    if (format == QLatin1String("date")) {
        return FieldKind::Date;
    }
    const auto maxLength = numberOf(node, "maxLength");
    if (format == QLatin1String("textarea") || flagOf(node, "x-multiline") ||
        (maxLength && *maxLength > kMultiLineMaxLength)) {
        return FieldKind::Text;
    }
    return FieldKind::String;
}

FieldKind objectKind(const json& node) {
    const auto properties = node.find("properties");
    if (properties != node.end() && properties->is_object() && !properties->empty()) {
        return FieldKind::Object;
    }
    const auto additional = node.find("additionalProperties");
    return additional != node.end() && *additional == false ? FieldKind::Object : FieldKind::Raw;
}

FieldKind arrayKind(const json& root, const json& node) {
    const auto items = node.find("items");
    if (items == node.end() || !items->is_object()) {
        return FieldKind::Raw; // no items schema, or a tuple: edit as JSON
    }
    if (flagOf(node, "uniqueItems") && isEnumLike(resolve(root, *items))) {
        return FieldKind::MultiSelect;
    }
    return FieldKind::Array;
}

bool isConstEntry(const json& entry) {
    return entry.is_object() && entry.contains("const");
}

const json* constAlternatives(const json& node) {
    for (const char* key : {"oneOf", "anyOf"}) {
        const auto list = node.find(key);
        if (list != node.end() && list->is_array() && !list->empty() &&
            std::all_of(list->begin(), list->end(), isConstEntry)) {
            return &*list;
        }
    }
    return nullptr;
}

const json* enumNames(const json& node, std::size_t count) {
    for (const char* key : {"x-enumNames", "enumNames"}) {
        const auto names = node.find(key);
        if (names != node.end() && names->is_array() && names->size() == count) {
            return &*names;
        }
    }
    return nullptr;
}

int orderOf(const json& property) {
    for (const char* key : {"x-order", "propertyOrder"}) {
        const auto order = numberOf(property, key);
        if (order) {
            return static_cast<int>(std::clamp(*order, double(INT_MIN + 1), double(INT_MAX)));
        }
    }
    return INT_MAX;
}

// The names "ui:order" lists, else those "required" lists, in their order.
std::vector<std::string> listedOrder(const json& objectNode) {
    std::vector<std::string> listed;
    auto list = objectNode.find("ui:order");
    if (list == objectNode.end() || !list->is_array()) {
        list = objectNode.find("required");
    }
    if (list != objectNode.end() && list->is_array()) {
        for (const json& name : *list) {
            if (name.is_string()) {
                listed.push_back(name.get<std::string>());
            }
        }
    }
    return listed;
}

} // namespace

const json& resolve(const json& root, const json& node) {
    const json* current = &node;
    for (int hops = 0; hops <= kMaxRefHops; ++hops) {
        if (!current->is_object()) {
            return *current;
        }
        const auto ref = current->find("$ref");
        if (ref == current->end()) {
            return *current;
        }
        current = ref->is_string() ? followRef(root, ref->get<std::string>()) : nullptr;
        if (current == nullptr) {
            return emptySchema();
        }
    }
    return emptySchema();
}

FieldKind kindOf(const json& root, const json& node, int depth) {
    const json& n = resolve(root, node);
    if (depth > kMaxFieldDepth || !n.is_object()) {
        return FieldKind::Raw;
    }
    if (isEnumLike(n)) {
        return FieldKind::Enum;
    }
    const std::string type = primaryType(n);
    if (type == "string") {
        return stringKind(n);
    }
    if (type == "integer") {
        return FieldKind::Integer;
    }
    if (type == "number") {
        return FieldKind::Number;
    }
    if (type == "boolean") {
        return FieldKind::Boolean;
    }
    if (type == "object" || (type.empty() && n.contains("properties"))) {
        return objectKind(n);
    }
    if (type == "array" || (type.empty() && n.contains("items"))) {
        return arrayKind(root, n);
    }
    return FieldKind::Raw;
}

bool isEnumLike(const json& node) {
    if (!node.is_object()) {
        return false;
    }
    const auto values = node.find("enum");
    if (values != node.end() && values->is_array() && !values->empty()) {
        return true;
    }
    return node.contains("const") || constAlternatives(node) != nullptr;
}

std::vector<EnumOption> enumOptions(const json& node) {
    std::vector<EnumOption> options;
    const auto values = node.find("enum");
    if (values != node.end() && values->is_array() && !values->empty()) {
        const json* names = enumNames(node, values->size());
        for (std::size_t i = 0; i < values->size(); ++i) {
            const json& value = (*values)[i];
            options.push_back({value, names ? jsonText((*names)[i]) : jsonText(value), {}});
        }
    } else if (const json* alternatives = constAlternatives(node)) {
        for (const json& entry : *alternatives) {
            const QString title = textOf(entry, "title");
            options.push_back({entry["const"], title.isEmpty() ? jsonText(entry["const"]) : title,
                               textOf(entry, "description")});
        }
    } else if (node.contains("const")) {
        options.push_back({node["const"], jsonText(node["const"]), {}});
    }
    return options;
}

std::string primaryType(const json& node) {
    const auto type = node.find("type");
    if (type == node.end()) {
        return {};
    }
    if (type->is_string()) {
        return type->get<std::string>();
    }
    std::string found;
    if (type->is_array()) {
        for (const json& entry : *type) {
            if (!entry.is_string() || entry == "null") {
                continue;
            }
            if (!found.empty()) {
                return {}; // several types: only a raw editor can hold them all
            }
            found = entry.get<std::string>();
        }
    }
    return found;
}

QString textOf(const json& node, const char* key) {
    const auto value = node.is_object() ? node.find(key) : node.end();
    return value != node.end() && value->is_string()
               ? QString::fromStdString(value->get<std::string>())
               : QString();
}

std::optional<double> numberOf(const json& node, const char* key) {
    const auto value = node.is_object() ? node.find(key) : node.end();
    if (value == node.end() || !value->is_number()) {
        return std::nullopt;
    }
    return value->get<double>();
}

bool flagOf(const json& node, const char* key) {
    const auto value = node.is_object() ? node.find(key) : node.end();
    return value != node.end() && *value == true;
}

QString jsonText(const json& value) {
    return value.is_string() ? QString::fromStdString(value.get<std::string>())
                             : QString::fromStdString(value.dump());
}

QString numberText(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

std::vector<std::string> orderedProperties(const json& objectNode) {
    std::vector<std::string> names;
    const auto properties = objectNode.find("properties");
    if (properties == objectNode.end() || !properties->is_object()) {
        return names;
    }
    const std::vector<std::string> listed = listedOrder(objectNode);
    using Rank = std::tuple<int, std::ptrdiff_t, std::string>;
    std::vector<Rank> ranks;
    for (const auto& [name, property] : properties->items()) {
        const auto at = std::find(listed.begin(), listed.end(), name);
        ranks.emplace_back(orderOf(property), at - listed.begin(), name);
    }
    std::sort(ranks.begin(), ranks.end());
    for (auto& rank : ranks) {
        names.push_back(std::move(std::get<2>(rank)));
    }
    return names;
}

std::set<std::string> requiredProperties(const json& objectNode) {
    std::set<std::string> names;
    const auto required = objectNode.find("required");
    if (required != objectNode.end() && required->is_array()) {
        for (const json& name : *required) {
            if (name.is_string()) {
                names.insert(name.get<std::string>());
            }
        }
    }
    return names;
}

QString childPointer(const QString& parent, const QString& token) {
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return parent + QLatin1Char('/') + escaped;
}

QString childName(const QString& parent, const QString& token) {
    return parent.isEmpty() ? token : parent + QLatin1Char('_') + token;
}

bool pointerMatches(const std::string& pattern, const QString& pointer) {
    const QStringList want = QString::fromStdString(pattern).split(QLatin1Char('/'));
    const QStringList have = pointer.split(QLatin1Char('/'));
    if (want.size() != have.size()) {
        return false;
    }
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want[i] != QLatin1String("*") && want[i] != have[i]) {
            return false;
        }
    }
    return true;
}

} // namespace croupier::ui::schema
