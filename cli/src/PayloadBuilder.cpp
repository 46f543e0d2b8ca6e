#include "PayloadBuilder.h"

#include "SchemaCoercion.h"

namespace croupier::cli {

using core::ErrorCode;
using core::Unexpected;
using nlohmann::json;

PayloadBuilder::PayloadBuilder(json paramsSchema)
    : m_schema(std::move(paramsSchema)) {}

core::Result<void> PayloadBuilder::setBase(const std::string& text, const std::string& origin) {
    json base = json::parse(text, nullptr, false);
    if (base.is_discarded()) {
        return Unexpected(ErrorCode::InvalidArgument, origin + " is not valid JSON");
    }
    if (!base.is_object()) {
        return Unexpected(ErrorCode::InvalidArgument, origin + " must be a JSON object");
    }
    m_payload = std::move(base);
    return {};
}

std::vector<std::string> PayloadBuilder::keyPath(const std::string& key) const {
    if (key.find('.') == std::string::npos || propertySchema(m_schema, {key}) != nullptr) {
        return {key};
    }
    std::vector<std::string> path;
    std::size_t start = 0;
    for (std::size_t dot = key.find('.'); dot != std::string::npos; dot = key.find('.', start)) {
        path.push_back(key.substr(start, dot - start));
        start = dot + 1;
    }
    path.push_back(key.substr(start));
    return path;
}

core::Result<void> PayloadBuilder::set(const std::vector<std::string>& path, json value) {
    json* node = &m_payload;
    std::string walked;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        walked += (walked.empty() ? "" : ".") + path[i];
        json& child = (*node)[path[i]];
        if (child.is_null()) {
            child = json::object();
        }
        if (!child.is_object()) {
            return Unexpected(ErrorCode::InvalidArgument, "cannot set " + walked + "." +
                                                              path[i + 1] + ": " + walked +
                                                              " is not an object");
        }
        node = &child;
    }
    (*node)[path.back()] = std::move(value);
    return {};
}

core::Result<void> PayloadBuilder::assign(const std::string& argument) {
    const auto eq = argument.find('=');
    if (eq == std::string::npos || eq == 0 || (eq == 1 && argument[0] == ':')) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "expected key=value or key:=<json>, got \"" + argument + "\"");
    }
    const bool raw = argument[eq - 1] == ':';
    const std::string key = argument.substr(0, raw ? eq - 1 : eq);
    const std::string text = argument.substr(eq + 1);
    const auto path = keyPath(key);
    for (const auto& part : path) {
        if (part.empty()) {
            return Unexpected(ErrorCode::InvalidArgument, "empty name in the key \"" + key + "\"");
        }
    }
    json value;
    if (raw) {
        value = json::parse(text, nullptr, false);
        if (value.is_discarded()) {
            return Unexpected(ErrorCode::InvalidArgument,
                              "invalid value for " + key + ": not valid JSON after :=");
        }
    } else {
        auto coerced = coerceValue(propertySchema(m_schema, path), m_schema, text);
        if (!coerced) {
            return Unexpected(ErrorCode::InvalidArgument,
                              "invalid value for " + key + ": " + coerced.error().message);
        }
        value = std::move(*coerced);
    }
    return set(path, std::move(value));
}

} // namespace croupier::cli
