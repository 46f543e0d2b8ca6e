#include "RawAgent.h"

#include "TestEnv.h"

#include "croupier/proto/DescriptorJson.h"

namespace croupier::testing {

RawAgent::RawAgent(std::shared_ptr<grpc::Channel> channel, std::string agentId,
                   std::string gameId, std::string env)
    : m_stub(control::v1::ControlService::NewStub(channel)), m_id(std::move(agentId)),
      m_game(std::move(gameId)), m_env(std::move(env)) {}

RawAgent::~RawAgent() {
    if (m_ctx) {
        m_ctx->TryCancel();
    }
    if (m_reader.joinable()) {
        m_reader.join();
    }
}

grpc::Status RawAgent::registerWith(const std::vector<nlohmann::json>& descriptors) {
    control::v1::RegisterAgentRequest req;
    req.set_agent_id(m_id);
    req.set_game_id(m_game);
    req.set_env(m_env);
    req.set_version("raw-1");
    for (const auto& d : descriptors) {
        proto::descriptorFromJson(d, req.add_descriptors());
        req.add_functions(d.value("id", ""));
    }
    control::v1::RegisterAgentResponse resp;
    grpc::ClientContext ctx;
    ctx.set_deadline(deadlineIn());
    auto s = m_stub->RegisterAgent(&ctx, req, &resp);
    m_session = resp.session_id();
    m_heartbeatMs = resp.heartbeat_interval_ms();
    return s;
}

void RawAgent::connect(std::optional<std::string> sessionId) {
    m_ctx = std::make_unique<grpc::ClientContext>();
    m_stream = m_stub->Connect(m_ctx.get());
    control::v1::AgentFrame hello;
    hello.mutable_hello()->set_agent_id(m_id);
    hello.mutable_hello()->set_session_id(sessionId.value_or(m_session));
    send(hello);
    m_reader = std::thread([this] {
        control::v1::ServerFrame f;
        while (m_stream->Read(&f)) {
            std::lock_guard lock(m_mutex);
            m_frames.push_back(f);
            m_cv.notify_all();
        }
        auto status = m_stream->Finish();
        std::lock_guard lock(m_mutex);
        m_status = status;
        m_cv.notify_all();
    });
}

bool RawAgent::heartbeat(bool* reregister) {
    control::v1::HeartbeatRequest req;
    req.set_agent_id(m_id);
    req.set_session_id(m_session);
    control::v1::HeartbeatResponse resp;
    grpc::ClientContext ctx;
    ctx.set_deadline(deadlineIn());
    auto s = m_stub->Heartbeat(&ctx, req, &resp);
    if (reregister != nullptr) {
        *reregister = resp.reregister();
    }
    return s.ok() && resp.success();
}

void RawAgent::send(const control::v1::AgentFrame& frame) {
    std::lock_guard lock(m_writeMutex);
    m_stream->Write(frame);
}

std::optional<control::v1::ServerFrame> RawAgent::next(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    if (!m_cv.wait_for(lock, timeout, [this] { return !m_frames.empty() || m_status; }) ||
        m_frames.empty()) {
        return std::nullopt;
    }
    auto f = m_frames.front();
    m_frames.pop_front();
    return f;
}

grpc::Status RawAgent::close() {
    {
        std::lock_guard lock(m_writeMutex);
        m_stream->WritesDone();
    }
    auto s = ended(std::chrono::seconds(5));
    return s.value_or(grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED, "stream did not end"));
}

std::optional<grpc::Status> RawAgent::ended(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    m_cv.wait_for(lock, timeout, [this] { return m_status.has_value(); });
    return m_status;
}

} // namespace croupier::testing
