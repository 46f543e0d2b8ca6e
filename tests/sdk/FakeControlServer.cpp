#include "FakeControlServer.h"

#include <thread>
#include <variant>

namespace croupier::sdk::test {

using croupier::control::v1::AgentFrame;
using croupier::control::v1::ServerFrame;

// Commands for the stream's writer loop: a frame to write, or "close".
struct FakeControlServer::Outbox {
    BlockingQueue<std::variant<ServerFrame, bool>> commands;
};

FakeControlServer::FakeControlServer(std::shared_ptr<grpc::ServerCredentials> credentials) {
    grpc::ServerBuilder builder;
    builder.AddListeningPort("127.0.0.1:0", std::move(credentials), &m_port);
    builder.RegisterService(this);
    m_server = builder.BuildAndStart();
}

FakeControlServer::~FakeControlServer() {
    closeStream();
    m_server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(5));
}

void FakeControlServer::setRegisterScript(RegisterScript script) {
    std::lock_guard lock(m_mutex);
    m_registerScript = std::move(script);
}

void FakeControlServer::setAcceptedAssignments(
    croupier::control::v1::GetAssignmentsResponse assignments) {
    std::lock_guard lock(m_mutex);
    m_acceptedAssignments = std::move(assignments);
}

void FakeControlServer::push(ServerFrame frame) {
    std::unique_lock lock(m_mutex);
    m_streamOpened.wait_for(lock, std::chrono::seconds(20), [this] { return m_outbox != nullptr; });
    if (m_outbox) {
        m_outbox->commands.push(std::move(frame));
    }
}

void FakeControlServer::closeStream() {
    std::lock_guard lock(m_mutex);
    if (m_outbox) {
        m_outbox->commands.push(true);
    }
}

grpc::Status
FakeControlServer::RegisterAgent(grpc::ServerContext*,
                                 const croupier::control::v1::RegisterAgentRequest* request,
                                 croupier::control::v1::RegisterAgentResponse* response) {
    const int attempt = ++m_registerAttempts;
    registrations.push(*request);
    RegisterScript script;
    {
        std::lock_guard lock(m_mutex);
        script = m_registerScript;
    }
    if (script) {
        grpc::Status status = script(*request, attempt);
        if (!status.ok()) {
            return status;
        }
    }
    const std::string session = "session-" + std::to_string(attempt);
    sessions.push(session);
    response->set_success(true);
    response->set_agent_id(request->agent_id());
    response->set_session_id(session);
    response->set_heartbeat_interval(1);
    response->set_heartbeat_interval_ms(50);
    return grpc::Status::OK;
}

grpc::Status FakeControlServer::Heartbeat(grpc::ServerContext*,
                                          const croupier::control::v1::HeartbeatRequest*,
                                          croupier::control::v1::HeartbeatResponse* response) {
    ++heartbeats;
    response->set_success(true);
    response->set_reregister(m_reregisterNext.exchange(false));
    return grpc::Status::OK;
}

grpc::Status FakeControlServer::Connect(grpc::ServerContext* context,
                                        grpc::ServerReaderWriter<ServerFrame, AgentFrame>* stream) {
    AgentFrame hello;
    if (!stream->Read(&hello)) {
        return grpc::Status::OK;
    }
    frames.push(hello);
    auto outbox = std::make_shared<Outbox>();
    ServerFrame accepted;
    {
        std::lock_guard lock(m_mutex);
        accepted.mutable_accepted()->set_agent_id(hello.hello().agent_id());
        *accepted.mutable_accepted()->mutable_assignments() = m_acceptedAssignments;
        m_outbox = outbox;
    }
    m_streamOpened.notify_all();
    stream->Write(accepted);
    std::atomic<bool> readerDone{false};
    std::thread reader([&] {
        AgentFrame frame;
        while (stream->Read(&frame)) {
            frames.push(frame);
        }
        readerDone = true;
        outbox->commands.push(true); // the agent went away: end the writer loop too
    });
    while (true) {
        auto command = outbox->commands.pop(std::chrono::hours(1));
        if (!command || std::holds_alternative<bool>(*command)) {
            break;
        }
        stream->Write(std::get<ServerFrame>(*command));
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_outbox == outbox) {
            m_outbox.reset();
        }
    }
    if (!readerDone) {
        context->TryCancel(); // unblocks the reader: the agent is still there
    }
    reader.join();
    return grpc::Status::OK;
}

} // namespace croupier::sdk::test
