#include "croupier/client/ApprovalsClient.h"

#include "ApprovalConvert.h"
#include "ApprovalWatch.h"
#include "ConnectionCore.h"
#include "ProtoConvert.h"
#include "croupier/client/ServerConnection.h"

namespace croupier::client {
namespace {

using Approval = approval::v1::Approval;

// Get, Approve, Reject and Cancel: one request, the approval as it is now. `method` starts the
// call on the stub's callback API: method(async, context, request, response, callback).
template <class Req, class Method>
void callForApproval(ConnectionCore& core, const std::shared_ptr<CallGuard>& guard, Req request,
                     Method method, ReplyCallback<ApprovalInfo> done) {
    core.unary<Req, Approval>(
        guard, std::move(request),
        [stub = core.approvals(), method](auto* ctx, auto* req, auto* resp, auto cb) {
            method(*stub->async(), ctx, req, resp, std::move(cb));
        },
        [done = std::move(done)](const CallError* error, Approval& response) {
            done(error ? Reply<ApprovalInfo>(*error)
                       : Reply<ApprovalInfo>(approvalFromProto(response)));
        });
}

} // namespace

ApprovalsClient::ApprovalsClient(ServerConnection& connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_guard(CallGuard::create(this)) {
    m_watch = std::make_unique<ApprovalWatch>(
        connection.core(), m_guard, this,
        ApprovalWatch::Hooks{[this](const QList<ApprovalInfo>& all) { emit approvalsReset(all); },
                             [this](const ApprovalInfo& a) { emit approvalChanged(a); },
                             [this](bool live) { emit liveChanged(live); },
                             [this](const CallError& e) {
                                 emit watchFailed(e);
                             }});
    connect(&connection, &ServerConnection::signedInChanged, this,
            &ApprovalsClient::onSignedInChanged);
    connect(&connection, &ServerConnection::stateChanged, this, [this](ConnectionState s) {
        if (s == ConnectionState::Offline) {
            m_watch->stop();
        }
    });
}

ApprovalsClient::~ApprovalsClient() {
    m_guard->detach();
}

void ApprovalsClient::setReconnectBackoff(std::chrono::milliseconds initial,
                                          std::chrono::milliseconds max) {
    m_watch->setBackoff(initial, max);
}

void ApprovalsClient::onSignedInChanged(bool signedIn) {
    // A new token (maybe another user): reopen, and the snapshot resynchronises everything.
    if (signedIn) {
        m_watch->resumePaused();
    } else {
        m_watch->pause();
    }
}

void ApprovalsClient::watch(const Scope& scope) {
    m_watch->start(scope);
}
void ApprovalsClient::stopWatching() {
    m_watch->stop();
}
bool ApprovalsClient::watching() const {
    return m_watch->active();
}
bool ApprovalsClient::live() const {
    return m_watch->live();
}

void ApprovalsClient::list(const ApprovalQuery& query, ReplyCallback<ApprovalPage> done) {
    ConnectionCore& core = m_connection.core();
    core.unary<approval::v1::ListApprovalsRequest, approval::v1::ListApprovalsResponse>(
        m_guard, listRequestFor(query),
        [stub = core.approvals()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->ListApprovals(ctx, req, resp, std::move(cb));
        },
        [done = std::move(done)](const CallError* error,
                                 approval::v1::ListApprovalsResponse& response) {
            if (error != nullptr) {
                done(*error);
                return;
            }
            ApprovalPage page;
            for (const auto& a : response.approvals()) {
                page.approvals.append(approvalFromProto(a));
            }
            page.nextPageToken = qs(response.next_page_token());
            done(std::move(page));
        });
}

void ApprovalsClient::get(const QString& approvalId, ReplyCallback<ApprovalInfo> done) {
    approval::v1::GetApprovalRequest request;
    request.set_approval_id(ss(approvalId));
    callForApproval(
        m_connection.core(), m_guard, std::move(request),
        [](auto& api, auto* ctx, auto* req, auto* resp, auto cb) {
            api.GetApproval(ctx, req, resp, std::move(cb));
        },
        std::move(done));
}

void ApprovalsClient::approve(const QString& approvalId, const QString& comment,
                              ReplyCallback<ApprovalInfo> done) {
    approval::v1::ApproveRequest request;
    request.set_approval_id(ss(approvalId));
    request.set_comment(ss(comment.trimmed()));
    callForApproval(
        m_connection.core(), m_guard, std::move(request),
        [](auto& api, auto* ctx, auto* req, auto* resp, auto cb) {
            api.Approve(ctx, req, resp, std::move(cb));
        },
        std::move(done));
}

void ApprovalsClient::reject(const QString& approvalId, const QString& reason,
                             ReplyCallback<ApprovalInfo> done) {
    if (reason.trimmed().isEmpty()) {
        CallError e;
        e.kind = CallError::Kind::InvalidArgument;
        e.code = QStringLiteral("INVALID_ARGUMENT");
        e.message = tr("A rejection needs a reason.");
        m_guard->post([done = std::move(done), e] { done(e); });
        return;
    }
    approval::v1::RejectRequest request;
    request.set_approval_id(ss(approvalId));
    request.set_reason(ss(reason.trimmed()));
    callForApproval(
        m_connection.core(), m_guard, std::move(request),
        [](auto& api, auto* ctx, auto* req, auto* resp, auto cb) {
            api.Reject(ctx, req, resp, std::move(cb));
        },
        std::move(done));
}

void ApprovalsClient::cancel(const QString& approvalId, const QString& reason,
                             ReplyCallback<ApprovalInfo> done) {
    approval::v1::CancelApprovalRequest request;
    request.set_approval_id(ss(approvalId));
    request.set_reason(ss(reason.trimmed()));
    callForApproval(
        m_connection.core(), m_guard, std::move(request),
        [](auto& api, auto* ctx, auto* req, auto* resp, auto cb) {
            api.Cancel(ctx, req, resp, std::move(cb));
        },
        std::move(done));
}

} // namespace croupier::client
