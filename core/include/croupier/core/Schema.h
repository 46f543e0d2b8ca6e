#pragma once
// A compiled draft-07 JSON Schema (the `params` / `result` of a descriptor). The console and the
// server validate with this same class, so what a form accepts the server accepts.
// Immutable after compile(); validate() and applyDefaults() are thread-safe and may be called
// concurrently from any thread. valijson stays inside Schema.cpp (one translation unit).

#include "croupier/core/Result.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace croupier::core {

// One failing check of an instance.
struct Violation {
    std::string pointer;  // JSON pointer of the offending field: "/duration", "/items/2/count"
                          // ("" = the whole instance; a missing required property points at the
                          // property itself: "/player_id")
    std::string keyword;  // the schema keyword that failed: "minimum", "required", "type", ...
    std::string message;  // English, one line, no internals: "must be >= 1"
};

class Schema {
public:
    // Compiles `schema` as draft-07. Fails with INVALID_ARGUMENT whose message names the bad
    // keyword and its location (details: "keyword", "pointer"). Remote $refs are refused, and
    // so are reference cycles that consume no input, schemas nested deeper than 64, more than
    // 1000 schemas in one document, and chains of more than 16 schemas applied to one value.
    static Result<std::shared_ptr<const Schema>> compile(const nlohmann::json& schema);

    // Every violation, leaf errors only (no "failed to validate property" wrappers), in
    // document order. Empty = valid. Never throws; an instance too large or deep to check
    // yields one violation with keyword "limit": nesting deeper than 64, a property name longer
    // than 1024 bytes (or too complex for a patternProperties pattern), an array over 2000
    // items where the schema uses uniqueItems. A string too long or complex for its `pattern`
    // (PCRE2 match limits) is a "pattern" violation. Failed anyOf/oneOf report themselves
    // (keyword "anyOf"/"oneOf"), not the errors of their branches.
    std::vector<Violation> validate(const nlohmann::json& instance) const;

    // Fills `default` values for absent properties of objects the schema describes, recursing
    // into nested objects that are present (or that were just created from an object default).
    // Returns true when anything was added.
    bool applyDefaults(nlohmann::json& instance) const;

    const nlohmann::json& json() const { return m_json; }

    ~Schema();
    Schema(const Schema&) = delete;
    Schema& operator=(const Schema&) = delete;

private:
    struct Impl;
    explicit Schema(nlohmann::json json, std::unique_ptr<Impl> impl);
    nlohmann::json m_json;
    std::unique_ptr<Impl> m_impl;
};

// Joins violations into one line for logs and messages: "/duration: must be >= 1; ...".
std::string describe(const std::vector<Violation>& violations);

// Puts violations into an Error's details as "violation.N.pointer|keyword|message", N from 0,
// plus "violations" = count. The inverse is violationsFromDetails().
void addViolationDetails(const std::vector<Violation>& violations,
                         std::map<std::string, std::string>& details);
std::vector<Violation> violationsFromDetails(const std::map<std::string, std::string>& details);

} // namespace croupier::core
