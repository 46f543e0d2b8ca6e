#include "AgentSession.h"

#include "AssignmentTable.h"
#include "ChannelFactory.h"
#include "Dispatcher.h"
#include "Frames.h"
#include "FunctionRegistry.h"
#include "croupier/proto/RichStatus.h"

#include <algorithm>

namespace croupier::sdk::detail {
namespace {

using croupier::control::v1::AgentFrame;
using croupier::control::v1::ServerFrame;
using std::chrono::milliseconds;

constexpr milliseconds kMinHeartbeat{50};
constexpr milliseconds kDefaultHeartbeat{10'000};
constexpr milliseconds kDrainTimeout{2'000};
constexpr int kMaxHeartbeatFailures = 3;

std::string joinDetails(const std::map<std::string, std::string>& details) {
    std::string out;
    for (const auto& [key, value] : details) {
        out += (out.empty() ? "" : ", ") + key + "=" + value;
    }
    return out;
}

void logStatus(const croupier::core::Logger& log, croupier::core::LogLevel level,
               std::string_view what, const grpc::Status& status) {
    const auto parts = croupier::proto::parseStatus(status);
    std::string code(croupier::proto::codeName(parts.code));
    if (parts.details.empty()) {
        log.log(level, what, {{"code", std::move(code)}, {"error", parts.message}});
        return;
    }
    log.log(level, what,
            {{"code", std::move(code)},
             {"error", parts.message},
             {"details", joinDetails(parts.details)}});
}

} // namespace

AgentSession::AgentSession(Deps deps, std::uint64_t connection)
    : m_deps(std::move(deps))
    , m_connection(connection) {}

bool AgentSession::stopping() {
    std::lock_guard lock(m_mutex);
    return m_stop;
}

void AgentSession::requestStop() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        if (m_activeCall != nullptr) {
            m_activeCall->TryCancel();
        }
    }
    m_wake.notify_all();
}

grpc::Status AgentSession::unary(const std::function<grpc::Status(grpc::ClientContext&)>& call) {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + m_deps.config.rpc_timeout());
    {
        std::lock_guard lock(m_mutex);
        if (m_stop) {
            return grpc::Status(grpc::StatusCode::CANCELLED, "the agent is stopping");
        }
        m_activeCall = &context;
    }
    grpc::Status status = call(context);
    std::lock_guard lock(m_mutex);
    m_activeCall = nullptr;
    return status;
}

bool AgentSession::run() {
    auto channel = makeChannel(m_deps.config);
    if (!channel) {
        m_deps.log.error("cannot connect", {{"error", channel.error().message}});
        return false;
    }
    m_stub = croupier::control::v1::ControlService::NewStub(*channel);
    if (!registerAgent()) {
        return false;
    }
    if (!openStream()) {
        teardown();
        return false;
    }
    m_deps.log.info("connected",
                    {{"server", m_deps.config.server_addr()}, {"session_id", m_sessionId}});
    m_deps.onState(ConnectionState::Connected, m_sessionId);
    const bool healthy = heartbeatLoop();
    teardown();
    return healthy;
}

bool AgentSession::registerAgent() {
    croupier::control::v1::RegisterAgentRequest request;
    request.set_agent_id(m_deps.config.agent_id());
    request.set_game_id(m_deps.config.game_id());
    request.set_env(m_deps.config.env());
    request.set_version(m_deps.config.version());
    request.mutable_labels()->insert(m_deps.config.labels().begin(), m_deps.config.labels().end());
    if (auto error = m_deps.registry.fill(&request)) {
        m_deps.log.error("cannot send a descriptor", {{"error", *error}});
        return false;
    }
    croupier::control::v1::RegisterAgentResponse response;
    const grpc::Status status = unary([&](grpc::ClientContext& context) {
        return m_stub->RegisterAgent(&context, request, &response);
    });
    if (!status.ok()) {
        const auto code = status.error_code();
        if (code == grpc::StatusCode::INVALID_ARGUMENT ||
            code == grpc::StatusCode::ALREADY_EXISTS) {
            logStatus(m_deps.log, croupier::core::LogLevel::Error,
                      "the server refused this agent's function descriptors; will retry", status);
        } else if (code != grpc::StatusCode::CANCELLED || !stopping()) {
            logStatus(m_deps.log, croupier::core::LogLevel::Warn, "registration failed", status);
        }
        return false;
    }
    if (!response.success()) {
        m_deps.log.error("the server did not accept the registration");
        return false;
    }
    m_sessionId = response.session_id();
    const milliseconds interval = response.heartbeat_interval_ms() > 0
                                      ? milliseconds(response.heartbeat_interval_ms())
                                      : milliseconds(response.heartbeat_interval() * 1000);
    m_heartbeatInterval =
        interval.count() > 0 ? std::max(interval, kMinHeartbeat) : kDefaultHeartbeat;
    m_deps.log.info("registered", {{"agent_id", m_deps.config.agent_id()},
                                   {"session_id", m_sessionId},
                                   {"functions", std::to_string(request.functions_size())}});
    return true;
}

