#include "croupier/server/Outcome.h"

#include <google/protobuf/util/json_util.h>

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <vector>

namespace croupier::server {
namespace {

using nlohmann::json;

core::Result<json> parseOutcome(const std::string& text) {
    json j = json::parse(text, nullptr, false);
    if (!j.is_object() || !j.contains("code") || !j["code"].is_number_integer()) {
        return core::Unexpected(core::ErrorCode::Internal,
                                "the stored outcome of this idempotency key is unreadable");
    }
    return j;
}

// A string member, or "" when absent or of another type (stored rows are not trusted).
std::string stringAt(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

core::Error errorFrom(const json& j) {
    core::Error e(static_cast<core::ErrorCode>(j["code"].get<int>()), stringAt(j, "message"));
    if (auto d = j.find("details"); d != j.end() && d->is_object()) {
        for (auto it = d->begin(); it != d->end(); ++it) {
            if (it->is_string()) {
                e.details[it.key()] = it->get<std::string>();
            }
        }
    }
    return e;
}

// The non-empty string members `keys` of a successful outcome, or its recorded error.
core::Result<std::vector<std::string>> decodeIds(const std::string& text,
                                                 std::initializer_list<const char*> keys) {
    auto j = parseOutcome(text);
    if (!j) {
        return core::Unexpected(j.error());
    }
    if ((*j)["code"].get<int>() != 0) {
        return core::Unexpected(errorFrom(*j));
    }
    std::vector<std::string> ids;
    for (const char* key : keys) {
        ids.push_back(stringAt(*j, key));
        if (ids.back().empty()) {
            return core::Unexpected(core::ErrorCode::Internal,
                                    "the stored outcome of this idempotency key is unreadable");
        }
    }
    return ids;
}

} // namespace

std::string encodeErrorOutcome(const core::Error& error) {
    json j{{"code", static_cast<int>(error.code)}, {"message", error.message}};
    j["details"] = json::object();
    for (const auto& [k, v] : error.details) {
        j["details"][k] = v;
    }
    return j.dump();
}

std::string encodeInvokeOutcome(const core::Result<function::v1::InvokeFunctionResponse>& r) {
    if (!r) {
        return encodeErrorOutcome(r.error());
    }
    std::string response;
    google::protobuf::util::MessageToJsonString(*r, &response);
    json j{{"code", 0}, {"response", json::parse(response, nullptr, false)}};
    return j.dump();
}

core::Result<function::v1::InvokeFunctionResponse> decodeInvokeOutcome(const std::string& text) {
    auto j = parseOutcome(text);
    if (!j) {
        return core::Unexpected(j.error());
    }
    if ((*j)["code"].get<int>() != 0) {
        return core::Unexpected(errorFrom(*j));
    }
    function::v1::InvokeFunctionResponse response;
    auto stored = j->find("response");
    const std::string body = stored == j->end() ? std::string("{}") : stored->dump();
    if (!google::protobuf::util::JsonStringToMessage(body, &response).ok()) {
        return core::Unexpected(core::ErrorCode::Internal,
                                "the stored outcome of this idempotency key is unreadable");
    }
    return response;
}

std::string encodeJobOutcome(const std::string& jobId) {
    return json{{"code", 0}, {"job_id", jobId}}.dump();
}

core::Result<std::string> decodeJobOutcome(const std::string& text) {
    auto ids = decodeIds(text, {"job_id"});
    if (!ids) {
        return core::Unexpected(ids.error());
    }
    return (*ids)[0];
}

std::string encodeApprovalOutcome(const ApprovalOutcome& outcome) {
    return json{{"code", 0}, {"approval_id", outcome.approvalId}, {"job_id", outcome.jobId}}.dump();
}

core::Result<ApprovalOutcome> decodeApprovalOutcome(const std::string& text) {
    auto ids = decodeIds(text, {"approval_id", "job_id"});
    if (!ids) {
        return core::Unexpected(ids.error());
    }
    return ApprovalOutcome{(*ids)[0], (*ids)[1]};
}

} // namespace croupier::server
