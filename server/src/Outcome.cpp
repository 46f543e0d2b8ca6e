#include "croupier/server/Outcome.h"

#include <google/protobuf/util/json_util.h>

#include <nlohmann/json.hpp>

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
    auto j = parseOutcome(text);
    if (!j) {
        return core::Unexpected(j.error());
    }
    if ((*j)["code"].get<int>() != 0) {
        return core::Unexpected(errorFrom(*j));
    }
    const std::string jobId = stringAt(*j, "job_id");
    if (jobId.empty()) {
        return core::Unexpected(core::ErrorCode::Internal,
                                "the stored outcome of this idempotency key is unreadable");
    }
    return jobId;
}

} // namespace croupier::server
