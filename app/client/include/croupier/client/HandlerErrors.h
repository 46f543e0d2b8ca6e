#pragma once
// Pins a function's own error (CallError::Kind::FunctionFailed) to the form fields its details
// name, by the convention the SDK documents (sdk/include/croupier/sdk/Result.h):
//   - "pointer": a JSON pointer into the params, or an array of them: exactly those fields;
//   - else every top-level key that is a top-level `params` property: that property's field.
// Details that name no field give no FieldError (the error shows above the form only).
// Pure functions; any thread.

#include "croupier/client/CallError.h"
#include "croupier/core/Descriptor.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace croupier::client {

// The keyword of a FieldError that pins a handler's error.
inline constexpr const char* kHandlerKeyword = "handler";

// One FieldError{pointer, "handler", message} per field `details` names, in the order named,
// without repeats. `details` that is not an object names nothing.
std::vector<FieldError> fieldErrorsFromDetails(const nlohmann::json& details,
                                               const core::Descriptor& descriptor,
                                               const QString& message);

// Fills `error.fields` from `error.details` when `error` is a FunctionFailed that names fields
// of `descriptor`'s params; the message is the function's own (its code when it gave none).
// Other errors are left as they are.
void pinHandlerError(CallError& error, const core::Descriptor& descriptor);

} // namespace croupier::client
