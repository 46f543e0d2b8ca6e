#pragma once
// The one conversion between google.protobuf.Struct/Value and nlohmann::json. Every layer that
// crosses the wire goes through it, so numbers behave the same everywhere: a Struct number that
// is integral and within +-2^53 becomes a JSON integer (JSON Schema "integer" relies on it);
// anything else stays a double. Thread-safe (pure functions).

#include <google/protobuf/struct.pb.h>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace croupier::proto {

nlohmann::json toJson(const google::protobuf::Value& value);
nlohmann::json toJson(const google::protobuf::Struct& object);
nlohmann::json toJson(const google::protobuf::ListValue& list);

void toValue(const nlohmann::json& json, google::protobuf::Value* out);

// Fills `out` from a JSON object. Returns an error message (and leaves `out` cleared) when
// `json` is not an object, or holds a number that a Struct cannot carry (NaN, +-inf, or an
// integer beyond +-2^53 that would silently lose precision).
std::optional<std::string> toStruct(const nlohmann::json& json, google::protobuf::Struct* out);

} // namespace croupier::proto
