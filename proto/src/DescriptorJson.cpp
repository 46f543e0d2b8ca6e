#include "croupier/proto/DescriptorJson.h"

#include "croupier/proto/JsonStruct.h"

#include <google/protobuf/message.h>
#include <google/protobuf/reflection.h>

namespace croupier::proto {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using nlohmann::json;

// JSON key -> proto field name where they differ.
std::string fieldNameFor(const Message& message, const std::string& key) {
    if (message.GetDescriptor()->name() == "FunctionDescriptor") {
        if (key == "params") {
            return "params_schema";
        }
        if (key == "result") {
            return "result_schema";
        }
        if (key == "extensions") {
            return {}; // reserved for our own use; keep the user's key as an extension
        }
    }
    return key;
}

std::string keyFor(const FieldDescriptor* field) {
    if (field->name() == "params_schema") {
        return "params";
    }
    if (field->name() == "result_schema") {
        return "result";
    }
    return field->name();
}

bool isStruct(const FieldDescriptor* field) {
    return field->type() == FieldDescriptor::TYPE_MESSAGE &&
           field->message_type()->full_name() == "google.protobuf.Struct";
}

// Sets a singular scalar field from `value`; false when the JSON type does not fit.
bool setScalar(Message* message, const FieldDescriptor* field, const json& value) {
    const auto* refl = message->GetReflection();
    switch (field->cpp_type()) {
    case FieldDescriptor::CPPTYPE_STRING:
        if (!value.is_string()) {
            return false;
        }
        refl->SetString(message, field, value.get<std::string>());
        return true;
    case FieldDescriptor::CPPTYPE_BOOL:
        if (!value.is_boolean()) {
            return false;
        }
        refl->SetBool(message, field, value.get<bool>());
        return true;
    case FieldDescriptor::CPPTYPE_INT32:
        if (!value.is_number_integer() || value.get<std::int64_t>() < INT32_MIN ||
            value.get<std::int64_t>() > INT32_MAX) {
            return false;
        }
        refl->SetInt32(message, field, static_cast<std::int32_t>(value.get<std::int64_t>()));
        return true;
    default:
        return false;
    }
}

bool setRepeatedStrings(Message* message, const FieldDescriptor* field, const json& value) {
    if (!value.is_array()) {
        return false;
    }
    for (const auto& item : value) {
        if (!item.is_string()) {
            return false;
        }
    }
    for (const auto& item : value) {
        message->GetReflection()->AddString(message, field, item.get<std::string>());
    }
    return true;
}

// Fills `message` from `object`; keys that do not fit go into `extras`.
void fillMessage(const json& object, Message* message, json& extras) {
    const auto* desc = message->GetDescriptor();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string name = fieldNameFor(*message, it.key());
        const FieldDescriptor* field = name.empty() ? nullptr : desc->FindFieldByName(name);
        bool stored = false;
        if (field != nullptr && field->name() != "extensions") {
            if (isStruct(field)) {
                if (it.value().is_object()) {
                    auto* target = message->GetReflection()->MutableMessage(message, field);
                    stored = !toStruct(it.value(),
                                       static_cast<google::protobuf::Struct*>(target))
                                  .has_value();
                }
            } else if (field->is_repeated()) {
                stored = field->cpp_type() == FieldDescriptor::CPPTYPE_STRING &&
                         setRepeatedStrings(message, field, it.value());
            } else if (field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
                if (it.value().is_object()) {
                    json nested = json::object();
                    fillMessage(it.value(),
                                message->GetReflection()->MutableMessage(message, field), nested);
                    if (!nested.empty()) {
                        extras[it.key()] = std::move(nested);
                    }
                    stored = true;
                }
            } else {
                stored = setScalar(message, field, it.value());
            }
        }
        if (!stored) {
            extras[it.key()] = it.value();
        }
    }
}

json messageToJson(const Message& message) {
    json out = json::object();
    const auto* refl = message.GetReflection();
    std::vector<const FieldDescriptor*> fields;
    refl->ListFields(message, &fields); // only fields holding non-default values
    for (const FieldDescriptor* field : fields) {
        if (field->name() == "extensions") {
            continue;
        }
        const std::string key = keyFor(field);
        if (isStruct(field)) {
            out[key] = toJson(static_cast<const google::protobuf::Struct&>(
                refl->GetMessage(message, field)));
        } else if (field->is_repeated()) {
            json list = json::array();
            for (int i = 0; i < refl->FieldSize(message, field); ++i) {
                list.push_back(refl->GetRepeatedString(message, field, i));
            }
            out[key] = std::move(list);
        } else if (field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
            out[key] = messageToJson(refl->GetMessage(message, field));
        } else if (field->cpp_type() == FieldDescriptor::CPPTYPE_STRING) {
            out[key] = refl->GetString(message, field);
        } else if (field->cpp_type() == FieldDescriptor::CPPTYPE_BOOL) {
            out[key] = refl->GetBool(message, field);
        } else if (field->cpp_type() == FieldDescriptor::CPPTYPE_INT32) {
            out[key] = refl->GetInt32(message, field);
        }
    }
    return out;
}

// Deep-merges `extra` into `base`: objects merge key by key, anything else replaces.
void mergeInto(json& base, const json& extra) {
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        auto found = base.find(it.key());
        if (found != base.end() && found->is_object() && it.value().is_object()) {
            mergeInto(*found, it.value());
        } else {
            base[it.key()] = it.value();
        }
    }
}

} // namespace

std::optional<std::string> descriptorFromJson(const nlohmann::json& json,
                                              croupier::function::v1::FunctionDescriptor* out) {
    out->Clear();
    if (!json.is_object()) {
        return std::string("a descriptor must be a JSON object, got ") + json.type_name();
    }
    nlohmann::json extras = nlohmann::json::object();
    fillMessage(json, out, extras);
    if (!extras.empty()) {
        if (auto err = toStruct(extras, out->mutable_extensions())) {
            out->Clear();
            return err;
        }
    }
    return std::nullopt;
}

nlohmann::json descriptorToJson(const croupier::function::v1::FunctionDescriptor& descriptor) {
    nlohmann::json out = messageToJson(descriptor);
    if (descriptor.has_extensions()) {
        mergeInto(out, toJson(descriptor.extensions()));
    }
    return out;
}

} // namespace croupier::proto
