#include "AgentClientImpl.h"

#include "croupier/core/Backoff.h"
#include "ChannelFactory.h"
#include "SdkThread.h"

namespace croupier::sdk::detail {
namespace {

croupier::core::Logger makeLogger(const AgentConfig& config) {
    croupier::core::Logger root =
        config.log_sink() ? croupier::core::Logger(config.log_level(), config.log_sink())
                          : croupier::core::Logger(config.log_level());
    return root.child("agent");
}

Status toStatus(const croupier::core::Error& error) {
    return Status::Error(std::string(croupier::core::codeName(error.code)), error.message);
}

} // namespace

AgentClientImpl::AgentClientImpl(AgentConfig config)
    : m_config(std::move(config))
    , m_log(makeLogger(m_config))
    , m_assignments(m_config.agent_id()) {}

AgentClientImpl::~AgentClientImpl() {
    requestStop();
    shutdown();
}

Status AgentClientImpl::registerFunction(const Descriptor& descriptor,
                                         AgentClient::Handler handler) {
    Status status = m_registry.add(descriptor, std::move(handler));
    if (!status) {
        m_log.error(
            "function not registered",
            {{"function", descriptor.id()}, {"code", status.Code()}, {"error", status.Message()}});
    }
    return status;
}

Status AgentClientImpl::start() {
    if (auto ok = checkConfig(m_config); !ok) {
        m_log.error("cannot start", {{"error", ok.error().message}});
        return toStatus(ok.error());
    }
    if (m_registry.empty()) {
        m_log.error("cannot start: no function is registered");
        return Status::Error("FAILED_PRECONDITION", "no function is registered");
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_started || m_stopRequested) {
            return Status::Error("FAILED_PRECONDITION", "the agent was already started");
        }
        m_started = true;
    }
    m_registry.freeze();
    // Pool threads are SDK threads (SdkThread.h): Stop() from one only requests the stop.
    const auto markSdkThread = [] { t_isSdkThread = true; };
    m_pool = std::make_unique<croupier::core::ThreadPool>(m_config.handler_threads(), markSdkThread);
    m_events = std::make_unique<croupier::core::ThreadPool>(1, markSdkThread);
    m_dispatcher = std::make_unique<Dispatcher>(m_registry, m_assignments, *m_pool, m_log,
                                                m_config.game_id(), m_config.env());
    m_log.info("starting", {{"agent_id", m_config.agent_id()},
                            {"server", m_config.server_addr()},
                            {"game_id", m_config.game_id()},
                            {"env", m_config.env()}});
    m_worker = std::thread([this] { workerLoop(); });
    return Status::Ok();
}

Status AgentClientImpl::run() {
    Status status = start();
    if (!status) {
        return status;
    }
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopRequested; });
    }
    shutdown();
    return Status::Ok();
}

void AgentClientImpl::stop() {
    requestStop();
    if (!t_isSdkThread) {
        shutdown();
    }
}

void AgentClientImpl::requestStop() {
    std::shared_ptr<AgentSession> session;
    {
        std::lock_guard lock(m_mutex);
        m_stopRequested = true;
        session = m_session;
    }
    m_changed.notify_all();
    if (session) {
        session->requestStop();
    }
}

void AgentClientImpl::shutdown() {
    std::lock_guard shutdownLock(m_shutdownMutex);
    if (m_shutDown) {
        return;
    }
    if (m_worker.joinable()) {
        m_worker.join();
    }
    if (m_dispatcher) {
        // Calls that arrived while the last stream was closing.
        m_dispatcher->cancelAll("the agent is stopping");
        m_dispatcher->waitIdle();
    }
    if (m_pool) {
        m_pool->shutdown();
    }
    setState(ConnectionState::Stopped);
    if (m_events) {
        m_events->shutdown(); // delivers the queued callbacks, "stopped" last
    }
    m_shutDown = true;
    if (m_pool) {
        m_log.info("stopped");
    }
}

void AgentClientImpl::workerLoop() {
    t_isSdkThread = true;
    croupier::core::Backoff backoff(m_config.backoff_initial(), m_config.backoff_max());
    AgentSession::Deps deps{m_config,
                            m_log,
                            m_registry,
                            m_assignments,
                            *m_dispatcher,
                            [this](ConnectionState s, const std::string& id) { setState(s, id); },
                            [this] {
                                postAssignments();
                            }};
    for (std::uint64_t connection = 1;; ++connection) {
        auto session = std::make_shared<AgentSession>(deps, connection);
        {
            std::lock_guard lock(m_mutex);
            if (m_stopRequested) {
                return;
            }
            m_session = session;
        }
        setState(ConnectionState::Connecting);
        const bool healthy = session->run();
        {
            std::lock_guard lock(m_mutex);
            m_session.reset();
        }
        if (healthy) {
            backoff.reset();
        }
        if (!waitBeforeRetry(backoff.next())) {
            return;
        }
    }
}

// False when stop was requested instead.
bool AgentClientImpl::waitBeforeRetry(std::chrono::milliseconds delay) {
    {
        std::lock_guard lock(m_mutex);
        if (m_stopRequested) {
            return false;
        }
    }
    setState(ConnectionState::BackingOff);
    m_log.info("reconnecting", {{"delay_ms", std::to_string(delay.count())}});
    std::unique_lock lock(m_mutex);
    return !m_changed.wait_for(lock, delay, [this] { return m_stopRequested; });
}

void AgentClientImpl::setState(ConnectionState state, const std::string& sessionId) {
    AgentClient::StateCallback callback;
    {
        std::lock_guard lock(m_mutex);
        if (m_state == state || m_state == ConnectionState::Stopped) {
            return;
        }
        m_state = state;
        m_sessionId = state == ConnectionState::Connected ? sessionId : std::string();
        callback = m_stateCallback;
    }
    m_changed.notify_all();
    if (callback && m_events) {
        m_events->submit([callback, state] { callback(state); });
    }
}

void AgentClientImpl::postAssignments() {
    AgentClient::AssignmentsCallback callback;
    {
        std::lock_guard lock(m_mutex);
        callback = m_assignmentsCallback;
    }
    if (callback && m_events) {
        m_events->submit([this, callback] { callback(m_assignments.all()); });
    }
}

ConnectionState AgentClientImpl::state() const {
    std::lock_guard lock(m_mutex);
    return m_state;
}

bool AgentClientImpl::waitUntilConnected(std::chrono::milliseconds timeout) const {
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, timeout, [this] {
        return m_state == ConnectionState::Connected || m_state == ConnectionState::Stopped;
    });
    return m_state == ConnectionState::Connected;
}

void AgentClientImpl::onStateChanged(AgentClient::StateCallback callback) {
    std::lock_guard lock(m_mutex);
    m_stateCallback = std::move(callback);
}

void AgentClientImpl::onAssignmentsChanged(AgentClient::AssignmentsCallback callback) {
    std::lock_guard lock(m_mutex);
    m_assignmentsCallback = std::move(callback);
}

bool AgentClientImpl::isFunctionEnabled(const std::string& functionId) const {
    return !m_assignments.disabledReason(functionId).has_value();
}

std::string AgentClientImpl::sessionId() const {
    std::lock_guard lock(m_mutex);
    return m_sessionId;
}

} // namespace croupier::sdk::detail
