#pragma once
// AuditSource: where the audit models get their data: a QueryAudit page, one record by its
// sequence number, and the chain's verification, as callables. from(AuditClient&) binds them to
// the real client; tests (tests/ui) bind them to canned answers, so the models and the page run
// without a server. The callables answer asynchronously on the GUI thread (AuditClient does);
// the bound client must outlive every model using the source.

#include "croupier/client/AuditClient.h"
#include "croupier/client/AuditRecordInfo.h"
#include "croupier/client/Reply.h"

#include <functional>
#include <optional>

namespace croupier::models {

struct AuditSource {
    using Query = std::function<void(const client::AuditQuery& query, const QString& pageToken,
                                     int pageSize, client::ReplyCallback<client::AuditPage>)>;
    using Record = std::function<void(
        qint64 seq, client::ReplyCallback<std::optional<client::AuditRecordInfo>>)>;
    using Verify = std::function<void(client::ReplyCallback<client::AuditVerifyResult>)>;

    Query query;
    Record record;
    Verify verify;

    static AuditSource from(client::AuditClient& auditClient) {
        client::AuditClient* c = &auditClient;
        return {
            [c](const client::AuditQuery& q, const QString& token, int size,
                client::ReplyCallback<client::AuditPage> done) {
                c->query(q, token, size, std::move(done));
            },
            [c](qint64 seq, client::ReplyCallback<std::optional<client::AuditRecordInfo>> done) {
                c->record(seq, std::move(done));
            },
            [c](client::ReplyCallback<client::AuditVerifyResult> done) {
                c->verify(std::move(done));
            }};
    }
};

} // namespace croupier::models
