// ApprovalManager's read side: views (masked payload, counts, can_decide for the caller),
// GetApproval, ListApprovals and the watchers.
#include "croupier/server/ApprovalManager.h"

#include "ApprovalRules.h"
#include "PageTokens.h"

#include "croupier/proto/JsonStruct.h"

namespace croupier::server {
namespace {

using ApprovalEventType = approval::v1::EventType;
using core::Unexpected;
using nlohmann::json;

constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 500;
// A page filtered after reading (visibility, actionable) reads at most this many batches, then
// returns what it has with a token to continue.
constexpr int kMaxBatches = 10;

bool inFilter(const ScopeKey& filter, const ApprovalRecord& rec) {
    return (filter.gameId.empty() || filter.gameId == rec.gameId) &&
           (filter.env.empty() || filter.env == rec.env);
}

// Whether `caller` may approve or reject `rec` now, and why not.
std::string whyCannotDecide(const Principal& caller, const ApprovalRecord& rec,
                            const std::vector<approvals::Decision>& decisions) {
    if (rec.state != "pending") {
        return "it is " + rec.state;
    }
    if (auto ok = approvals::checkEligible(caller, rec); !ok) {
        return ok.error().message;
    }
    if (approvals::hasApproved(decisions, caller.username)) {
        return "you have already approved it";
    }
    return "";
}

// The store query for `request` as `caller` may ask it; nullopt when nothing can match.
std::optional<ApprovalFilter> storeFilter(const Principal& caller,
                                          const approval::v1::ListApprovalsRequest& request) {
    ApprovalFilter filter;
    filter.state = request.state();
    filter.functionId = request.function_id();
    filter.requester = request.requester();
    filter.gameId = request.game_id();
    filter.env = request.env();
    if (!caller.can(perm::kApprovalRead)) {  // without approval.read: only their own
        if (!filter.requester.empty() && filter.requester != caller.username) {
            return std::nullopt;
        }
        filter.requester = caller.username;
    }
    if (request.actionable()) {
        if (!filter.state.empty() && filter.state != "pending") {
            return std::nullopt;
        }
        filter.state = "pending";
    }
    return filter;
}

} // namespace

approval::v1::Approval ApprovalManager::view(const ApprovalRecord& rec,
                                             const Principal& caller) const {
    approval::v1::Approval a;
    a.set_approval_id(rec.approvalId);
    a.set_game_id(rec.gameId);
    a.set_env(rec.env);
    a.set_function_id(rec.functionId);
    a.set_state(rec.state);
    (void)proto::toStruct(maskedPayload(rec), a.mutable_payload());
    a.set_payload_hash(rec.payloadHash);
    a.set_requester(rec.requester);
    a.set_threshold(rec.threshold);
    for (const auto& role : rec.approverRoles) {
        a.add_approver_roles(role);
    }
    const auto decisions = approvals::parseDecisions(rec.decisionsJson);
    for (const auto& d : decisions) {
        auto* out = a.add_decisions();
        out->set_approver(d.approver);
        out->set_decision(d.decision);
        out->set_comment(d.comment);
        out->set_at(d.at);
    }
    a.set_created_at(rec.createdAtMs);
    a.set_expires_at(rec.expiresAtMs);
    a.set_updated_at(rec.updatedAtMs);
    a.set_job_id(rec.jobId);
    a.set_reason(rec.reason);
    if (auto d = m_registry.descriptor({rec.gameId, rec.env}, rec.functionId); d) {
        a.set_function_name((*d)->name());
        a.set_risk_level(approvals::riskName((*d)->ui().riskLevel));
        a.set_risk_warning((*d)->ui().riskWarning);
    }
    a.set_approvals(approvals::countApprovals(decisions));
    const std::string why = whyCannotDecide(caller, rec, decisions);
    a.set_can_decide(why.empty());
    a.set_cannot_decide_reason(why);
    return a;
}

core::Result<approval::v1::Approval> ApprovalManager::get(const Principal& caller,
                                                          const std::string& approvalId) {
    auto rec = approvals::findApproval(m_store, approvalId);
    if (!rec) {
        return Unexpected(rec.error());
    }
    if (!approvals::canSee(caller, *rec)) {
        return Unexpected(approvals::hiddenError(caller, *rec));
    }
    return view(*rec, caller);
}

core::Result<approval::v1::ListApprovalsResponse> ApprovalManager::list(
    const Principal& caller, const approval::v1::ListApprovalsRequest& request) {
    auto cursor = paging::parseKeysetToken(request.page_token());
    if (!cursor) {
        return Unexpected(cursor.error());
    }
    approval::v1::ListApprovalsResponse out;
    auto narrowed = storeFilter(caller, request);
    if (!narrowed) {
        return out;
    }
    ApprovalFilter filter = std::move(*narrowed);
    const int size = paging::pageSize(request.page_size(), kDefaultPageSize, kMaxPageSize);
    auto keep = [&](const ApprovalRecord& rec) {
        if (!approvals::canSee(caller, rec)) {
            return false;
        }
        return !request.actionable() ||
               whyCannotDecide(caller, rec, approvals::parseDecisions(rec.decisionsJson)).empty();
    };
    std::vector<ApprovalRecord> kept;
    std::optional<paging::Keyset> before = *cursor;
    bool more = false;
    for (int batch = 0; batch < kMaxBatches && !more; ++batch) {
        filter.before = before;
        filter.limit = size + 1;
        auto rows = m_store.listApprovals(filter);
        if (!rows) {
            return Unexpected(rows.error());
        }
        for (auto& row : *rows) {
            if (!keep(row)) {
                before = std::make_pair(row.createdAtMs, row.approvalId);
                continue;
            }
            if (static_cast<int>(kept.size()) == size) {
                more = true;  // one more visible row exists: continue after the last kept
                break;
            }
            before = std::make_pair(row.createdAtMs, row.approvalId);
            kept.push_back(std::move(row));
        }
        if (static_cast<int>(rows->size()) < filter.limit) {
            break;  // the store has nothing older
        }
        if (!more && batch + 1 == kMaxBatches) {
            more = true;  // scanned enough for one answer; the client continues from `before`
        }
    }
    for (const auto& rec : kept) {
        *out.add_approvals() = view(rec, caller);
    }
    if (more && before) {
        out.set_next_page_token(paging::keysetToken(before->first, before->second));
    }
    return out;
}

// ---------------------------------------------------------------- watchers

core::Result<std::uint64_t> ApprovalManager::watch(const Principal& caller,
                                                   const ScopeKey& filter, WatchSink sink) {
    auto watcher = std::make_shared<const Watcher>(Watcher{caller, filter, std::move(sink)});
    // Under m_decideMutex no approval changes: nothing slips between the snapshot and live.
    std::lock_guard lock(m_decideMutex);
    auto pending = m_store.listPendingApprovals();
    if (!pending) {
        return Unexpected(pending.error());
    }
    for (const auto& rec : *pending) {
        if (inFilter(filter, rec) && approvals::canSee(caller, rec)) {
            approval::v1::ApprovalEvent e;
            e.set_type(ApprovalEventType::ADDED);
            *e.mutable_approval() = view(rec, caller);
            watcher->sink(e);
        }
    }
    approval::v1::ApprovalEvent synced;
    synced.set_type(ApprovalEventType::SYNCED);
    watcher->sink(synced);
    std::lock_guard watchLock(m_watchMutex);
    const std::uint64_t id = m_nextWatcher++;
    m_watchers.emplace(id, std::move(watcher));
    return id;
}

void ApprovalManager::unwatch(std::uint64_t id) {
    std::shared_ptr<const Watcher> gone;  // destroyed after the lock is released
    std::lock_guard lock(m_watchMutex);
    if (auto it = m_watchers.find(id); it != m_watchers.end()) {
        gone = std::move(it->second);
        m_watchers.erase(it);
    }
}

void ApprovalManager::notifyLocked(const ApprovalRecord& rec, ApprovalEventType type) {
    std::vector<std::shared_ptr<const Watcher>> targets;
    {
        std::lock_guard lock(m_watchMutex);
        for (const auto& [id, w] : m_watchers) {
            if (inFilter(w->filter, rec) && approvals::canSee(w->caller, rec)) {
                targets.push_back(w);
            }
        }
    }
    for (const auto& w : targets) {
        approval::v1::ApprovalEvent e;
        e.set_type(type);
        *e.mutable_approval() = view(rec, w->caller);
        w->sink(e);
    }
}

} // namespace croupier::server
