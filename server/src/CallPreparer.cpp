#include "croupier/server/CallPreparer.h"

#include "croupier/core/AllowIf.h"
#include "croupier/core/Crypto.h"
#include "croupier/server/Guard.h"
#include "croupier/proto/JsonStruct.h"

namespace croupier::server {
namespace {

using core::ErrorCode;
using core::Unexpected;

// A payload value as a routing or idempotency key: strings as they are, others as JSON text.
std::string keyText(const nlohmann::json& payload, const std::string& property) {
    auto it = payload.find(property);
    if (it == payload.end() || it->is_null()) {
        return {};
    }
    return it->is_string() ? it->get<std::string>() : it->dump();
}

core::Result<std::chrono::milliseconds> chooseTimeout(const ServerConfig& config, CallKind kind,
                                                      const core::Descriptor& d,
                                                      const function::v1::InvokeOptions& o) {
    if (o.timeout() < 0) {
        return Unexpected(ErrorCode::InvalidArgument, "options.timeout must not be negative",
                          {{"field", "options.timeout"}});
    }
    std::chrono::milliseconds t = kind == CallKind::Invoke ? config.invokeDefaultTimeout
                                                           : config.jobDefaultTimeout;
    if (o.timeout() > 0) {
        t = std::chrono::seconds(o.timeout());
    } else if (d.semantics().timeout && d.semantics().timeout->count() > 0) {
        t = *d.semantics().timeout;
    }
    if (kind == CallKind::Invoke && t > config.invokeMaxTimeout) {
        t = config.invokeMaxTimeout;
    }
    return t;
}

core::Result<void> chooseRouting(const ServerConfig& config, const core::Descriptor& d,
                                 const function::v1::InvokeOptions& o, PreparedCall& call) {
    call.targetAgent = o.target_agent();
    call.hashKey = o.hash_key();
    if (call.hashKey.empty() && !d.semantics().routeKey.empty()) {
        call.hashKey = keyText(call.payloadJson, d.semantics().routeKey);
    }
    std::string mode = o.routing_mode();
    if (mode.empty()) {
        mode = !call.targetAgent.empty()                                ? "targeted"
               : !d.semantics().routeKey.empty() && !call.hashKey.empty() ? "hash"
                                                                          : config.defaultRoutingMode;
    }
    auto parsed = parseRoutingMode(mode);
    if (!parsed) {
        return Unexpected(parsed.error());
    }
    call.mode = *parsed;
    if (!call.targetAgent.empty()) {
        call.mode = RoutingMode::Targeted;
    } else if (call.mode == RoutingMode::Targeted) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "routing_mode \"targeted\" needs options.target_agent",
                          {{"field", "options.target_agent"}});
    }
    return {};
}

} // namespace

IdempotencyKey idempotencyKeyOf(const PreparedCall& call) {
    return {call.scope.gameId, call.scope.env, call.functionId, call.idempotencyKey};
}

