#include "ApprovalWatcher.h"

#include "ApprovalTables.h"

namespace croupier::cli {

using approval::v1::Approval;
using approval::v1::ApprovalEvent;
using ApprovalEventType = approval::v1::EventType;

namespace {

std::string scopeName(const GlobalOptions& options) {
    return options.game.empty() && options.env.empty() ? "every scope you may see"
                                                       : options.game + "/" + options.env;
}

} // namespace

std::unique_ptr<grpc::ClientReaderInterface<ApprovalEvent>>
ApprovalWatcher::open(grpc::ClientContext& rpc) {
    approval::v1::WatchApprovalsRequest request;
    request.set_game_id(m_context.options().game);
    request.set_env(m_context.options().env);
    return m_context.connection().approvals().WatchApprovals(&rpc, request);
}

const Approval* ApprovalWatcher::itemOf(const ApprovalEvent& event) const {
    return event.has_approval() ? &event.approval() : nullptr;
}

std::string ApprovalWatcher::keyOf(const Approval& approval) const {
    return approval.approval_id();
}

void ApprovalWatcher::showFirst(const Snapshot& snapshot) {
    std::vector<Approval> approvals;
    approvals.reserve(snapshot.size());
    for (const auto& [id, approval] : snapshot) {
        approvals.push_back(approval);
    }
    Output& output = m_context.output();
    output.out() << renderApprovalsTable(approvals, nowUnixMs());
    output.out().flush();
    output.notice("watching approvals in " + scopeName(m_context.options()) + " (Ctrl-C to stop)");
}

void ApprovalWatcher::reportResync(const Snapshot& snapshot) {
    for (const auto& [id, approval] : snapshot) {
        auto known = m_known.find(id);
        report(known == m_known.end() ? nullptr : &known->second, approval);
    }
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
        event.set_type(before == nullptr ? ApprovalEventType::ADDED : ApprovalEventType::UPDATED);
        *event.mutable_approval() = after;
        output.message(event, true);
        return;
    }
    printChange(*line);
}

} // namespace croupier::cli
