#include "ServiceSupport.h"

#include "croupier/server/AuditLog.h"
#include "croupier/server/Guard.h"

namespace croupier::server {
namespace {

using function::v1::JobEvent;

// The JobManager's view of one StreamJobEvents call: dedupes by seq, writes through an outbox,
// and ends the stream after the final event. Shared by the reactor and the JobManager.
class JobEventsSink final : public JobEventSink {
public:
    JobEventsSink(StreamOutbox<JobEvent>::Writer* writer, std::size_t limit)
        : m_out(writer, limit) {}

    void deliver(const JobEvent& event) override {
        {
            std::lock_guard lock(m_mutex);
            if (event.seq() <= m_lastSeq) {
                return;
            }
            m_lastSeq = event.seq();
        }
        const bool last = event.type() == function::v1::DONE ||
                          event.type() == function::v1::ERROR;
        if (m_out.send(event) == StreamOutbox<JobEvent>::Send::Overflow) {
            m_out.finish(errorStatus(core::ErrorCode::ResourceExhausted, "the stream fell behind; resume with from_seq=" +
                                          std::to_string(event.seq())),
                         false);
        } else if (last) {
            m_out.finish(grpc::Status::OK, true);
        }
    }

    StreamOutbox<JobEvent>& outbox() { return m_out; }

private:
    StreamOutbox<JobEvent> m_out;
    std::mutex m_mutex;  // guards m_lastSeq
    std::int64_t m_lastSeq = 0;
};

// The job, when the caller may see its scope (worker thread).
core::Result<function::v1::Job> visibleJob(const ServiceContext& ctx, const Principal& caller,
                                           const std::string& jobId) {
    auto job = ctx.jobs.getJob(jobId);
    if (job) {
        if (auto ok = Guard::requireScope(caller, job->game_id(), job->env()); !ok) {
            return core::Unexpected(ok.error());
        }
    }
    return job;
}

class JobEventsStream final : public grpc::ServerWriteReactor<JobEvent>,
                              public StreamOutbox<JobEvent>::Writer {
public:
    JobEventsStream(const ServiceContext& ctx, core::Result<Principal> caller, std::string jobId,
                    std::int64_t fromSeq)
        : m_ctx(ctx), m_jobId(std::move(jobId)),
          m_sink(std::make_shared<JobEventsSink>(this, kMaxQueued)) {
        if (!caller) {
            m_sink->outbox().finish(toGrpcStatus(caller.error()), false);
            return;
        }
        auto sink = m_sink;
        const std::string id = m_jobId;
        if (!m_ctx.workers.submit([sink, &ctx, caller = std::move(*caller), id, fromSeq] {
                auto job = visibleJob(ctx, caller, id);
                auto ended = job ? ctx.jobs.subscribe(id, fromSeq, sink)
                                 : core::Result<bool>(core::Unexpected(job.error()));
                if (!ended) {
                    sink->outbox().finish(toGrpcStatus(ended.error()), false);
                } else if (*ended) {
                    sink->outbox().finish(grpc::Status::OK, true);
                }
            })) {
            m_sink->outbox().finish(errorStatus(core::ErrorCode::Unavailable, "the server is shutting down"),
                                    false);
        }
    }

    void startWrite(const JobEvent* event, bool moreQueued) override {
        grpc::WriteOptions options;
        if (moreQueued) {
            options.set_buffer_hint();
        }
        StartWrite(event, options);
    }
    void finish(const grpc::Status& status) override { Finish(status); }

    void OnWriteDone(bool ok) override { m_sink->outbox().onWriteDone(ok); }
    void OnCancel() override {
        m_sink->outbox().finish(errorStatus(core::ErrorCode::Cancelled, "cancelled"), false);
    }
    void OnDone() override {
        m_sink->outbox().detach();
        m_ctx.jobs.unsubscribe(m_jobId, m_sink.get());
        delete this;
    }

private:
    static constexpr std::size_t kMaxQueued = 50'000;
    const ServiceContext& m_ctx;
    std::string m_jobId;
    std::shared_ptr<JobEventsSink> m_sink;
};

} // namespace

using detail::finishWith;
using detail::inline_;
using detail::onWorker;
using detail::rejected;

grpc::ServerWriteReactor<JobEvent>* FunctionServiceImpl::StreamJobEvents(
    grpc::CallbackServerContext* ctx, const function::v1::StreamJobEventsRequest* req) {
    return new JobEventsStream(m_ctx, m_ctx.guard.op(ctx, perm::kJobRead), req->job_id(),
                               req->from_seq());
}

grpc::ServerUnaryReactor* FunctionServiceImpl::CancelJob(grpc::CallbackServerContext* ctx,
                                                         const function::v1::CancelJobRequest* req,
                                                         function::v1::CancelJobResponse* resp) {
    auto* reactor = ctx->DefaultReactor();
    auto caller = m_ctx.guard.op(ctx, perm::kJobCancel);
    if (!caller) {
        reactor->Finish(toGrpcStatus(caller.error()));
        return reactor;
    }
    auto work = [this, reactor, resp, caller = std::move(*caller), req] {
        auto job = visibleJob(m_ctx, caller, req->job_id());
        if (!job) {
            reactor->Finish(toGrpcStatus(job.error()));
            return;
        }
        AuditEntry entry{.actor = caller.username, .action = "job.cancel", .gameId = job->game_id(),
                         .env = job->env(), .functionId = job->function_id(),
                         .target = req->job_id(), .message = req->reason(), .peer = caller.peer};
        m_ctx.jobs.cancel(*req, [this, reactor, resp, entry = std::move(entry)](auto r) mutable {
            if (!r) {
                entry.outcome = std::string(core::codeName(r.error().code));
            }
            detail::auditThenFinish(m_ctx, std::move(entry), reactor, std::move(r), resp);
        });
    };
    if (!m_ctx.workers.submit(std::move(work))) {
        reactor->Finish(errorStatus(core::ErrorCode::Unavailable, "the server is shutting down"));
    }
    return reactor;
}

grpc::ServerUnaryReactor* FunctionServiceImpl::RegisterFunction(
    grpc::CallbackServerContext* ctx, const function::v1::RegisterFunctionRequest* req,
    function::v1::RegisterFunctionResponse* resp) {
    auto caller = m_ctx.guard.op(ctx, perm::kFunctionRegister, req->game_id(), req->env());
    if (!caller) {
        return rejected(ctx, caller.error());
    }
    return onWorker(ctx, m_ctx.workers, resp,
                    [this, req, caller = std::move(*caller)]()
                        -> core::Result<function::v1::RegisterFunctionResponse> {
                        auto r = m_ctx.registry.registerFunction({req->game_id(), req->env()},
                                                                 req->function_descriptor());
                        AuditEntry entry{.actor = caller.username, .action = "function.register",
                                         .gameId = req->game_id(), .env = req->env(),
                                         .functionId = req->function_descriptor().id(),
                                         .peer = caller.peer};
                        if (!r) {
                            entry.outcome = std::string(core::codeName(r.error().code));
                            entry.message = r.error().message;
                        } else {
                            entry.message = r->outcome;
                        }
                        (void)m_ctx.audit.appendSync(std::move(entry));
                        if (!r) {
                            return core::Unexpected(r.error());
                        }
                        function::v1::RegisterFunctionResponse out;
                        out.set_success(true);
                        out.set_outcome(r->outcome);
                        out.set_descriptor_hash(r->hash);
                        return out;
                    });
}

grpc::ServerUnaryReactor* FunctionServiceImpl::ListFunctions(
    grpc::CallbackServerContext* ctx, const function::v1::ListFunctionsRequest* req,
    function::v1::ListFunctionsResponse* resp) {
    if (auto c = m_ctx.guard.op(ctx, perm::kFunctionRead, req->game_id(), req->env()); !c) {
        return rejected(ctx, c.error());
    }
    return inline_(ctx, resp, [this, req]() -> core::Result<function::v1::ListFunctionsResponse> {
        function::v1::ListFunctionsResponse out;
        for (auto& f : m_ctx.registry.listFunctions({req->game_id(), req->env()},
                                                    req->category())) {
            *out.add_functions() = std::move(f);
        }
        return out;
    });
}

grpc::ServerUnaryReactor* FunctionServiceImpl::GetFunction(
    grpc::CallbackServerContext* ctx, const function::v1::GetFunctionRequest* req,
    function::v1::GetFunctionResponse* resp) {
    if (auto c = m_ctx.guard.op(ctx, perm::kFunctionRead, req->game_id(), req->env()); !c) {
        return rejected(ctx, c.error());
    }
    return inline_(ctx, resp, [this, req]() -> core::Result<function::v1::GetFunctionResponse> {
        auto f = m_ctx.registry.getFunction({req->game_id(), req->env()}, req->function_id());
        if (!f) {
            return core::Unexpected(f.error());
        }
        function::v1::GetFunctionResponse out;
        *out.mutable_function() = std::move(*f);
        return out;
    });
}

grpc::ServerUnaryReactor* FunctionServiceImpl::GetJob(grpc::CallbackServerContext* ctx,
                                                      const function::v1::GetJobRequest* req,
                                                      function::v1::Job* resp) {
    auto caller = m_ctx.guard.op(ctx, perm::kJobRead);
    if (!caller) {
        return rejected(ctx, caller.error());
    }
    return onWorker(ctx, m_ctx.workers, resp, [this, req, caller = std::move(*caller)] {
        return visibleJob(m_ctx, caller, req->job_id());
    });
}

grpc::ServerUnaryReactor* FunctionServiceImpl::ListJobs(grpc::CallbackServerContext* ctx,
                                                        const function::v1::ListJobsRequest* req,
                                                        function::v1::ListJobsResponse* resp) {
    if (auto c = m_ctx.guard.op(ctx, perm::kJobRead, req->game_id(), req->env()); !c) {
        return rejected(ctx, c.error());
    }
    return onWorker(ctx, m_ctx.workers, resp, [this, req] { return m_ctx.jobs.listJobs(*req); });
}

} // namespace croupier::server
