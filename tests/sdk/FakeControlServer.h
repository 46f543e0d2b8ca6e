#pragma once
// A scripted ControlService on 127.0.0.1:<free port> (plaintext unless given credentials) for the
// SDK's protocol tests
// (an edge seam; the real server is tested end to end elsewhere). It records every registration
// and every AgentFrame, answers RegisterAgent and Heartbeat as scripted, accepts each Connect
// stream, and writes the ServerFrames a test pushes. Only one Connect stream at a time.
// Threads: gRPC's sync server threads run the handlers; tests call the public methods from the
// test thread. m_mutex guards the script knobs and the current stream.

#include "BlockingQueue.h"
#include "croupier/control/v1/control.grpc.pb.h"

#include <atomic>
#include <functional>
#include <grpcpp/grpcpp.h>
#include <memory>
#include <mutex>
#include <string>

namespace croupier::sdk::test {

class FakeControlServer final : public croupier::control::v1::ControlService::Service {
public:
    using RegisterScript = std::function<grpc::Status(
        const croupier::control::v1::RegisterAgentRequest&, int attempt)>;

    explicit FakeControlServer(
        std::shared_ptr<grpc::ServerCredentials> credentials = grpc::InsecureServerCredentials());
    ~FakeControlServer() override;

    std::string address() const { return "127.0.0.1:" + std::to_string(m_port); }

    // What RegisterAgent answers (default: OK). Attempts count from 1.
    void setRegisterScript(RegisterScript script);
    // The next heartbeat answers reregister=true.
    void requestReregister() { m_reregisterNext = true; }
    // Assignments sent in ConnectAccepted.
    void setAcceptedAssignments(croupier::control::v1::GetAssignmentsResponse assignments);
    // Writes `frame` on the current stream (waits for one to be open).
    void push(croupier::control::v1::ServerFrame frame);
    // Ends the current stream from the server side.
    void closeStream();

    BlockingQueue<croupier::control::v1::RegisterAgentRequest> registrations;
    BlockingQueue<croupier::control::v1::AgentFrame> frames; // every frame of every stream
    BlockingQueue<std::string> sessions;                     // session ids issued, in order
    std::atomic<int> heartbeats{0};

    grpc::Status RegisterAgent(grpc::ServerContext* context,
                               const croupier::control::v1::RegisterAgentRequest* request,
                               croupier::control::v1::RegisterAgentResponse* response) override;
    grpc::Status Heartbeat(grpc::ServerContext* context,
                           const croupier::control::v1::HeartbeatRequest* request,
                           croupier::control::v1::HeartbeatResponse* response) override;
    grpc::Status
    Connect(grpc::ServerContext* context,
            grpc::ServerReaderWriter<croupier::control::v1::ServerFrame,
                                     croupier::control::v1::AgentFrame>* stream) override;

private:
    struct Outbox;

    std::unique_ptr<grpc::Server> m_server;
    int m_port = 0;
    std::atomic<bool> m_reregisterNext{false};
    std::atomic<int> m_registerAttempts{0};

    std::mutex m_mutex;
    std::condition_variable m_streamOpened;
    RegisterScript m_registerScript;
    croupier::control::v1::GetAssignmentsResponse m_acceptedAssignments;
    std::shared_ptr<Outbox> m_outbox; // of the open stream, null between streams
};

} // namespace croupier::sdk::test
