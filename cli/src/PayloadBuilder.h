#pragma once
// Builds the JSON payload of `invoke` / `job start` from the command line: an optional base
// object (--json / --json-file), then `key=value` arguments coerced with the function's params
// schema (SchemaCoercion) and `key:=<json>` arguments taken as raw JSON. A key with dots
// (attachment.count=2) sets a nested property, unless the schema has a property by that exact
// name. Later arguments win. Single-threaded value type.

#include "croupier/core/Result.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace croupier::cli {

class PayloadBuilder {
public:
    // `paramsSchema`: the function's params schema; null when unknown (values stay strings).
    explicit PayloadBuilder(nlohmann::json paramsSchema = nullptr);

    // The base object. Fails (INVALID_ARGUMENT) unless `text` is a JSON object; `origin`
    // ("--json", the file name) names it in the message.
    core::Result<void> setBase(const std::string& text, const std::string& origin);

    // One `key=value` or `key:=<json>` argument. Fails (INVALID_ARGUMENT) with a message naming
    // the key when it is malformed or its value cannot be coerced.
    core::Result<void> assign(const std::string& argument);

    const nlohmann::json& payload() const { return m_payload; }

private:
    std::vector<std::string> keyPath(const std::string& key) const;
    core::Result<void> set(const std::vector<std::string>& path, nlohmann::json value);

    nlohmann::json m_schema;
    nlohmann::json m_payload = nlohmann::json::object();
};

} // namespace croupier::cli
