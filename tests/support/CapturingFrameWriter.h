#pragma once
// An agent's Connect stream for tests that drive the server's managers directly: it records every
// frame the server sends (so "the job started" is a StartJob frame) and completes writes only when
// the test calls pump(). connectCapturedAgent registers "agent-a" in game/dev serving one function
// and attaches such a writer as its stream. The test thread calls pump() and frames(); the
// server's threads call startWrite() (guarded by m_mutex). The test owns the writer and the link.

#include "croupier/server/AgentLink.h"
#include "croupier/server/Registry.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <mutex>
#include <vector>

namespace croupier::testing {

class CapturingFrameWriter final : public server::FrameWriter {
public:
    void startWrite(const control::v1::ServerFrame* msg, bool moreQueued) override;
    void finish(const grpc::Status& status) override;

    // Completes writes on `link` until none is outstanding.
    void pump(server::AgentLink& link);
    std::vector<control::v1::ServerFrame> frames() const;

private:
    mutable std::mutex m_mutex;  // guards the two below
    std::vector<control::v1::ServerFrame> m_frames;
    bool m_outstanding = false;
};

// Registers "agent-a" (game/dev, version 1.0.0, from 127.0.0.1:5000) serving `descriptor`, and
// attaches `writer` as its stream in `link`. Fails the test (and leaves `link` as it is) on error.
void connectCapturedAgent(server::Registry& registry, const nlohmann::json& descriptor,
                          CapturingFrameWriter& writer, std::shared_ptr<server::AgentLink>& link);

} // namespace croupier::testing
