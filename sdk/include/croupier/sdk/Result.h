#pragma once
// Result: what a function handler returns — either data (a JSON object sent back as the call's
// result or the job's DONE data) or an error with a code, a message and details. An error is
// sent with success=false, error=message, error_code=code, and, as the result, seed 001's error
// shape: {"success": false, "error": {"code", "message", "details"}}.
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
    // ("INVALID_ARGUMENT"); an empty code becomes "UNKNOWN". `details` should be an object.
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
