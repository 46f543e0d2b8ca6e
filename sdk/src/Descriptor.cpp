#include "croupier/sdk/Descriptor.h"

#include "croupier/core/Descriptor.h"

#include <fstream>
#include <sstream>

namespace croupier::sdk {

using nlohmann::json;

Descriptor Descriptor::FromJson(const json& value) {
    Descriptor d;
    d.m_json = value;
    return d;
}

Expected<Descriptor> Descriptor::FromFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Status::Error("NOT_FOUND", "cannot read descriptor file " + path);
    }
    std::ostringstream text;
    text << in.rdbuf();
    json value = json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) {
        return Status::Error("INVALID_ARGUMENT", "descriptor file " + path + " is not valid JSON");
    }
    if (!value.is_object()) {
        return Status::Error("INVALID_ARGUMENT",
                             "descriptor file " + path + " does not hold a JSON object");
    }
    return FromJson(value);
}

Descriptor& Descriptor::set(const std::string& dottedKey, json value) {
    if (!m_json.is_object()) {
        m_json = json::object();
    }
    json* node = &m_json;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = dottedKey.find('.', start);
        const std::string key = dottedKey.substr(start, dot - start);
        if (dot == std::string::npos) {
            (*node)[key] = std::move(value);
            return *this;
        }
        json& child = (*node)[key];
        if (!child.is_object()) {
            child = json::object();
        }
        node = &child;
        start = dot + 1;
    }
}

Descriptor& Descriptor::set_id(std::string v) {
    return set("id", std::move(v));
}
Descriptor& Descriptor::set_name(std::string v) {
    return set("name", std::move(v));
}
Descriptor& Descriptor::set_description(std::string v) {
    return set("description", std::move(v));
}
Descriptor& Descriptor::set_category(std::string v) {
    return set("category", std::move(v));
}
Descriptor& Descriptor::set_version(std::string v) {
    return set("version", std::move(v));
}
Descriptor& Descriptor::set_params(json schema) {
    return set("params", std::move(schema));
}
Descriptor& Descriptor::set_result(json schema) {
    return set("result", std::move(schema));
}
Descriptor& Descriptor::set_permission(std::string v) {
    return set("auth.permission", std::move(v));
}
Descriptor& Descriptor::set_allow_if(std::string v) {
    return set("auth.allow_if", std::move(v));
}

Descriptor& Descriptor::set_approval(int threshold, std::vector<std::string> approvers) {
    json approval{{"enabled", true}, {"threshold", threshold}};
    if (!approvers.empty()) {
        approval["approvers"] = std::move(approvers);
    }
    return set("auth.approval", std::move(approval));
}

Descriptor& Descriptor::set_idempotent(bool v) {
    return set("semantics.idempotent", v);
}
Descriptor& Descriptor::set_idempotency_key(std::string v) {
    return set("semantics.idempotency_key", std::move(v));
}
Descriptor& Descriptor::set_rate_limit(std::string v) {
    return set("semantics.rate_limit", std::move(v));
}
Descriptor& Descriptor::set_timeout(std::string v) {
    return set("semantics.timeout", std::move(v));
}
Descriptor& Descriptor::set_concurrency(int v) {
    return set("semantics.concurrency", v);
}
Descriptor& Descriptor::set_route_key(std::string v) {
    return set("semantics.route_key", std::move(v));
}
Descriptor& Descriptor::set_risk_level(std::string v) {
    return set("ui.risk_level", std::move(v));
}
Descriptor& Descriptor::set_risk_warning(std::string v) {
    return set("ui.risk_warning", std::move(v));
}
Descriptor& Descriptor::set_confirm_message(std::string v) {
    return set("ui.confirm_message", std::move(v));
}

std::string Descriptor::stringAt(const char* key) const {
    if (!m_json.is_object()) {
        return {};
    }
    const auto it = m_json.find(key);
    return it != m_json.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string Descriptor::id() const {
    return stringAt("id");
}
std::string Descriptor::name() const {
    return stringAt("name");
}
std::string Descriptor::category() const {
    return stringAt("category");
}
std::string Descriptor::version() const {
    return stringAt("version");
}

json Descriptor::ToJson() const {
    json out = m_json;
    if (out.is_object() && !out.contains("params")) {
        out["params"] = json{{"type", "object"}};
    }
    return out;
}

Status Descriptor::Validate() const {
    auto parsed = croupier::core::Descriptor::parse(ToJson());
    if (parsed) {
        return Status::Ok();
    }
    return Status::Error(std::string(croupier::core::codeName(parsed.error().code)),
                         parsed.error().message);
}

} // namespace croupier::sdk
