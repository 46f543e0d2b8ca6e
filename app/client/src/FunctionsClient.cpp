#include "croupier/client/FunctionsClient.h"

#include "ClientTr.h"
#include "ConnectionCore.h"
#include "JobStreams.h"
#include "ProtoConvert.h"
#include "RegistrationWatch.h"

#include "croupier/client/ServerConnection.h"
#include "croupier/proto/JsonStruct.h"

#include <QCoreApplication>

namespace croupier::client {
namespace {

using namespace std::chrono_literals;

constexpr const char* kApprovalRequired = "APPROVAL_REQUIRED";
constexpr auto kInvokeMargin = 10s;       // beyond the function's own timeout
constexpr auto kServerInvokeDefault = 30s; // the server's default invoke timeout

InvokeOutcome failed(CallError error) {
    InvokeOutcome out;
    out.kind = InvokeOutcome::Kind::Error;
    out.error = std::move(error);
    return out;
}

// A handler error's details: error_details, or, from a server that predates that field, the
// details inside the seed's error shape {"success": false, "error": {..., "details"}} it relays
// as the result.
nlohmann::json handlerErrorDetails(const function::v1::InvokeFunctionResponse& r) {
    if (r.has_error_details()) {
        return proto::toJson(r.error_details());
    }
    const nlohmann::json body =
        r.has_result() ? proto::toJson(r.result()) : nlohmann::json::object();
    const auto error = body.find("error");
    if (error != body.end() && error->is_object()) {
        const auto details = error->find("details");
        if (details != error->end() && details->is_object()) {
            return *details;
        }
    }
    return nlohmann::json::object();
}

// The function ran and returned its own error (success = false).
InvokeOutcome functionFailed(const function::v1::InvokeFunctionResponse& r) {
    const std::string& code = r.error_code();
    const std::string& message = r.error();
    CallError e;
    e.kind = CallError::Kind::FunctionFailed;
    e.code = qs(code);
    e.serverMessage = qs(message);
    e.details = handlerErrorDetails(r);
    e.message = message.empty() ? tr("The function reported an error (%1).").arg(e.code)
                                : tr("The function reported an error: %1").arg(e.serverMessage);
    return failed(std::move(e));
}

InvokeOutcome fromInvoke(const function::v1::InvokeFunctionResponse& r) {
    InvokeOutcome out;
    if (r.success()) {
        out.kind = InvokeOutcome::Kind::Result;
        out.result = r.has_result() ? proto::toJson(r.result()) : nlohmann::json::object();
        out.agentId = qs(r.agent_id());
    } else if (r.error_code() == kApprovalRequired) {
        out.kind = InvokeOutcome::Kind::Approval;
        out.approvalId = qs(r.approval_id());
        out.approvalState = qs(r.approval_state());
        out.jobId = qs(r.job_id());
    } else {
        out = functionFailed(r);
    }
    return out;
}

InvokeOutcome fromJob(const function::v1::InvokeJobResponse& r) {
    InvokeOutcome out;
    out.jobId = qs(r.job_id());
    out.jobStatus = jobStatusFromString(qs(r.status()));
    if (!r.approval_id().empty()) {
        out.kind = InvokeOutcome::Kind::Approval;
        out.approvalId = qs(r.approval_id());
        out.approvalState = QStringLiteral("pending");
    } else {
        out.kind = InvokeOutcome::Kind::Job;
    }
    return out;
}

// Fills the request fields InvokeFunction and InvokeJob share; an error when the payload
// cannot travel as a Struct.
template <typename Request> // not "class": lupdate would take it for a class context
std::optional<CallError> fill(const InvokeRequest& in, Request& out) {
    out.set_game_id(ss(in.scope.gameId));
    out.set_env(ss(in.scope.env));
    out.set_function_id(ss(in.functionId));
    if (auto problem = proto::toStruct(in.payload, out.mutable_payload())) {
        CallError e;
        e.kind = CallError::Kind::InvalidArgument;
        e.code = QStringLiteral("INVALID_ARGUMENT");
        e.serverMessage = qs(*problem);
        e.message = tr("The values cannot be sent: %1").arg(e.serverMessage);
        return e;
    }
    auto* o = out.mutable_options();
    o->set_idempotency_key(ss(in.idempotencyKey));
    o->set_timeout(in.timeoutSeconds);
    o->set_routing_mode(ss(in.routingMode));
    o->set_target_agent(ss(in.targetAgent));
    o->set_hash_key(ss(in.hashKey));
    return std::nullopt;
}

std::chrono::milliseconds invokeDeadline(const InvokeRequest& r) {
    const std::chrono::milliseconds own =
        r.timeoutSeconds > 0 ? std::chrono::seconds(r.timeoutSeconds) : kServerInvokeDefault;
    return own + kInvokeMargin;
}

} // namespace

FunctionsClient::FunctionsClient(ServerConnection& connection, QObject* parent)
    : QObject(parent), m_connection(connection), m_guard(CallGuard::create(this)) {
    ConnectionCore& core = connection.core();
    m_watch = std::make_unique<RegistrationWatch>(
        core, m_guard, this,
        RegistrationWatch::Hooks{
            [this](const QList<FunctionInfo>& f) { emit functionsReset(f); },
            [this](const FunctionInfo& f) { emit functionChanged(f); },
            [this](const QString& id) { emit functionRemoved(id); },
            [this](bool live) { emit registrationsLiveChanged(live); },
            [this](const CallError& e) { emit watchFailed(e); }});
    m_jobs = std::make_unique<JobStreams>(
        core, m_guard, this,
        JobStreams::Hooks{[this](const JobEvent& e) { emit jobEvent(e); },
                          [this](const QString& id, const std::optional<CallError>& e) {
                              emit jobStreamEnded(id, e);
                          }});
    connect(&connection, &ServerConnection::signedInChanged, this,
            &FunctionsClient::onSignedInChanged);
    connect(&connection, &ServerConnection::stateChanged, this,
            [this](ConnectionState s) { onStateChanged(static_cast<int>(s)); });
}

FunctionsClient::~FunctionsClient() { m_guard->detach(); }

void FunctionsClient::setReconnectBackoff(std::chrono::milliseconds initial,
                                          std::chrono::milliseconds max) {
    m_watch->setBackoff(initial, max);
    m_jobs->setBackoff(initial, max);
}

void FunctionsClient::onSignedInChanged(bool signedIn) {
    // A new token: reopen the streams with it (the catalog resyncs, jobs resume by seq).
    if (signedIn) {
        m_watch->resumePaused();
        m_jobs->resumePaused();
    } else {
        m_watch->pause();
        m_jobs->pauseAll();
    }
}

void FunctionsClient::onStateChanged(int state) {
    if (static_cast<ConnectionState>(state) == ConnectionState::Offline) {
        m_watch->stop();
        m_jobs->stopAll(ConnectionCore::notConnectedError());
    }
}

// ---------------------------------------------------------------- catalog

void FunctionsClient::listFunctions(const Scope& scope, ReplyCallback<QList<FunctionInfo>> done) {
    RegistrationWatch::listFunctions(m_connection.core(), m_guard, scope,
                                     [done](const CallError* error, QList<FunctionInfo> list) {
                                         done(error ? Reply<QList<FunctionInfo>>(*error)
                                                    : Reply<QList<FunctionInfo>>(list));
                                     });
}

void FunctionsClient::getFunction(const Scope& scope, const QString& functionId,
                                  ReplyCallback<FunctionInfo> done) {
    function::v1::GetFunctionRequest request;
    request.set_game_id(ss(scope.gameId));
    request.set_env(ss(scope.env));
    request.set_function_id(ss(functionId));
    m_connection.core().unary<function::v1::GetFunctionRequest, function::v1::GetFunctionResponse>(
        m_guard, std::move(request),
        [stub = m_connection.core().functions()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->GetFunction(ctx, req, resp, std::move(cb));
        },
        [done](const CallError* error, function::v1::GetFunctionResponse& response) {
            if (error != nullptr) {
                done(*error);
                return;
            }
            QString problem;
            if (auto info = functionFromProto(response.function(), &problem)) {
                done(std::move(*info));
                return;
            }
            CallError e;
            e.kind = CallError::Kind::Internal;
            e.code = QStringLiteral("INTERNAL");
            e.serverMessage = problem;
            e.message = tr("The function's descriptor cannot be read: %1").arg(problem);
            done(e);
        });
}

void FunctionsClient::watchRegistrations(const Scope& scope) { m_watch->start(scope); }
void FunctionsClient::stopWatching() { m_watch->stop(); }
bool FunctionsClient::watching() const { return m_watch->active(); }
bool FunctionsClient::registrationsLive() const { return m_watch->live(); }

// ---------------------------------------------------------------- calls

void FunctionsClient::invoke(const InvokeRequest& request, InvokeCallback done) {
    run(request, false, std::move(done));
}

void FunctionsClient::invoke(const Scope& scope, const QString& functionId,
                             const nlohmann::json& payload, const QString& idempotencyKey,
                             InvokeCallback done) {
    InvokeRequest request;
    request.scope = scope;
    request.functionId = functionId;
    request.payload = payload;
    request.idempotencyKey = idempotencyKey;
    run(request, false, std::move(done));
}

void FunctionsClient::startJob(const InvokeRequest& request, InvokeCallback done) {
    run(request, true, std::move(done));
}

void FunctionsClient::run(const InvokeRequest& request, bool asJob, InvokeCallback done) {
    ConnectionCore& core = m_connection.core();
    auto answer = [this, done](InvokeOutcome outcome) {
        m_guard->post([done, outcome = std::move(outcome)] { done(outcome); });
    };
    if (asJob) {
        function::v1::InvokeJobRequest r;
        if (auto error = fill(request, r)) {
            return answer(failed(*error));
        }
        core.unary<function::v1::InvokeJobRequest, function::v1::InvokeJobResponse>(
            m_guard, std::move(r),
            [stub = core.functions()](auto* ctx, auto* req, auto* resp, auto cb) {
                stub->async()->InvokeJob(ctx, req, resp, std::move(cb));
            },
            [done](const CallError* error, function::v1::InvokeJobResponse& response) {
                done(error ? failed(*error) : fromJob(response));
            });
        return;
    }
    function::v1::InvokeFunctionRequest r;
    if (auto error = fill(request, r)) {
        return answer(failed(*error));
    }
    core.unary<function::v1::InvokeFunctionRequest, function::v1::InvokeFunctionResponse>(
        m_guard, std::move(r),
        [stub = core.functions()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->InvokeFunction(ctx, req, resp, std::move(cb));
        },
        [done](const CallError* error, function::v1::InvokeFunctionResponse& response) {
            done(error ? failed(*error) : fromInvoke(response));
        },
        invokeDeadline(request));
}

// ---------------------------------------------------------------- jobs

void FunctionsClient::streamJobEvents(const QString& jobId, qint64 fromSeq) {
    m_jobs->start(jobId, fromSeq);
}

void FunctionsClient::stopJobEvents(const QString& jobId) { m_jobs->stop(jobId); }

bool FunctionsClient::streamingJob(const QString& jobId) const { return m_jobs->active(jobId); }

void FunctionsClient::cancelJob(const QString& jobId, const QString& reason,
                                ReplyCallback<JobStatus> done) {
    function::v1::CancelJobRequest request;
    request.set_job_id(ss(jobId));
    request.set_reason(ss(reason));
    ConnectionCore& core = m_connection.core();
    core.unary<function::v1::CancelJobRequest, function::v1::CancelJobResponse>(
        m_guard, std::move(request),
        [stub = core.functions()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->CancelJob(ctx, req, resp, std::move(cb));
        },
        [done](const CallError* error, function::v1::CancelJobResponse& response) {
            done(error ? Reply<JobStatus>(*error)
                       : Reply<JobStatus>(jobStatusFromString(qs(response.status()))));
        });
}

void FunctionsClient::listJobs(const JobQuery& query, ReplyCallback<JobPage> done) {
    function::v1::ListJobsRequest request;
    request.set_game_id(ss(query.scope.gameId));
    request.set_env(ss(query.scope.env));
    request.set_function_id(ss(query.functionId));
    if (query.status) {
        request.set_status(ss(jobStatusName(*query.status)));
    }
    request.set_page_size(query.pageSize);
    request.set_page_token(ss(query.pageToken));
    ConnectionCore& core = m_connection.core();
    core.unary<function::v1::ListJobsRequest, function::v1::ListJobsResponse>(
        m_guard, std::move(request),
        [stub = core.functions()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->ListJobs(ctx, req, resp, std::move(cb));
        },
        [done](const CallError* error, function::v1::ListJobsResponse& response) {
            if (error != nullptr) {
                done(*error);
                return;
            }
            JobPage page;
            for (const auto& job : response.jobs()) {
                page.jobs.append(jobFromProto(job));
            }
            page.nextPageToken = qs(response.next_page_token());
            done(std::move(page));
        });
}

void FunctionsClient::getJob(const QString& jobId, ReplyCallback<JobSummary> done) {
    function::v1::GetJobRequest request;
    request.set_job_id(ss(jobId));
    ConnectionCore& core = m_connection.core();
    core.unary<function::v1::GetJobRequest, function::v1::Job>(
        m_guard, std::move(request),
        [stub = core.functions()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->GetJob(ctx, req, resp, std::move(cb));
        },
        [done](const CallError* error, function::v1::Job& job) {
            done(error ? Reply<JobSummary>(*error) : Reply<JobSummary>(jobFromProto(job)));
        });
}

} // namespace croupier::client
