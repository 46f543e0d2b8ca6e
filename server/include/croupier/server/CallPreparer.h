#pragma once
// The checks and decisions shared by InvokeFunction and InvokeJob, in the order a call meets
// them: scope and function known and enabled, payload valid against `params` (every violation
// with its JSON pointer), defaults filled, timeout chosen, idempotency key and routing decided;
// then routeCall() picks the agent. Pure in-memory work: safe on a reactor thread.

#include "croupier/function/v1/function.pb.h"
#include "croupier/server/IdempotencyGate.h"
#include "croupier/server/Principal.h"
#include "croupier/server/Registry.h"
#include "croupier/server/Router.h"
#include "croupier/server/ServerConfig.h"

#include <google/protobuf/struct.pb.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <memory>
#include <string>

namespace croupier::server {

struct PreparedCall {
    ScopeKey scope;
    std::string functionId;
    Resolution resolution;
    google::protobuf::Struct payload;  // validated, defaults filled
    nlohmann::json payloadJson;        // the same, as JSON
    std::chrono::milliseconds timeout{0};
    std::string idempotencyKey;        // "" = none
    std::string payloadHash;           // set when idempotencyKey is
    RoutingMode mode = RoutingMode::RoundRobin;
    std::string hashKey;
    std::string targetAgent;
};

enum class CallKind { Invoke, Job };

// Where a repeated call with the same idempotency_key finds the first one's outcome.
IdempotencyKey idempotencyKeyOf(const PreparedCall& call);

core::Result<PreparedCall> prepareCall(const Registry& registry, const ServerConfig& config,
                                       CallKind kind, const std::string& gameId,
                                       const std::string& env, const std::string& functionId,
                                       const google::protobuf::Struct& payload,
                                       const function::v1::InvokeOptions& options);

// prepareCall() for a signed-in operator, refusing with PERMISSION_DENIED before anything else
// when the scope is not theirs or they lack the descriptor's `auth.permission` (the function id
// when the descriptor names none), and after preparing when `auth.allow_if` does not hold for
// the prepared payload (details "allow_if").
core::Result<PreparedCall> admitCall(const Registry& registry, const ServerConfig& config,
                                     const Principal& caller, CallKind kind,
                                     const std::string& gameId, const std::string& env,
                                     const std::string& functionId,
                                     const google::protobuf::Struct& payload,
                                     const function::v1::InvokeOptions& options);

// The permission a call to `d` needs.
std::string callPermission(const core::Descriptor& d);

core::Result<std::shared_ptr<AgentLink>> routeCall(const Registry& registry, Router& router,
                                                   const PreparedCall& call);

} // namespace croupier::server
