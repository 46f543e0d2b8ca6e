#pragma once
// Descriptor: the SDK-side builder for a function descriptor (seed 001's JSON format). It is a
// thin, copyable wrapper around the descriptor JSON; nothing is checked until the descriptor is
// registered (AgentClient::RegisterFunction) or Validate() is called, which run the same checks
// the server does (croupier::core::Descriptor::parse). Unknown keys are kept as written.
// Not thread-safe while being modified; a finished Descriptor may be read from any thread.

#include "croupier/sdk/Status.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace croupier::sdk {

class Descriptor {
public:
    Descriptor() = default;

    // Wraps `json` as is (a non-object is kept too and fails validation later).
    static Descriptor FromJson(const nlohmann::json& json);
    // Reads and parses a JSON file; fails with NOT_FOUND (unreadable file) or
    // INVALID_ARGUMENT (not JSON / not an object). Does not validate the descriptor itself.
    static Expected<Descriptor> FromFile(const std::string& path);

    // Builders (chainable). Each sets the key of seed 001's format named in its comment.
    Descriptor& set_id(std::string id);                   // id
    Descriptor& set_name(std::string name);               // name
    Descriptor& set_description(std::string description); // description
    Descriptor& set_category(std::string category);       // category
    Descriptor& set_version(std::string version);         // version
    Descriptor& set_params(nlohmann::json schema);        // params (a JSON Schema)
    Descriptor& set_result(nlohmann::json schema);        // result (a JSON Schema)
    Descriptor& set_permission(std::string permission);   // auth.permission
    Descriptor& set_allow_if(std::string expression);     // auth.allow_if
    // auth.approval {enabled: true, threshold, approvers}
    Descriptor& set_approval(int threshold, std::vector<std::string> approvers = {});
    Descriptor& set_idempotent(bool idempotent);          // semantics.idempotent
    Descriptor& set_idempotency_key(std::string param);   // semantics.idempotency_key
    Descriptor& set_rate_limit(std::string limit);        // semantics.rate_limit ("10rps")
    Descriptor& set_timeout(std::string timeout);         // semantics.timeout ("30s")
    Descriptor& set_concurrency(int concurrency);         // semantics.concurrency
    Descriptor& set_route_key(std::string param);         // semantics.route_key
    Descriptor& set_risk_level(std::string level);        // ui.risk_level (low|medium|high)
    Descriptor& set_risk_warning(std::string warning);    // ui.risk_warning
    Descriptor& set_confirm_message(std::string message); // ui.confirm_message
    // Any key, as a dotted path from the top: set("ui.icon", "ban"), set("x-owner", "ops").
    // Intermediate objects are created; a non-object in the way is replaced by an object.
    Descriptor& set(const std::string& dottedKey, nlohmann::json value);

    // Protobuf-style accessors of the builder fields ("" when absent or not a string).
    std::string id() const;
    std::string name() const;
    std::string category() const;
    std::string version() const;

    // The descriptor JSON; `params` defaults to {"type":"object"} when absent.
    nlohmann::json ToJson() const;

    // Runs the registration checks locally (same code as the server). OK or INVALID_ARGUMENT
    // naming the offending field.
    Status Validate() const;

private:
    std::string stringAt(const char* key) const;
    nlohmann::json m_json = nlohmann::json::object();
};

} // namespace croupier::sdk
