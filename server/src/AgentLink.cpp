#include "croupier/server/GrpcStatus.h"
#include "croupier/server/AgentLink.h"

#include "croupier/proto/FrameBatch.h"

namespace croupier::server {

namespace {
// Frames queued for one agent before the link counts as stuck and is closed.
constexpr std::size_t kMaxQueuedFrames = 100'000;

} // namespace

AgentLink::AgentLink(std::string agentId, std::string sessionId, FrameWriter* writer,
                     bool batches)
    : m_agentId(std::move(agentId)), m_sessionId(std::move(sessionId)),
      m_out(writer, kMaxQueuedFrames) {
    if (batches) {
        m_out.setCoalesce(proto::coalesceFrames<control::v1::ServerFrame>);
    }
}

bool AgentLink::send(control::v1::ServerFrame frame) {
    switch (m_out.send(std::move(frame))) {
    case StreamOutbox<control::v1::ServerFrame>::Send::Ok:
        return true;
    case StreamOutbox<control::v1::ServerFrame>::Send::Overflow:
        close(errorStatus(core::ErrorCode::ResourceExhausted, "agent is not reading its stream; closing it"));
        return false;
    case StreamOutbox<control::v1::ServerFrame>::Send::Closed:
        break;
    }
    return false;
}

void AgentLink::startInvoke(std::uint64_t requestId, control::v1::ServerFrame frame,
                            InvokeCallback callback) {
    {
        std::lock_guard lock(m_pendingMutex);
        m_pending.emplace(requestId, std::move(callback));
        m_inFlight.fetch_add(1, std::memory_order_relaxed);
    }
    if (!send(std::move(frame))) {
        // Unless detach() got to it first, resolve it here.
        failInvoke(requestId, core::Error(core::ErrorCode::Unavailable,
                                          "agent " + m_agentId + " disconnected",
                                          {{"agent_id", m_agentId},
                                           {kUndeliveredDetail, "true"}}));
    }
}

AgentLink::InvokeCallback AgentLink::takePending(std::uint64_t requestId) {
    std::lock_guard lock(m_pendingMutex);
    auto it = m_pending.find(requestId);
    if (it == m_pending.end()) {
        return {};
    }
    auto cb = std::move(it->second);
    m_pending.erase(it);
    m_inFlight.fetch_sub(1, std::memory_order_relaxed);
    return cb;
}

bool AgentLink::failInvoke(std::uint64_t requestId, core::Error error) {
    auto cb = takePending(requestId);
    if (!cb) {
        return false;
    }
    cb(core::Unexpected(std::move(error)));
    return true;
}

void AgentLink::onResult(control::v1::InvokeResult&& result) {
    if (auto cb = takePending(result.request_id())) {
        cb(std::move(result));
    }
}

void AgentLink::detach(const std::string& reason) {
    m_out.detach();
    std::map<std::uint64_t, InvokeCallback> pending;
    {
        std::lock_guard lock(m_pendingMutex);
        pending.swap(m_pending);
        m_inFlight.store(0, std::memory_order_relaxed);
    }
    for (auto& [id, cb] : pending) {
        cb(core::Unexpected(core::ErrorCode::Unavailable, reason, {{"agent_id", m_agentId}}));
    }
}

} // namespace croupier::server
