#include "croupier/server/AuditService.h"

#include "PageTokens.h"
#include "ServiceSupport.h"
#include "croupier/proto/JsonStruct.h"
#include "croupier/server/Guard.h"

#include <algorithm>

namespace croupier::server {
namespace {

using core::ErrorCode;
using core::Unexpected;

constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 1000;
// A caller limited to few scopes may match few rows: one request reads at most this many before
// it answers with what it found and a page token to continue below.
constexpr std::int64_t kMaxScannedRows = 20'000;
constexpr int kScopedBatch = 500;

core::Result<AuditFilter> filterFrom(const audit::v1::QueryAuditRequest& req) {
    if (req.to() != 0 && req.from() >= req.to()) {
        return Unexpected(ErrorCode::InvalidArgument, "from must be earlier than to",
                          {{"field", "from"}});
    }
    auto before = paging::parseSeqToken(req.page_token());
    if (!before) {
        return Unexpected(before.error());
    }
    AuditFilter f;
    f.actor = req.actor();
    f.action = req.action();
    f.functionId = req.function_id();
    f.gameId = req.game_id();
    f.env = req.env();
    f.outcome = req.outcome();
    f.fromMs = req.from();
    f.toMs = req.to();
    f.beforeSeq = *before;
    return f;
}

bool visibleTo(const Principal& caller, const AuditRow& row) {
    return row.gameId.empty() || caller.inScope(row.gameId, row.env);
}

struct Page {
    std::vector<AuditRow> rows;     // at most pageSize
    std::int64_t continueBelow = 0; // next page token; 0 = no more
};

// Reads newest first from filter.beforeSeq, keeping the rows `caller` may see, until a page is
// full (one extra row tells whether more exist), the store runs out, or the scan cap is hit.
core::Result<Page> collectPage(AuditLog& auditLog, const Principal& caller, AuditFilter filter,
                               int pageSize) {
    const int want = pageSize + 1;
    filter.limit = caller.scopes.empty() ? want : std::max(want, kScopedBatch);
    Page page;
    std::int64_t scanned = 0;
    while (true) {
        auto rows = auditLog.query(filter);
        if (!rows) {
            return Unexpected(rows.error());
        }
        for (auto& row : *rows) {
            ++scanned;
            filter.beforeSeq = row.seq;
            if (visibleTo(caller, row)) {
                page.rows.push_back(std::move(row));
                if (static_cast<int>(page.rows.size()) == want) {
                    page.rows.pop_back();
                    page.continueBelow = page.rows.back().seq;
                    return page;
                }
            }
        }
        if (rows->size() < static_cast<std::size_t>(filter.limit)) {
            return page; // the store has nothing older
        }
        if (scanned >= kMaxScannedRows) {
            page.continueBelow = filter.beforeSeq;
            return page;
        }
    }
}

void fillParams(const std::string& text, google::protobuf::Struct* out) {
    if (text.empty()) {
        return;
    }
    auto params = nlohmann::json::parse(text, nullptr, false);
    if (params.is_discarded()) {
        return;
    }
    if (!params.is_object()) {
        params = nlohmann::json{{"value", std::move(params)}};
    }
    (void)proto::toStruct(params, out);
}

void fillDetails(const std::string& text, google::protobuf::Map<std::string, std::string>* out) {
    const auto details = nlohmann::json::parse(text.empty() ? "{}" : text, nullptr, false);
    if (!details.is_object()) {
        return;
    }
    for (auto it = details.begin(); it != details.end(); ++it) {
        (*out)[it.key()] = it->is_string() ? it->get<std::string>() : it->dump();
    }
}

// Checks audit.read on the reactor thread, then runs `work(caller)` on a worker.
template <class Resp, class Work>
grpc::ServerUnaryReactor* asAuditReader(grpc::CallbackServerContext* ctx, const ServiceContext& s,
                                        Resp* response, Work work) {
    auto caller = s.guard.op(ctx, perm::kAuditRead);
    if (!caller) {
        return detail::rejected(ctx, caller.error());
    }
    return detail::onWorker(ctx, s.workers, response,
                            [work = std::move(work), p = std::move(*caller)]() mutable {
                                return work(p);
                            });
}

// The head a VerifyAudit caller recorded earlier (none when both fields are empty), checked as
// `audit verify --expect-head SEQ:HASH` checks it.
core::Result<core::AuditHead> expectedHead(const audit::v1::VerifyAuditRequest& request) {
    if (request.expect_seq() == 0 && request.expect_hash().empty()) {
        return core::AuditHead{};
    }
    return core::parseAuditHead(std::to_string(request.expect_seq()) + ":" + request.expect_hash());
}

} // namespace

audit::v1::AuditRecord auditRecordToProto(const AuditRow& row) {
    audit::v1::AuditRecord r;
    r.set_seq(row.seq);
    r.set_timestamp(row.timestampMs);
    r.set_actor(row.actor);
    r.set_actor_kind(row.actorKind);
    r.set_action(row.action);
    r.set_game_id(row.gameId);
    r.set_env(row.env);
    r.set_function_id(row.functionId);
    r.set_target(row.target);
    fillParams(row.paramsJson, r.mutable_params());
    r.set_outcome(row.outcome);
    r.set_message(row.message);
    r.set_duration_ms(row.durationMs);
    r.set_peer(row.peer);
    fillDetails(row.detailsJson, r.mutable_details());
    r.set_prev_hash(row.prevHash);
    r.set_hash(row.hash);
    return r;
}

core::Result<audit::v1::QueryAuditResponse>
queryAuditPage(AuditLog& auditLog, const Principal& caller,
               const audit::v1::QueryAuditRequest& request) {
    if (!request.game_id().empty() && !request.env().empty()) {
        if (auto allowed = Guard::requireScope(caller, request.game_id(), request.env());
            !allowed) {
            return Unexpected(allowed.error());
        }
    }
    auto filter = filterFrom(request);
    if (!filter) {
        return Unexpected(filter.error());
    }
    const int pageSize = paging::pageSize(request.page_size(), kDefaultPageSize, kMaxPageSize);
    auto page = collectPage(auditLog, caller, std::move(*filter), pageSize);
    if (!page) {
        return Unexpected(page.error());
    }
    audit::v1::QueryAuditResponse response;
    for (const auto& row : page->rows) {
        *response.add_records() = auditRecordToProto(row);
    }
    if (page->continueBelow > 0) {
        response.set_next_page_token(std::to_string(page->continueBelow));
    }
    return response;
}

grpc::ServerUnaryReactor* AuditServiceImpl::QueryAudit(grpc::CallbackServerContext* ctx,
                                                       const audit::v1::QueryAuditRequest* req,
                                                       audit::v1::QueryAuditResponse* resp) {
    return asAuditReader(ctx, m_ctx, resp,
                         [&log = m_ctx.audit, request = *req](const Principal& caller) {
                             return queryAuditPage(log, caller, request);
                         });
}

grpc::ServerUnaryReactor* AuditServiceImpl::VerifyAudit(grpc::CallbackServerContext* ctx,
                                                        const audit::v1::VerifyAuditRequest* req,
                                                        audit::v1::VerifyAuditResponse* resp) {
    return asAuditReader(ctx, m_ctx, resp,
                         [&log = m_ctx.audit, request = *req](
                             const Principal&) -> core::Result<audit::v1::VerifyAuditResponse> {
                             auto expected = expectedHead(request);
                             if (!expected) {
                                 return Unexpected(expected.error());
                             }
                             auto verdict = log.verify(*expected);
                             if (!verdict) {
                                 return Unexpected(verdict.error());
                             }
                             audit::v1::VerifyAuditResponse out;
                             out.set_ok(verdict->ok);
                             out.set_records(verdict->records);
                             out.set_first_broken_seq(verdict->firstBrokenSeq);
                             out.set_problem(verdict->problem);
                             out.set_head_seq(verdict->head.seq);
                             out.set_head_hash(verdict->head.hash);
                             return out;
                         });
}

} // namespace croupier::server
