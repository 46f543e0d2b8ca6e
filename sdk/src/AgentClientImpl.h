#pragma once
// AgentClientImpl: the body of AgentClient — the function registry, the handler pool, the event
// thread for user callbacks, and the connection worker that runs AgentSessions in a reconnect
// loop with backoff.
// Threads: public methods from any thread; workerLoop() on m_worker. m_mutex guards m_state,
// m_sessionId, m_session, m_started, m_stopRequested and the two callbacks; m_shutdownMutex
// serialises shutdown(). Owns every thread it starts; the destructor stops and joins them and
// must not run on one of them.

#include "AgentSession.h"
#include "AssignmentTable.h"
#include "Dispatcher.h"
#include "FunctionRegistry.h"
#include "croupier/core/ThreadPool.h"
#include "croupier/core/Log.h"
#include "croupier/sdk/AgentClient.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace croupier::sdk::detail {

class AgentClientImpl {
public:
    explicit AgentClientImpl(AgentConfig config);
    ~AgentClientImpl();

    Status registerFunction(const Descriptor& descriptor, AgentClient::Handler handler);
    Status start();
    Status run();
    void stop();

    ConnectionState state() const;
    bool waitUntilConnected(std::chrono::milliseconds timeout) const;
    void onStateChanged(AgentClient::StateCallback callback);
    void onAssignmentsChanged(AgentClient::AssignmentsCallback callback);
    bool isFunctionEnabled(const std::string& functionId) const;
    const std::string& agentId() const { return m_config.agent_id(); }
    std::string sessionId() const;

private:
    void workerLoop();
    bool waitBeforeRetry(std::chrono::milliseconds delay);
    void setState(ConnectionState state, const std::string& sessionId = {});
    void postAssignments();
    void requestStop();
    void shutdown();

    const AgentConfig m_config;
    const croupier::core::Logger m_log;
    FunctionRegistry m_registry;
    AssignmentTable m_assignments;
    std::unique_ptr<croupier::core::ThreadPool> m_pool;   // handlers; made by start()
    std::unique_ptr<croupier::core::ThreadPool> m_events; // user callbacks, one thread; made by start()
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::thread m_worker;

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed; // state changed or stop requested
    ConnectionState m_state = ConnectionState::Idle;
    std::string m_sessionId;
    std::shared_ptr<AgentSession> m_session; // the attempt in progress, if any
    bool m_started = false;
    bool m_stopRequested = false;
    AgentClient::StateCallback m_stateCallback;
    AgentClient::AssignmentsCallback m_assignmentsCallback;

    std::mutex m_shutdownMutex;
    bool m_shutDown = false;
};

} // namespace croupier::sdk::detail
