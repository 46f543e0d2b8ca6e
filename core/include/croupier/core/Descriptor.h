#pragma once
// A function descriptor (seed 001): the model, its checks, and the helpers every side needs
// (hash, sensitive-field masking). Parsed once, then immutable and safe to share across threads.
// The original JSON is kept whole, unknown fields included, and is what json() returns.

#include "croupier/core/AllowIf.h"
#include "croupier/core/RateLimit.h"
#include "croupier/core/Result.h"
#include "croupier/core/Schema.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace croupier::core {

struct ApprovalSpec {
    bool enabled = false;
    int threshold = 1;
    std::vector<std::string> approvers;  // roles allowed to approve
};

struct AuthSpec {
    std::string permission;
    std::string allowIf;                 // expression text as written; "" when absent
    std::optional<AllowIf> allowIfRule;  // allowIf parsed at registration; empty when "" / absent
    ApprovalSpec approval;
};

struct SemanticsSpec {
    bool idempotent = false;
    std::optional<RateLimit> rateLimit;
    std::optional<std::chrono::milliseconds> timeout;
    int concurrency = 0;         // 0 = unlimited
    std::string routeKey;        // params property used as consistent-hash key
    std::string idempotencyKey;  // params property used as idempotency key
};

enum class RiskLevel { None, Low, Medium, High };

// What replaces a sensitive value wherever a payload is shown or stored masked.
inline constexpr const char* kMaskedValue = "******";

struct UiSpec {
    RiskLevel riskLevel = RiskLevel::None;
    std::string riskWarning;
    std::string confirmMessage;
    std::vector<std::string> sensitive;  // property names or JSON pointers
};

class Descriptor {
public:
    // Checks everything a registration must satisfy, failing with INVALID_ARGUMENT whose message
    // names the field (details "field": "semantics.timeout", ...):
    // - an object; `id` matches {entity}.{operation} (lower-case letters, digits, '_', segments
    //   joined by '.', at least two segments, at most 128 chars);
    // - known fields have the right JSON types; `params` (default {"type":"object"}) and
    //   `result` (optional) compile as draft-07 schemas; `params` describes an object;
    // - rate_limit and timeout parse; concurrency >= 0; approval.threshold >= 1;
    //   risk_level is low|medium|high; route_key / idempotency_key name a `params` property;
    // - a non-empty `auth.allow_if` parses (AllowIf): "auth.allow_if: at position N: ...",
    //   details "position" (byte offset into the expression) and "expression".
    static Result<Descriptor> parse(const nlohmann::json& json);

    const std::string& id() const { return m_id; }
    const std::string& name() const { return m_name; }
    const std::string& description() const { return m_description; }
    const std::string& category() const { return m_category; }
    const std::string& version() const { return m_version; }
    const AuthSpec& auth() const { return m_auth; }
    const SemanticsSpec& semantics() const { return m_semantics; }
    const UiSpec& ui() const { return m_ui; }

    const Schema& params() const { return *m_params; }
    const Schema* result() const { return m_result.get(); }  // null when absent
    const nlohmann::json& json() const { return m_json; }

    // Lower-case hex SHA-256 of the canonical JSON (keys sorted, no spaces). Equal descriptors
    // hash equal whatever their key order.
    const std::string& hash() const { return m_hash; }

    // JSON pointers of params that are sensitive: `format: password`, `writeOnly: true`, or
    // listed in ui.sensitive; nested objects and array items included ("/items/*/secret"
    // matches every item).
    const std::set<std::string>& sensitivePointers() const { return m_sensitive; }

    // A copy of `payload` with every sensitive value replaced by kMaskedValue.
    nlohmann::json maskSensitive(const nlohmann::json& payload) const;

private:
    Descriptor() = default;
    std::string m_id, m_name, m_description, m_category, m_version, m_hash;
    AuthSpec m_auth;
    SemanticsSpec m_semantics;
    UiSpec m_ui;
    std::shared_ptr<const Schema> m_params;
    std::shared_ptr<const Schema> m_result;
    nlohmann::json m_json;
    std::set<std::string> m_sensitive;
};

// Compares dotted versions numerically segment by segment ("1.10.0" > "1.9.2"); non-numeric
// segments compare as strings; a missing segment counts as 0. Returns <0, 0, >0.
int compareVersions(std::string_view a, std::string_view b);

} // namespace croupier::core
