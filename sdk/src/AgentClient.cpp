#include "croupier/sdk/AgentClient.h"

#include "AgentClientImpl.h"

namespace croupier::sdk {

AgentClient::AgentClient(AgentConfig config)
    : m_impl(std::make_unique<detail::AgentClientImpl>(std::move(config))) {}

AgentClient::~AgentClient() = default;

Status AgentClient::RegisterFunction(std::unique_ptr<Function> function) {
    if (!function) {
        return Status::Error("INVALID_ARGUMENT", "RegisterFunction got a null function");
    }
    std::shared_ptr<Function> shared = std::move(function);
    Descriptor descriptor = shared->GetDescriptor();
    return m_impl->registerFunction(descriptor,
                                    [shared](const Context& ctx, const nlohmann::json& params) {
                                        return shared->Call(ctx, params);
                                    });
}

Status AgentClient::RegisterFunction(Descriptor descriptor, Handler handler) {
    return m_impl->registerFunction(descriptor, std::move(handler));
}

Status AgentClient::Start() {
    return m_impl->start();
}
Status AgentClient::Run() {
    return m_impl->run();
}
void AgentClient::Stop() {
    m_impl->stop();
}

ConnectionState AgentClient::State() const {
    return m_impl->state();
}

bool AgentClient::WaitUntilConnected(std::chrono::milliseconds timeout) const {
    return m_impl->waitUntilConnected(timeout);
}

void AgentClient::OnStateChanged(StateCallback callback) {
    m_impl->onStateChanged(std::move(callback));
}

void AgentClient::OnAssignmentsChanged(AssignmentsCallback callback) {
    m_impl->onAssignmentsChanged(std::move(callback));
}

bool AgentClient::IsFunctionEnabled(const std::string& functionId) const {
    return m_impl->isFunctionEnabled(functionId);
}

const std::string& AgentClient::AgentId() const {
    return m_impl->agentId();
}
std::string AgentClient::SessionId() const {
    return m_impl->sessionId();
}

} // namespace croupier::sdk
