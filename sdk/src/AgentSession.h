#pragma once
// AgentSession: one connection attempt, from RegisterAgent through the Connect stream and the
// heartbeats to its end (stream closed, heartbeat says reregister or fails, or stop). The
// reconnect loop around it (AgentClientImpl) makes a new session per attempt.
// Threads: run() on the connection worker (it blocks; unary RPCs are synchronous with a deadline
// and cancelled by requestStop()); onFrame()/onStreamDone() on gRPC reactor threads (they only
// queue work); requestStop() from any thread. m_mutex guards the flags, m_activeCall and
// m_sessionId. Owned by the worker (shared with AgentClientImpl so Stop() can reach it); borrows
// everything in Deps, which outlives it.

#include "ConnectStream.h"
#include "croupier/core/Log.h"
#include "croupier/sdk/AgentConfig.h"
#include "croupier/sdk/ConnectionState.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace croupier::sdk::detail {

class AssignmentTable;
class Dispatcher;
class FunctionRegistry;

class AgentSession {
public:
    struct Deps {
        const AgentConfig& config;
        const croupier::core::Logger& log;
        const FunctionRegistry& registry;
        AssignmentTable& assignments;
        Dispatcher& dispatcher;
        std::function<void(ConnectionState state, const std::string& sessionId)> onState;
        std::function<void()> onAssignmentsChanged;
    };

    AgentSession(Deps deps, std::uint64_t connection);

    // Runs the attempt to its end. True when it was healthy: the stream was accepted and at
    // least one heartbeat succeeded (the caller then resets its backoff).
    bool run();
    void requestStop();

private:
    bool registerAgent();
    bool openStream();
    bool heartbeatLoop();
    bool heartbeatOnce(int& failures);
    void teardown();
    grpc::Status unary(const std::function<grpc::Status(grpc::ClientContext&)>& call);
    void onFrame(croupier::control::v1::ServerFrame frame);
    void onStreamDone(const grpc::Status& status);
    bool stopping();

    Deps m_deps;
    const std::uint64_t m_connection;
    std::unique_ptr<croupier::control::v1::ControlService::Stub> m_stub;
    std::shared_ptr<ConnectStream> m_stream; // set before the stream starts, then read-only
    std::string m_sessionId;                 // set by registerAgent() before the stream starts
    std::chrono::milliseconds m_heartbeatInterval{10'000};

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_accepted = false;
    bool m_streamEnded = false;
    grpc::Status m_streamStatus;
    grpc::ClientContext* m_activeCall = nullptr; // the unary call in progress, to cancel it
};

} // namespace croupier::sdk::detail
