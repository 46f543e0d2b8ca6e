#pragma once
// Converts a function descriptor between its JSON form (seed 001, what game developers write)
// and the FunctionDescriptor message. Known keys go to typed fields; every other key, and any
// known key whose value has an unexpected type, goes to `extensions`, so
// descriptorToJson(descriptorFromJson(j)) keeps every key of j (a typed field holding its
// default value is omitted). Checking the descriptor is core's job, not this one's.
// Thread-safe (pure functions).

#include "croupier/function/v1/function.pb.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace croupier::proto {

// Returns an error message when `json` is not an object or holds a number a Struct cannot carry.
std::optional<std::string> descriptorFromJson(const nlohmann::json& json,
                                              croupier::function::v1::FunctionDescriptor* out);

nlohmann::json descriptorToJson(const croupier::function::v1::FunctionDescriptor& descriptor);

} // namespace croupier::proto
