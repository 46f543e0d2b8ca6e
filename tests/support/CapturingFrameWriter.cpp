#include "CapturingFrameWriter.h"

#include "croupier/proto/DescriptorJson.h"

#include <gtest/gtest.h>

namespace croupier::testing {

void CapturingFrameWriter::startWrite(const control::v1::ServerFrame* msg, bool /*moreQueued*/) {
    std::lock_guard lock(m_mutex);
    m_frames.push_back(*msg);
    m_outstanding = true;
}

void CapturingFrameWriter::finish(const grpc::Status& /*status*/) {}

void CapturingFrameWriter::pump(server::AgentLink& link) {
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (!m_outstanding) {
                return;
            }
            m_outstanding = false;
        }
        link.onWriteDone(true);
    }
}

std::vector<control::v1::ServerFrame> CapturingFrameWriter::frames() const {
    std::lock_guard lock(m_mutex);
    return m_frames;
}

void connectCapturedAgent(server::Registry& registry, const nlohmann::json& descriptor,
                          CapturingFrameWriter& writer, std::shared_ptr<server::AgentLink>& link) {
    function::v1::FunctionDescriptor d;
    ASSERT_FALSE(proto::descriptorFromJson(descriptor, &d).has_value());
    control::v1::RegisterAgentRequest req;
    req.set_agent_id("agent-a");
    req.set_game_id("game");
    req.set_env("dev");
    req.set_version("1.0.0");
    req.add_functions(d.id());
    *req.add_descriptors() = d;
    auto registered = registry.registerAgent(req, "127.0.0.1:5000");
    ASSERT_TRUE(registered) << registered.error().message;
    link = std::make_shared<server::AgentLink>("agent-a", registered->sessionId, &writer);
    auto attached = registry.attachStream(link);
    ASSERT_TRUE(attached) << attached.error().message;
    writer.pump(*link);
}

} // namespace croupier::testing
