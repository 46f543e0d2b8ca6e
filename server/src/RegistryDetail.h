#pragma once
// Helpers shared by the Registry's translation units (not part of any public interface).

#include "croupier/core/Descriptor.h"
#include "croupier/proto/DescriptorJson.h"
#include "croupier/server/Registry.h"

namespace croupier::server::registry_detail {

using core::ErrorCode;
using core::Unexpected;
// Named for its package: other files of a unity build bring other packages' RegistryEventType.
using RegistryEventType = registry::v1::EventType;

inline constexpr std::size_t kMaxIdLength = 128;

inline core::Result<void> checkName(const std::string& field, const std::string& value) {
    if (value.empty()) {
        return Unexpected(ErrorCode::InvalidArgument, field + " is required", {{"field", field}});
    }
    if (value.size() > kMaxIdLength) {
        return Unexpected(ErrorCode::InvalidArgument,
                          field + " is longer than " + std::to_string(kMaxIdLength) + " characters",
                          {{"field", field}});
    }
    for (unsigned char c : value) {
        if (c < 0x20 || c == 0x7f || c == ' ') {
            return Unexpected(ErrorCode::InvalidArgument,
                              field + " must not contain spaces or control characters",
                              {{"field", field}});
        }
    }
    return {};
}

inline core::Result<std::shared_ptr<const core::Descriptor>> parseDescriptor(
    const function::v1::FunctionDescriptor& d) {
    auto parsed = core::Descriptor::parse(proto::descriptorToJson(d));
    if (!parsed) {
        core::Error e = parsed.error();
        const std::string id = d.id().empty() ? std::string("(no id)") : d.id();
        e.message = "descriptor " + id + ": " + e.message;
        e.details["function_id"] = d.id();
        return Unexpected(std::move(e));
    }
    return std::make_shared<const core::Descriptor>(std::move(*parsed));
}

inline DescriptorRecord recordFor(const ScopeKey& scope, const core::Descriptor& d, std::int64_t now) {
    DescriptorRecord r;
    r.gameId = scope.gameId;
    r.env = scope.env;
    r.functionId = d.id();
    r.version = d.version();
    r.hash = d.hash();
    r.json = d.json().dump();
    r.updatedAtMs = now;
    return r;
}

inline bool matches(const ScopeKey& filter, const ScopeKey& scope) {
    return (filter.gameId.empty() || filter.gameId == scope.gameId) &&
           (filter.env.empty() || filter.env == scope.env);
}

// NOT_FOUND for a function or agent unknown in a scope.
inline core::Error notRegistered(const char* what, const std::string& id, const ScopeKey& scope) {
    return core::Error(ErrorCode::NotFound,
                       std::string(what) + " " + id + " is not registered in " + scope.gameId +
                           "/" + scope.env,
                       {{std::string(what) + "_id", id}});
}

inline ScopeKey scopeOf(const AgentRecord& r) { return {r.gameId, r.env}; }


} // namespace croupier::server::registry_detail
