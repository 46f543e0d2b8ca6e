#include "CallState.h"

#include <algorithm>
#include <cmath>

namespace croupier::sdk::detail {

CallState::CallState(CallInfo info, Emitter emitter)
    : m_info(std::move(info))
    , m_emitter(std::move(emitter)) {}

void CallState::cancel(std::string code, std::string reason) {
    {
        std::lock_guard lock(m_mutex);
        if (!m_cancelCode.empty()) {
            return;
        }
        m_cancelCode = code.empty() ? "CANCELLED" : std::move(code);
        m_cancelReason = reason.empty() ? "cancelled" : std::move(reason);
    }
    m_cancelled.notify_all();
}

bool CallState::checkDeadlineLocked() {
    if (m_cancelCode.empty() && std::chrono::system_clock::now() >= m_info.deadline) {
        m_cancelCode = "DEADLINE_EXCEEDED";
        m_cancelReason = "deadline exceeded";
    }
    return !m_cancelCode.empty();
}

bool CallState::isCancelled() {
    std::lock_guard lock(m_mutex);
    return checkDeadlineLocked();
}

std::string CallState::cancelReason() {
    std::lock_guard lock(m_mutex);
    checkDeadlineLocked();
    return m_cancelReason;
}

std::string CallState::cancelCode() {
    std::lock_guard lock(m_mutex);
    checkDeadlineLocked();
    return m_cancelCode;
}

bool CallState::waitForCancel(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    auto until = std::chrono::system_clock::now() + timeout;
    if (m_info.deadline < until) {
        until = m_info.deadline;
    }
    m_cancelled.wait_until(lock, until, [this] { return !m_cancelCode.empty(); });
    return checkDeadlineLocked();
}

void CallState::reportProgress(double fraction, std::string message) {
    if (std::isnan(fraction)) {
        return;
    }
    std::lock_guard lock(m_mutex);
    if (m_finished || !m_emitter || m_info.jobId.empty()) {
        return;
    }
    m_emitter(JobEventKind::Progress, std::clamp(fraction, 0.0, 1.0), std::move(message));
}

void CallState::log(std::string message) {
    std::lock_guard lock(m_mutex);
    if (m_finished || !m_emitter || m_info.jobId.empty()) {
        return;
    }
    m_emitter(JobEventKind::Log, 0.0, std::move(message));
}

void CallState::finish(const std::function<void()>& last) {
    std::lock_guard lock(m_mutex);
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (last) {
        last();
    }
}

} // namespace croupier::sdk::detail
