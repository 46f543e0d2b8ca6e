#include "croupier/sdk/Result.h"

namespace croupier::sdk {

using nlohmann::json;

namespace {

json normalised(json data) {
    if (data.is_null()) {
        return json::object();
    }
    if (!data.is_object()) {
        return json{{"value", std::move(data)}};
    }
    return data;
}

} // namespace

// A single braced element that is already an object is taken as the data itself, so
// Result{someObject} does not become [someObject] (nlohmann's rule for one-element lists).
Result::Result(json::initializer_list_t init)
    : m_data(init.size() == 1 && (**init.begin()).is_object()
                 ? normalised(init.begin()->moved_or_copied())
                 : normalised(json(init))) {}

Result::Result(json data)
    : m_data(normalised(std::move(data))) {}

Result Result::Error(std::string code, std::string message, json details) {
    Result r;
    r.m_errorCode = code.empty() ? "UNKNOWN" : std::move(code);
    r.m_errorMessage = std::move(message);
    r.m_errorDetails = normalised(std::move(details));
    return r;
}

json Result::ToJson() const {
    if (IsOk()) {
        return m_data;
    }
    return json{
        {"success", false},
        {"error",
         {{"code", m_errorCode}, {"message", m_errorMessage}, {"details", m_errorDetails}}}};
}

} // namespace croupier::sdk
