#pragma once
// Result: what a function handler returns — either data (a JSON object sent back as the call's
// result or the job's DONE data) or an error with a code, a message and details. An error is
// sent with success=false, error=message, error_code=code, error_details=details and, as the
// result, seed 001's error shape: {"success": false, "error": {"code", "message", "details"}};
// a job's ERROR event carries the details as its data.
//
// Details that name fields: the console pins the error message to the form fields the details
// name, so the operator sees it next to what to fix.
//   - "pointer": a JSON pointer into the params ("/player_id", "/items/2/count") or an array of
//     them: the error is pinned to exactly those fields;
//   - else every top-level key equal to a top-level params property name pins it to that field:
//     Result::Error("PLAYER_NOT_FOUND", "玩家不存在", {{"player_id", id}}) marks player_id.
// Details that name no field show the error above the form only. Details are masked like the
// params before they reach the operator or the audit log (sensitive params become "******").
// A value; safe to copy and move between threads.

#include <nlohmann/json.hpp>
#include <string>

namespace croupier::sdk {

class Result {
public:
    // Success with an empty object.
    Result() = default;
    // Success: Result{{"success", true}, {"ban_id", "ban_123"}}.
    Result(nlohmann::json::initializer_list_t init);
    // Success with `data`. Null becomes {}; a value that is not an object is wrapped as
    // {"value": data}, since a result is always an object on the wire.
    Result(nlohmann::json data);

    // An error. `code` is an application code ("PLAYER_NOT_FOUND") or a canonical one
    // ("INVALID_ARGUMENT"); an empty code becomes "UNKNOWN". `details` should be an object (see
    // above for keys that name fields); null becomes {}, anything else {"value": details}.
    static Result Error(std::string code, std::string message, nlohmann::json details = {});

    bool IsOk() const { return m_errorCode.empty(); }
    bool IsError() const { return !IsOk(); }
    // Success data ({} for an error).
    const nlohmann::json& Data() const { return m_data; }
    const std::string& ErrorCode() const { return m_errorCode; }
    const std::string& ErrorMessage() const { return m_errorMessage; }
    const nlohmann::json& ErrorDetails() const { return m_errorDetails; }

    // Success: the data. Error: {"success": false, "error": {"code", "message", "details"}}.
    nlohmann::json ToJson() const;

private:
    nlohmann::json m_data = nlohmann::json::object();
    std::string m_errorCode; // empty = success
    std::string m_errorMessage;
    nlohmann::json m_errorDetails = nlohmann::json::object();
};

} // namespace croupier::sdk
