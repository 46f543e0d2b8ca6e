#include "croupier/proto/JsonStruct.h"

#include <cmath>

namespace croupier::proto {
namespace {

constexpr double kMaxSafeInteger = 9007199254740992.0; // 2^53

nlohmann::json numberToJson(double v) {
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) <= kMaxSafeInteger) {
        return static_cast<std::int64_t>(v);
    }
    return v;
}

// Returns an error for numbers a Struct cannot carry exactly.
std::optional<std::string> checkNumber(const nlohmann::json& json, const std::string& path) {
    if (json.is_number_float()) {
        if (!std::isfinite(json.get<double>())) {
            return "non-finite number at " + (path.empty() ? "/" : path);
        }
        return std::nullopt;
    }
    const double asDouble = json.get<double>();
    const bool exact = json.is_number_unsigned()
                           ? json.get<std::uint64_t>() <= static_cast<std::uint64_t>(kMaxSafeInteger)
                           : std::fabs(asDouble) <= kMaxSafeInteger;
    if (!exact) {
        return "integer beyond +-2^53 at " + (path.empty() ? "/" : path) +
               " cannot be carried exactly; send it as a string";
    }
    return std::nullopt;
}

std::optional<std::string> check(const nlohmann::json& json, const std::string& path) {
    if (json.is_number()) {
        return checkNumber(json, path);
    }
    if (json.is_object()) {
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (auto err = check(it.value(), path + "/" + it.key())) {
                return err;
            }
        }
    } else if (json.is_array()) {
        for (std::size_t i = 0; i < json.size(); ++i) {
            if (auto err = check(json[i], path + "/" + std::to_string(i))) {
                return err;
            }
        }
    }
    return std::nullopt;
}

void fill(const nlohmann::json& json, google::protobuf::Value* out) {
    switch (json.type()) {
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
        out->set_null_value(google::protobuf::NULL_VALUE);
        break;
    case nlohmann::json::value_t::boolean:
        out->set_bool_value(json.get<bool>());
        break;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        out->set_number_value(json.get<double>());
        break;
    case nlohmann::json::value_t::string:
        out->set_string_value(json.get_ref<const std::string&>());
        break;
    case nlohmann::json::value_t::binary:
        out->set_null_value(google::protobuf::NULL_VALUE);
        break;
    case nlohmann::json::value_t::array: {
        auto* list = out->mutable_list_value();
        for (const auto& item : json) {
            fill(item, list->add_values());
        }
        break;
    }
    case nlohmann::json::value_t::object: {
        auto* fields = out->mutable_struct_value()->mutable_fields();
        for (auto it = json.begin(); it != json.end(); ++it) {
            fill(it.value(), &(*fields)[it.key()]);
        }
        break;
    }
    }
}

} // namespace

nlohmann::json toJson(const google::protobuf::Value& value) {
    switch (value.kind_case()) {
    case google::protobuf::Value::kBoolValue:
        return value.bool_value();
    case google::protobuf::Value::kNumberValue:
        return numberToJson(value.number_value());
    case google::protobuf::Value::kStringValue:
        return value.string_value();
    case google::protobuf::Value::kListValue:
        return toJson(value.list_value());
    case google::protobuf::Value::kStructValue:
        return toJson(value.struct_value());
    case google::protobuf::Value::kNullValue:
    case google::protobuf::Value::KIND_NOT_SET:
        break;
    }
    return nullptr;
}

nlohmann::json toJson(const google::protobuf::Struct& object) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [key, value] : object.fields()) {
        out[key] = toJson(value);
    }
    return out;
}

nlohmann::json toJson(const google::protobuf::ListValue& list) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& value : list.values()) {
        out.push_back(toJson(value));
    }
    return out;
}

void toValue(const nlohmann::json& json, google::protobuf::Value* out) {
    out->Clear();
    fill(json, out);
}

std::optional<std::string> toStruct(const nlohmann::json& json, google::protobuf::Struct* out) {
    out->Clear();
    if (!json.is_object()) {
        return std::string("expected a JSON object, got ") + json.type_name();
    }
    if (auto err = check(json, "")) {
        return err;
    }
    auto* fields = out->mutable_fields();
    for (auto it = json.begin(); it != json.end(); ++it) {
        fill(it.value(), &(*fields)[it.key()]);
    }
    return std::nullopt;
}

} // namespace croupier::proto