bool AgentSession::openStream() {
    m_stream = ConnectStream::create([this](ServerFrame frame) { onFrame(std::move(frame)); },
                                     [this](const grpc::Status& status) { onStreamDone(status); });
    m_stream->start(*m_stub, helloFrame(m_deps.config.agent_id(), m_sessionId));
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, m_deps.config.rpc_timeout(),
                    [this] { return m_accepted || m_streamEnded || m_stop; });
    if (m_accepted || m_stop) {
        return m_accepted && !m_stop;
    }
    const grpc::Status status = m_streamEnded
                                    ? m_streamStatus
                                    : grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED,
                                                   "the server did not accept the stream");
    lock.unlock();
    logStatus(m_deps.log, croupier::core::LogLevel::Warn, "connect stream refused", status);
    return false;
}

bool AgentSession::heartbeatLoop() {
    bool healthy = false;
    int failures = 0;
    while (true) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, m_heartbeatInterval, [this] { return m_stop || m_streamEnded; });
            if (m_stop) {
                return healthy;
            }
            if (m_streamEnded) {
                const grpc::Status status = m_streamStatus;
                lock.unlock();
                logStatus(m_deps.log, croupier::core::LogLevel::Warn, "connection closed", status);
                return healthy;
            }
        }
        if (!heartbeatOnce(failures)) {
            return healthy;
        }
        healthy = healthy || failures == 0;
    }
}

// False when the session must end (reregister, lost, or too many failures).
bool AgentSession::heartbeatOnce(int& failures) {
    croupier::control::v1::HeartbeatRequest request;
    request.set_agent_id(m_deps.config.agent_id());
    request.set_session_id(m_sessionId);
    request.set_timestamp(std::chrono::duration_cast<milliseconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count());
    auto& status = *request.mutable_status();
    status["in_flight"] = std::to_string(m_deps.dispatcher.inFlight());
    status["handled_total"] = std::to_string(m_deps.dispatcher.handledTotal());
    status["functions"] = std::to_string(m_deps.registry.ids().size());

    croupier::control::v1::HeartbeatResponse response;
    const grpc::Status result = unary([&](grpc::ClientContext& context) {
        return m_stub->Heartbeat(&context, request, &response);
    });
    if (result.ok()) {
        if (response.reregister()) {
            m_deps.log.info("the server asked this agent to register again");
            return false;
        }
        failures = 0;
        return true;
    }
    if (stopping()) {
        return false;
    }
    logStatus(m_deps.log, croupier::core::LogLevel::Warn, "heartbeat failed", result);
    ++failures;
    const auto code = result.error_code();
    return code != grpc::StatusCode::UNAVAILABLE && code != grpc::StatusCode::NOT_FOUND &&
           code != grpc::StatusCode::UNAUTHENTICATED && failures < kMaxHeartbeatFailures;
}

void AgentSession::teardown() {
    if (stopping()) {
        // Let the cancelled handlers answer on this stream, then close it politely.
        m_deps.dispatcher.cancelConnection(m_connection, "the agent is stopping");
        m_deps.dispatcher.waitIdle();
        m_stream->waitDrained(kDrainTimeout);
        m_stream->closeWrites();
        if (m_stream->waitDone(kDrainTimeout)) {
            return;
        }
    } else {
        m_deps.dispatcher.cancelConnection(m_connection, "the connection to the server was lost");
    }
    m_stream->cancel();
    while (!m_stream->waitDone(milliseconds(10'000))) {
        m_deps.log.warn("still waiting for the connect stream to end");
    }
}

void AgentSession::onStreamDone(const grpc::Status& status) {
    {
        std::lock_guard lock(m_mutex);
        m_streamEnded = true;
        m_streamStatus = status;
    }
    m_wake.notify_all();
}

void AgentSession::onFrame(ServerFrame frame) {
    const std::weak_ptr<ConnectStream> weak = m_stream;
    auto send = [weak](AgentFrame out) {
        if (auto stream = weak.lock()) {
            stream->send(std::move(out));
        }
    };
    switch (frame.frame_case()) {
    case ServerFrame::kBatch:
        for (auto& inner : *frame.mutable_batch()->mutable_frames()) {
            if (!inner.has_batch()) {
                onFrame(std::move(inner));
            }
        }
        break;
    case ServerFrame::kAccepted: {
        if (frame.accepted().accepts_batches()) {
            if (auto stream = weak.lock()) {
                stream->enableBatches();
            }
        }
        if (m_deps.assignments.replace(frame.accepted().assignments(), true)) {
            m_deps.onAssignmentsChanged();
        }
        std::lock_guard lock(m_mutex);
        m_accepted = true;
        m_wake.notify_all();
        break;
    }
    case ServerFrame::kInvoke:
        m_deps.dispatcher.invoke(m_connection, std::move(*frame.mutable_invoke()), send);
        break;
    case ServerFrame::kStartJob:
        m_deps.dispatcher.startJob(m_connection, std::move(*frame.mutable_start_job()), send);
        break;
    case ServerFrame::kCancel:
        m_deps.dispatcher.cancel(m_connection, frame.cancel());
        break;
    case ServerFrame::kAssignments:
        if (m_deps.assignments.replace(frame.assignments(), false)) {
            m_deps.onAssignmentsChanged();
        }
        break;
    default:
        m_deps.log.debug("ignored an unknown frame from the server");
        break;
    }
}

} // namespace croupier::sdk::detail
