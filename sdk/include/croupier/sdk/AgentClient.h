#pragma once
// AgentClient: the agent a game server embeds. It registers the game's functions with
// croupier-server, keeps the Connect stream open (re-dialling with backoff, re-registering when
// the server asks), runs incoming calls and jobs on a fixed handler pool and sends their results
// and job events back. The game never opens an inbound port.
//
// Lifecycle: construct, RegisterFunction()..., then Run() (blocks) or Start() (returns at once);
// Stop() from any thread ends it. The destructor stops and joins everything.
// Threads (see client.h for the full list): handlers run on the handler pool; state and
// assignment callbacks run one at a time, in order, on the SDK's event thread. Every public
// method is thread-safe.
// Ownership: the client owns registered Function objects and all threads it starts.

#include "croupier/sdk/AgentConfig.h"
#include "croupier/sdk/ConnectionState.h"
#include "croupier/sdk/Descriptor.h"
#include "croupier/sdk/Function.h"
#include "croupier/sdk/FunctionAssignment.h"
#include "croupier/sdk/Status.h"

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace croupier::sdk {

namespace detail {
class AgentClientImpl;
}

class AgentClient {
public:
    using Handler = std::function<Result(const Context& ctx, const nlohmann::json& params)>;
    using StateCallback = std::function<void(ConnectionState state)>;
    using AssignmentsCallback = std::function<void(const std::vector<FunctionAssignment>& all)>;

    explicit AgentClient(AgentConfig config);
    ~AgentClient();
    AgentClient(const AgentClient&) = delete;
    AgentClient& operator=(const AgentClient&) = delete;

    // Adds a function; call before Start(). The descriptor is checked locally with the same code
    // the server uses. Fails (and logs why) with INVALID_ARGUMENT for a bad descriptor,
    // ALREADY_EXISTS for a duplicate id, FAILED_PRECONDITION after Start().
    Status RegisterFunction(std::unique_ptr<Function> function);
    Status RegisterFunction(Descriptor descriptor, Handler handler);

    // Starts the connection in the background and returns. Fails (and logs why) when the config
    // is unusable (no server address or game id, missing TLS material, insecure to a non-loopback
    // address), when no function is registered, or when already started.
    Status Start();
    // Start(), then blocks until Stop(). Returns Start()'s failure, or OK after Stop().
    Status Run();
    // Cancels running handlers, waits for them, closes the stream and joins the threads.
    // Idempotent; callable from any thread. Called from a handler or a callback, it only
    // requests the stop (the thread in Run() or the destructor does the waiting).
    void Stop();

    ConnectionState State() const;
    // Blocks until Connected or Stopped, or the timeout; true when Connected.
    bool WaitUntilConnected(std::chrono::milliseconds timeout) const;
    void OnStateChanged(StateCallback callback);
    // Called with the full current list whenever the server sends assignments.
    void OnAssignmentsChanged(AssignmentsCallback callback);
    // False when an assignment disables `functionId` globally or for this agent; calls to it
    // are then refused locally with FAILED_PRECONDITION.
    bool IsFunctionEnabled(const std::string& functionId) const;

    const std::string& AgentId() const;
    // The session id of the current connection ("" when not connected).
    std::string SessionId() const;

private:
    std::unique_ptr<detail::AgentClientImpl> m_impl;
};

} // namespace croupier::sdk
