#include "ApprovalWatcher.h"

#include "ApprovalTables.h"
#include "ExitCodes.h"
#include "TimeFormat.h"

#include <grpcpp/grpcpp.h>
#include <utility>

namespace croupier::cli {

using approval::v1::Approval;
using approval::v1::ApprovalEvent;
using approval::v1::EventType;

namespace {

constexpr auto kStreamWorkedAfter = std::chrono::seconds(2);

std::string scopeName(const GlobalOptions& options) {
    return options.game.empty() && options.env.empty() ? "every scope you may see"
                                                       : options.game + "/" + options.env;
}

} // namespace

int ApprovalWatcher::run() {
    Reconnector reconnector(m_context, std::nullopt);
    for (;;) {
        const StreamOutcome outcome = watchOnce(reconnector);
        if (m_context.interrupter().interrupted()) {
            return kExitInterrupted;
        }
        if (auto exit = reconnector.afterStreamEnded(outcome)) {
            return *exit;
        }
    }
}

StreamOutcome ApprovalWatcher::watchOnce(Reconnector& reconnector) {
    approval::v1::WatchApprovalsRequest request;
    request.set_game_id(m_context.options().game);
    request.set_env(m_context.options().env);
    grpc::ClientContext rpc;
    m_context.interrupter().setHandler([&rpc] { rpc.TryCancel(); });
    const auto opened = std::chrono::steady_clock::now();
    auto reader = m_context.connection().approvals().WatchApprovals(&rpc, request);
    std::map<std::string, Approval> snapshot;
    bool inSnapshot = true;
    StreamOutcome outcome;
    ApprovalEvent event;
    while (reader->Read(&event)) {
        outcome.delivered = true;
        reconnector.onMessage();
        if (!inSnapshot) {
            onLiveEvent(event);
        } else if (event.type() == EventType::SYNCED) {
            inSnapshot = false;
            onSnapshot(std::exchange(snapshot, {}));
        } else if (event.has_approval()) {
            snapshot[event.approval().approval_id()] = event.approval();
        }
    }
    outcome.status = reader->Finish();
    m_context.interrupter().setHandler({});
    outcome.worked =
        outcome.delivered || std::chrono::steady_clock::now() - opened > kStreamWorkedAfter;
    return outcome;
}

void ApprovalWatcher::onSnapshot(std::map<std::string, Approval> snapshot) {
    Output& output = m_context.output();
    if (!m_synced && !output.json()) {
        std::vector<Approval> approvals;
        approvals.reserve(snapshot.size());
        for (const auto& [id, approval] : snapshot) {
            approvals.push_back(approval);
        }
        output.out() << renderApprovalsTable(approvals, nowUnixMs());
        output.out().flush();
        output.notice("watching approvals in " + scopeName(m_context.options()) +
                      " (Ctrl-C to stop)");
    } else {
        for (const auto& [id, approval] : snapshot) {
            auto known = m_known.find(id);
            report(known == m_known.end() ? nullptr : &known->second, approval);
        }
    }
    if (output.json() && !m_synced) {
        ApprovalEvent synced;
        synced.set_type(EventType::SYNCED);
        output.message(synced, true);
    }
    m_synced = true;
    m_known = std::move(snapshot);
}

void ApprovalWatcher::onLiveEvent(const ApprovalEvent& event) {
    if (!event.has_approval()) {
        return;
    }
    const Approval& approval = event.approval();
    auto known = m_known.find(approval.approval_id());
    report(known == m_known.end() ? nullptr : &known->second, approval);
    m_known[approval.approval_id()] = approval;
}

void ApprovalWatcher::report(const Approval* before, const Approval& after) {
    const auto line = describeApprovalChange(before, after);
    if (!line) {
        return;
    }
    Output& output = m_context.output();
    if (output.json()) {
        ApprovalEvent event;
        event.set_type(before == nullptr ? EventType::ADDED : EventType::UPDATED);
        *event.mutable_approval() = after;
        output.message(event, true);
        return;
    }
    output.out() << localClockTime(nowUnixMs()) << "  " << *line << "\n";
    output.out().flush();
}

} // namespace croupier::cli
