#include "croupier/client/AuditClient.h"

#include "ConnectionCore.h"
#include "ProtoConvert.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/proto/JsonStruct.h"

#include <algorithm>

namespace croupier::client {
namespace {

using audit::v1::QueryAuditRequest;
using audit::v1::QueryAuditResponse;
using audit::v1::VerifyAuditRequest;
using audit::v1::VerifyAuditResponse;

AuditRecordInfo recordFromProto(const audit::v1::AuditRecord& r) {
    AuditRecordInfo out;
    out.seq = r.seq();
    out.timestampMs = r.timestamp();
    out.actor = qs(r.actor());
    out.actorKind = qs(r.actor_kind());
    out.action = qs(r.action());
    out.gameId = qs(r.game_id());
    out.env = qs(r.env());
    out.functionId = qs(r.function_id());
    out.target = qs(r.target());
    if (r.has_params()) {
        out.params = proto::toJson(r.params());
    }
    out.outcome = qs(r.outcome());
    out.message = qs(r.message());
    out.durationMs = r.duration_ms();
    out.peer = qs(r.peer());
    for (const auto& [key, value] : r.details()) {
        out.details.insert(qs(key), qs(value));
    }
    out.prevHash = qs(r.prev_hash());
    out.hash = qs(r.hash());
    return out;
}

QueryAuditRequest requestFor(const AuditQuery& q, const QString& pageToken, int pageSize) {
    QueryAuditRequest r;
    r.set_actor(ss(q.actor.trimmed()));
    r.set_action(ss(q.action.trimmed()));
    r.set_function_id(ss(q.functionId.trimmed()));
    r.set_game_id(ss(q.gameId.trimmed()));
    r.set_env(ss(q.env.trimmed()));
    r.set_outcome(ss(q.outcome.trimmed()));
    r.set_from(q.fromMs);
    r.set_to(q.toMs);
    r.set_page_size(std::clamp(pageSize, 0, AuditClient::kMaxPageSize));
    r.set_page_token(ss(pageToken));
    return r;
}

AuditPage pageFromProto(const QueryAuditResponse& response) {
    AuditPage page;
    page.records.reserve(response.records_size());
    for (const auto& record : response.records()) {
        page.records.append(recordFromProto(record));
    }
    page.nextPageToken = qs(response.next_page_token());
    return page;
}

} // namespace

AuditClient::AuditClient(ServerConnection& connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_guard(CallGuard::create(this)) {}

AuditClient::~AuditClient() {
    m_guard->detach();
}

void AuditClient::query(const AuditQuery& query, const QString& pageToken, int pageSize,
                        ReplyCallback<AuditPage> done) {
    ConnectionCore& core = m_connection.core();
    core.unary<QueryAuditRequest, QueryAuditResponse>(
        m_guard, requestFor(query, pageToken, pageSize),
        [stub = core.audit()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->QueryAudit(ctx, req, resp, std::move(cb));
        },
        [done = std::move(done)](const CallError* error, QueryAuditResponse& response) {
            done(error ? Reply<AuditPage>(*error) : Reply<AuditPage>(pageFromProto(response)));
        });
}

void AuditClient::record(qint64 seq, ReplyCallback<std::optional<AuditRecordInfo>> done) {
    // QueryAudit pages newest first below the sequence number in the page token: the token
    // seq + 1 starts the page at `seq` itself.
    using Answer = Reply<std::optional<AuditRecordInfo>>;
    if (seq <= 0) {
        m_guard->post([done = std::move(done)] { done(Answer(std::nullopt)); });
        return;
    }
    query({}, QString::number(seq + 1), 1, [seq, done = std::move(done)](Reply<AuditPage> page) {
        if (!page) {
            done(Answer(page.error()));
        } else if (!page->records.isEmpty() && page->records.first().seq == seq) {
            done(Answer(page->records.first()));
        } else {
            done(Answer(std::nullopt));
        }
    });
}

void AuditClient::verify(ReplyCallback<AuditVerifyResult> done) {
    ConnectionCore& core = m_connection.core();
    core.unary<VerifyAuditRequest, VerifyAuditResponse>(
        m_guard, VerifyAuditRequest{},
        [stub = core.audit()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->VerifyAudit(ctx, req, resp, std::move(cb));
        },
        [done = std::move(done)](const CallError* error, VerifyAuditResponse& response) {
            if (error != nullptr) {
                done(*error);
                return;
            }
            AuditVerifyResult result;
            result.ok = response.ok();
            result.records = response.records();
            result.firstBrokenSeq = response.first_broken_seq();
            result.problem = qs(response.problem());
            done(result);
        },
        kVerifyTimeout);
}

} // namespace croupier::client
