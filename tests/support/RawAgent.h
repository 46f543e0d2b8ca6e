#pragma once
// A hand-driven agent speaking the raw ControlService protocol (no SDK), for tests that need an
// agent to misbehave: never heartbeat, answer late, drop its stream. Blocking gRPC API; frames
// the server sends are collected by a reader thread.

#include "croupier/control/v1/control.grpc.pb.h"

#include <nlohmann/json.hpp>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace croupier::testing {

class RawAgent {
public:
    RawAgent(std::shared_ptr<grpc::Channel> channel, std::string agentId,
             std::string gameId = "game", std::string env = "dev");
    ~RawAgent();

    // RegisterAgent with these descriptors; returns the status.
    grpc::Status registerWith(const std::vector<nlohmann::json>& descriptors);
    // Opens Connect and sends the hello (with `sessionId`, default the registered one).
    void connect(std::optional<std::string> sessionId = std::nullopt);
    bool heartbeat(bool* reregister = nullptr);
    void send(const control::v1::AgentFrame& frame);
    // The next frame the server sent, waiting up to `timeout`.
    std::optional<control::v1::ServerFrame> next(std::chrono::milliseconds timeout =
                                                     std::chrono::seconds(5));
    // Closes the stream from the agent side and returns how the server ended it.
    grpc::Status close();
    // The server's final status once the stream has ended (waits up to `timeout`).
    std::optional<grpc::Status> ended(std::chrono::milliseconds timeout = std::chrono::seconds(5));

    const std::string& sessionId() const { return m_session; }
    std::int64_t heartbeatMs() const { return m_heartbeatMs; }

private:
    std::unique_ptr<control::v1::ControlService::Stub> m_stub;
    std::string m_id, m_game, m_env, m_session;
    std::int64_t m_heartbeatMs = 0;
    std::unique_ptr<grpc::ClientContext> m_ctx;
    std::unique_ptr<grpc::ClientReaderWriter<control::v1::AgentFrame, control::v1::ServerFrame>>
        m_stream;
    std::thread m_reader;
    std::mutex m_mutex;  // guards m_frames, m_status, m_writeMutex use
    std::mutex m_writeMutex;
    std::condition_variable m_cv;
    std::deque<control::v1::ServerFrame> m_frames;
    std::optional<grpc::Status> m_status;
};

} // namespace croupier::testing
