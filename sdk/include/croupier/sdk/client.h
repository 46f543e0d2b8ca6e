#pragma once
// <croupier/sdk/client.h>: the Croupier C++ agent SDK, everything a game server needs.
//
//   #include <croupier/sdk/client.h>
//   using namespace croupier;
//   AgentClient agent(AgentConfig{}.set_server_addr("croupier:8443").set_game_id("my-game")
//                         .set_env("prod").set_ca_file("ca.crt")
//                         .set_cert_file("agent.crt").set_key_file("agent.key"));
//   agent.RegisterFunction(std::make_unique<BanPlayerFunction>());
//   agent.Run();  // until agent.Stop()
//
// Types live in croupier::sdk and are re-exported into croupier (the seed's spelling).
//
// Threads:
// - Function::Call and lambda handlers: the handler pool (AgentConfig::set_handler_threads,
//   default 4). Calls may run concurrently; a handler may block, and should watch
//   ctx.IsCancelled() in long loops.
// - OnStateChanged / OnAssignmentsChanged callbacks: the SDK's event thread, one at a time, in
//   order. Keep them short; they may call any AgentClient method (Stop() from there only
//   requests the stop).
// - Log sink (AgentConfig::set_log_sink): any SDK thread, one line per call, serialised.
// - gRPC's own threads only move messages; they never run handlers or callbacks.
// - Every AgentClient method is thread-safe; Stop() may be called from a signal-waiting thread.
//   Do not call Stop() from inside a POSIX signal handler itself.

#include "croupier/sdk/AgentClient.h"
#include "croupier/sdk/AgentConfig.h"
#include "croupier/sdk/ConnectionState.h"
#include "croupier/sdk/Context.h"
#include "croupier/sdk/Descriptor.h"
#include "croupier/sdk/Function.h"
#include "croupier/sdk/FunctionAssignment.h"
#include "croupier/sdk/Result.h"
#include "croupier/sdk/Status.h"

#include <memory>
#include <nlohmann/json.hpp>

namespace croupier {

using sdk::AgentClient;
using sdk::AgentConfig;
using sdk::ConnectionState;
using sdk::ConnectionStateName;
using sdk::Context;
using sdk::Descriptor;
using sdk::Expected;
using sdk::Function;
using sdk::FunctionAssignment;
using sdk::Result;
using sdk::Status;

} // namespace croupier
