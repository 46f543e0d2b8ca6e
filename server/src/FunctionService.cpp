#include "ServiceSupport.h"

namespace croupier::server {
namespace {

using function::v1::JobEvent;

// InvokeFunction: finishes when the Invoker answers; cancels the call if the client goes away.
class InvokeReactor final : public grpc::ServerUnaryReactor {
public:
    explicit InvokeReactor(function::v1::InvokeFunctionResponse* response)
        : m_response(response) {}

    void start(Invoker& invoker, const function::v1::InvokeFunctionRequest& request) {
        auto call = invoker.invoke(request, [this](auto result) {
            detail::finishWith(this, std::move(result), m_response);
        });
        std::lock_guard lock(m_mutex);
        m_call = std::move(call);
        if (m_cancelled) {
            m_call->cancel();
        }
    }

    void OnCancel() override {
        std::shared_ptr<Invoker::Call> call;
        {
            std::lock_guard lock(m_mutex);
            m_cancelled = true;
            call = m_call;
        }
        if (call) {
            call->cancel();
        }
    }

    void OnDone() override { delete this; }

private:
    function::v1::InvokeFunctionResponse* m_response;
    std::mutex m_mutex;  // guards m_call, m_cancelled (OnCancel may race start)
    std::shared_ptr<Invoker::Call> m_call;
    bool m_cancelled = false;
};

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

class JobEventsStream final : public grpc::ServerWriteReactor<JobEvent>,
                              public StreamOutbox<JobEvent>::Writer {
public:
    JobEventsStream(const ServiceContext& ctx, std::string jobId, std::int64_t fromSeq)
        : m_ctx(ctx), m_jobId(std::move(jobId)),
          m_sink(std::make_shared<JobEventsSink>(this, kMaxQueued)) {
        auto sink = m_sink;
        auto& jobs = m_ctx.jobs;
        const std::string id = m_jobId;
        if (!m_ctx.workers.submit([sink, &jobs, id, fromSeq] {
                auto ended = jobs.subscribe(id, fromSeq, sink);
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

grpc::ServerUnaryReactor* FunctionServiceImpl::InvokeFunction(
    grpc::CallbackServerContext* /*ctx*/, const function::v1::InvokeFunctionRequest* req,
    function::v1::InvokeFunctionResponse* resp) {
    auto* reactor = new InvokeReactor(resp);
    reactor->start(m_ctx.invoker, *req);
    return reactor;
}

grpc::ServerUnaryReactor* FunctionServiceImpl::InvokeJob(grpc::CallbackServerContext* ctx,
                                                         const function::v1::InvokeJobRequest* req,
                                                         function::v1::InvokeJobResponse* resp) {
    auto* reactor = ctx->DefaultReactor();
    m_ctx.jobs.start(*req, [reactor, resp](auto result) {
        finishWith(reactor, std::move(result), resp);
    });
    return reactor;
}

grpc::ServerWriteReactor<JobEvent>* FunctionServiceImpl::StreamJobEvents(
    grpc::CallbackServerContext* /*ctx*/, const function::v1::StreamJobEventsRequest* req) {
    return new JobEventsStream(m_ctx, req->job_id(), req->from_seq());
}

grpc::ServerUnaryReactor* FunctionServiceImpl::CancelJob(grpc::CallbackServerContext* ctx,
                                                         const function::v1::CancelJobRequest* req,
                                                         function::v1::CancelJobResponse* resp) {
    auto* reactor = ctx->DefaultReactor();
    m_ctx.jobs.cancel(*req, [reactor, resp](auto result) {
        finishWith(reactor, std::move(result), resp);
    });
    return reactor;
}

grpc::ServerUnaryReactor* FunctionServiceImpl::RegisterFunction(
    grpc::CallbackServerContext* ctx, const function::v1::RegisterFunctionRequest* req,
    function::v1::RegisterFunctionResponse* resp) {
    return onWorker(ctx, m_ctx.workers, resp,
                    [this, req]() -> core::Result<function::v1::RegisterFunctionResponse> {
                        auto r = m_ctx.registry.registerFunction({req->game_id(), req->env()},
                                                                 req->function_descriptor());
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
    return onWorker(ctx, m_ctx.workers, resp, [this, req] { return m_ctx.jobs.getJob(req->job_id()); });
}

grpc::ServerUnaryReactor* FunctionServiceImpl::ListJobs(grpc::CallbackServerContext* ctx,
                                                        const function::v1::ListJobsRequest* req,
                                                        function::v1::ListJobsResponse* resp) {
    return onWorker(ctx, m_ctx.workers, resp, [this, req] { return m_ctx.jobs.listJobs(*req); });
}

} // namespace croupier::server