core::Result<PreparedCall> prepareCall(const Registry& registry, const ServerConfig& config,
                                       CallKind kind, const std::string& gameId,
                                       const std::string& env, const std::string& functionId,
                                       const google::protobuf::Struct& payload,
                                       const function::v1::InvokeOptions& options) {
    if (gameId.empty() || env.empty() || functionId.empty()) {
        return Unexpected(ErrorCode::InvalidArgument, "game_id, env and function_id are required",
                          {{"field", gameId.empty() ? "game_id" : env.empty() ? "env"
                                                                              : "function_id"}});
    }
    PreparedCall call;
    call.scope = {gameId, env};
    call.functionId = functionId;
    auto resolution = registry.resolve(call.scope, functionId);
    if (!resolution) {
        return Unexpected(resolution.error());
    }
    call.resolution = std::move(*resolution);
    const core::Descriptor& d = *call.resolution.descriptor;

    // Defaults first: a property that is both required and defaulted (seed 001's `duration`)
    // may be omitted, as the console's form pre-fills it.
    call.payloadJson = proto::toJson(payload);
    const bool filled = d.params().applyDefaults(call.payloadJson);
    auto violations = d.params().validate(call.payloadJson);
    if (!violations.empty()) {
        core::Error e(ErrorCode::InvalidArgument,
                      "invalid parameters for " + functionId + ": " + core::describe(violations));
        core::addViolationDetails(violations, e.details);
        return Unexpected(std::move(e));
    }
    if (filled) {
        proto::toStruct(call.payloadJson, &call.payload);
    } else {
        call.payload = payload;
    }
    auto timeout = chooseTimeout(config, kind, d, options);
    if (!timeout) {
        return Unexpected(timeout.error());
    }
    call.timeout = *timeout;
    call.idempotencyKey = options.idempotency_key();
    if (call.idempotencyKey.empty() && !d.semantics().idempotencyKey.empty()) {
        call.idempotencyKey = keyText(call.payloadJson, d.semantics().idempotencyKey);
    }
    if (!call.idempotencyKey.empty()) {
        call.payloadHash = core::sha256Hex(call.payloadJson.dump());
    }
    if (auto r = chooseRouting(config, d, options, call); !r) {
        return Unexpected(r.error());
    }
    return call;
}

std::string callPermission(const core::Descriptor& d) {
    return d.auth().permission.empty() ? d.id() : d.auth().permission;
}

namespace {

core::Result<void> checkAllowIf(const Principal& caller, const PreparedCall& call) {
    const core::Descriptor& d = *call.resolution.descriptor;
    const auto& rule = d.auth().allowIfRule;  // parsed (and checked) at registration
    if (!rule) {
        return {};
    }
    core::AllowIfInput in;
    in.user = caller.username;
    in.roles = caller.roles;
    in.permissions = &caller.permissions;
    in.gameId = call.scope.gameId;
    in.env = call.scope.env;
    in.functionId = call.functionId;
    in.params = &call.payloadJson;
    if (rule->evaluate(in)) {
        return {};
    }
    return Unexpected(ErrorCode::PermissionDenied,
                      "not allowed: " + d.id() + " requires " + d.auth().allowIf,
                      {{"allow_if", d.auth().allowIf}, {"user", caller.username}});
}

} // namespace

core::Result<PreparedCall> admitCall(const Registry& registry, const ServerConfig& config,
                                     const Principal& caller, CallKind kind,
                                     const std::string& gameId, const std::string& env,
                                     const std::string& functionId,
                                     const google::protobuf::Struct& payload,
                                     const function::v1::InvokeOptions& options) {
    if (auto ok = Guard::requireScope(caller, gameId, env); !ok) {
        return Unexpected(ok.error());
    }
    if (auto d = registry.descriptor({gameId, env}, functionId); d) {
        if (auto ok = Guard::require(caller, callPermission(**d)); !ok) {
            return Unexpected(ok.error());
        }
    }
    auto call = prepareCall(registry, config, kind, gameId, env, functionId, payload, options);
    if (!call) {
        return call;
    }
    // The descriptor may have been replaced between the two looks: check the one that runs.
    if (auto ok = Guard::require(caller, callPermission(*call->resolution.descriptor)); !ok) {
        return Unexpected(ok.error());
    }
    if (auto ok = checkAllowIf(caller, *call); !ok) {
        return Unexpected(ok.error());
    }
    return call;
}

core::Result<std::shared_ptr<AgentLink>> routeCall(const Registry& registry, Router& router,
                                                   const PreparedCall& call) {
    if (call.mode == RoutingMode::Targeted) {
        return registry.target(call.scope, call.functionId, call.targetAgent);
    }
    if (call.resolution.candidates.empty()) {
        return Unexpected(call.resolution.noCandidates);
    }
    return router.pick(call.mode, call.resolution.candidates,
                       call.scope.gameId + '\x1f' + call.scope.env + '\x1f' + call.functionId,
                       call.hashKey);
}

} // namespace croupier::server
