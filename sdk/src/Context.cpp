#include "croupier/sdk/Context.h"

#include "CallState.h"

namespace croupier::sdk {

Context::Context(std::shared_ptr<detail::CallState> state)
    : m_state(std::move(state)) {}

const std::string& Context::FunctionId() const {
    return m_state->info().functionId;
}
const std::string& Context::GameId() const {
    return m_state->info().gameId;
}
const std::string& Context::Env() const {
    return m_state->info().env;
}
const std::string& Context::JobId() const {
    return m_state->info().jobId;
}
bool Context::IsJob() const {
    return !m_state->info().jobId.empty();
}
const std::string& Context::IdempotencyKey() const {
    return m_state->info().idempotencyKey;
}
Context::TimePoint Context::Deadline() const {
    return m_state->info().deadline;
}

bool Context::IsCancelled() const {
    return m_state->isCancelled();
}
std::string Context::CancelReason() const {
    return m_state->cancelReason();
}

bool Context::WaitForCancel(std::chrono::milliseconds timeout) const {
    return m_state->waitForCancel(timeout);
}

void Context::ReportProgress(double fraction, std::string message) const {
    m_state->reportProgress(fraction, std::move(message));
}

void Context::Log(std::string message) const {
    m_state->log(std::move(message));
}

} // namespace croupier::sdk
