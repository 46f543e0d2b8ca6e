#include "Reconnector.h"

#include "ExitCodes.h"
#include "croupier/proto/RichStatus.h"

#include <cstdio>

namespace croupier::cli {

namespace {

constexpr std::chrono::milliseconds kConnectSlice{250};

} // namespace

bool isTransient(grpc::StatusCode code) {
    switch (code) {
    case grpc::StatusCode::OK:
    case grpc::StatusCode::CANCELLED:
    case grpc::StatusCode::UNKNOWN:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
    case grpc::StatusCode::ABORTED:
    case grpc::StatusCode::INTERNAL:
    case grpc::StatusCode::UNAVAILABLE:
        return true;
    default:
        return false;
    }
}

Reconnector::Reconnector(CommandContext& context,
                         std::optional<std::chrono::milliseconds> giveUpAfter)
    : m_context(context)
    , m_giveUpAfter(giveUpAfter)
    , m_failingSince(std::chrono::steady_clock::now()) {}

std::optional<int> Reconnector::afterStreamEnded(const StreamOutcome& outcome) {
    const auto now = std::chrono::steady_clock::now();
    const grpc::Status& status = outcome.status;
    if (status.ok() && outcome.progressed) {
        m_everWorked = true;
        m_backoff.reset();
        m_failingSince = now;
        return std::nullopt;
    }
    if (outcome.worked) {
        m_everWorked = true;
        m_backoff.reset();
        m_failingSince = now;
    }
    Output& output = m_context.output();
    if (!isTransient(status.error_code()) || (!m_everWorked && !status.ok())) {
        return output.rpcError(status);
    }
    if (m_giveUpAfter && now - m_failingSince > *m_giveUpAfter) {
        output.notice("gave up reconnecting to " + m_context.options().server);
        if (status.ok()) {
            return exitCodeFor(grpc::StatusCode::UNAVAILABLE);
        }
        return output.rpcError(status);
    }
    const auto delay = m_backoff.next();
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1fs", static_cast<double>(delay.count()) / 1000.0);
    const std::string why =
        status.ok() ? "ended by the server" : std::string(proto::codeName(status.error_code()));
    output.notice("lost the stream from " + m_context.options().server + " (" + why +
                  "); reconnecting in " + seconds);
    m_reconnecting = true;
    return waitBeforeRetry(delay) ? std::optional<int>(kExitInterrupted) : std::nullopt;
}

bool Reconnector::waitBeforeRetry(std::chrono::milliseconds delay) {
    Interrupter& interrupter = m_context.interrupter();
    // A handler, so Ctrl-C during the wait ends the command politely instead of at once.
    interrupter.setHandler([] {});
    bool interrupted = interrupter.sleepFor(delay);
    // Then give the channel as long again to connect, in slices so Ctrl-C stays prompt: a
    // stream opened on a channel still marked failed would fail at once.
    const auto until = std::chrono::steady_clock::now() + delay;
    while (!interrupted && std::chrono::steady_clock::now() < until &&
           !m_context.connection().waitForConnected(kConnectSlice)) {
        interrupted = interrupter.interrupted();
    }
    interrupter.setHandler({});
    return interrupted || interrupter.interrupted();
}

void Reconnector::onMessage() {
    if (m_reconnecting) {
        m_reconnecting = false;
        m_context.output().notice("reconnected");
    }
}

} // namespace croupier::cli
