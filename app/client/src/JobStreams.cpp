#include "JobStreams.h"

#include "ConnectionCore.h"
#include "ProtoConvert.h"
#include "StreamRetry.h"

#include <QLoggingCategory>
#include <QTimer>

namespace croupier::client {
namespace {

Q_LOGGING_CATEGORY(lcJobs, "croupier.client.jobs")

bool isLast(const JobEvent& event) {
    return event.type == JobEvent::Type::Done || event.type == JobEvent::Type::Error;
}

} // namespace

JobStreams::JobStreams(ConnectionCore& core, std::shared_ptr<CallGuard> guard, QObject* context,
                       Hooks hooks)
    : m_core(core), m_guard(std::move(guard)), m_context(context), m_hooks(std::move(hooks)) {}

void JobStreams::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max) {
    m_initial = initial;
    m_max = max;
}

void JobStreams::start(const QString& jobId, qint64 fromSeq) {
    stop(jobId);
    auto stream = std::make_shared<Stream>(core::Backoff(m_initial, m_max));
    stream->lastSeq = std::max<qint64>(0, fromSeq - 1);
    m_streams.insert(jobId, stream);
    open(jobId);
}

void JobStreams::stop(const QString& jobId) {
    auto stream = m_streams.take(jobId);
    if (stream && stream->callId != 0) {
        m_guard->cancel(stream->callId); // its late callbacks find no stream and are dropped
    }
}

void JobStreams::stopAll(const CallError& why) {
    const auto ids = m_streams.keys();
    for (const QString& id : ids) {
        stop(id);
        m_hooks.ended(id, why);
    }
}

void JobStreams::pauseAll() {
    for (auto& stream : m_streams) {
        stream->paused = true;
        ++stream->attempt; // callbacks of the open call are now stale
        if (stream->callId != 0) {
            m_guard->cancel(stream->callId);
            stream->callId = 0;
        }
    }
}

void JobStreams::resumePaused() {
    const auto ids = m_streams.keys();
    for (const QString& id : ids) {
        if (m_streams.value(id)->paused) {
            open(id);
        }
    }
}

void JobStreams::open(const QString& jobId) {
    auto stream = m_streams.value(jobId);
    if (!stream) {
        return;
    }
    stream->paused = false;
    stream->attempt = m_nextAttempt++;
    const std::uint64_t attempt = stream->attempt;
    function::v1::StreamJobEventsRequest request;
    request.set_job_id(ss(jobId));
    request.set_from_seq(stream->lastSeq + 1);
    stream->callId = m_core.stream<function::v1::StreamJobEventsRequest, function::v1::JobEvent>(
        m_guard, std::move(request),
        [stub = m_core.functions()](auto* ctx, auto* req, auto* reactor) {
            stub->async()->StreamJobEvents(ctx, req, reactor);
        },
        [this, jobId, attempt](function::v1::JobEvent& e) {
            onMessage(jobId, attempt, eventFromProto(e));
        },
        [this, jobId, attempt](const CallError* error) { onEnd(jobId, attempt, error); });
}

void JobStreams::onMessage(const QString& jobId, std::uint64_t attempt, const JobEvent& event) {
    auto stream = m_streams.value(jobId);
    if (!stream || stream->attempt != attempt || event.seq <= stream->lastSeq) {
        return; // a stopped stream, or an event already delivered before a reconnect
    }
    stream->lastSeq = event.seq;
    stream->finished = stream->finished || isLast(event);
    stream->backoff.reset();
    m_hooks.event(event);
}

void JobStreams::onEnd(const QString& jobId, std::uint64_t attempt, const CallError* error) {
    auto stream = m_streams.value(jobId);
    if (!stream || stream->attempt != attempt) {
        return;
    }
    stream->callId = 0;
    if (stream->finished) {
        finish(jobId, std::nullopt);
        return;
    }
    if (error == nullptr) {
        CallError early; // the server closed the stream before the job's last event
        early.kind = CallError::Kind::Unavailable;
        retryLater(jobId, early);
        return;
    }
    switch (verdictFor(*error)) {
    case StreamVerdict::WaitForSignIn:
        stream->paused = true;
        break;
    case StreamVerdict::Stop:
        finish(jobId, *error);
        break;
    case StreamVerdict::Retry:
        retryLater(jobId, *error);
        break;
    }
}

void JobStreams::retryLater(const QString& jobId, const CallError& error) {
    auto stream = m_streams.value(jobId);
    auto delay = stream->backoff.next();
    delay = std::max(delay, std::chrono::milliseconds(error.retryAfterMs));
    qCInfo(lcJobs) << "job stream" << jobId << "dropped (" << error.code << "); again in"
                   << delay.count() << "ms from seq" << stream->lastSeq + 1;
    const std::uint64_t attempt = stream->attempt;
    QTimer::singleShot(delay, m_context, [this, jobId, attempt] {
        auto s = m_streams.value(jobId);
        if (s && s->attempt == attempt && !s->paused) {
            open(jobId);
        }
    });
}

void JobStreams::finish(const QString& jobId, const std::optional<CallError>& error) {
    m_streams.remove(jobId);
    m_hooks.ended(jobId, error);
}

} // namespace croupier::client
