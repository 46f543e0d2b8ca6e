#include "JobFollower.h"

#include "ExitCodes.h"

#include <grpcpp/grpcpp.h>

namespace croupier::cli {

namespace {

constexpr auto kStreamWorkedAfter = std::chrono::seconds(2);

} // namespace

JobEventPrinter::Mode JobFollower::mode() const {
    Output& output = m_context.output();
    if (output.json()) {
        return JobEventPrinter::Mode::Json;
    }
    return output.terminal() ? JobEventPrinter::Mode::Bar : JobEventPrinter::Mode::Lines;
}

int JobFollower::stopped(const std::string& jobId) {
    m_context.output().notice("stopped following job " + jobId +
                              "; it keeps running (resume with: croupierctl job follow " + jobId +
                              " --from-seq " + std::to_string(m_nextSeq) + ")");
    return kExitInterrupted;
}

int JobFollower::follow(const std::string& jobId, std::int64_t fromSeq) {
    m_nextSeq = fromSeq;
    JobEventPrinter printer(m_context.output(), mode(), m_context.output().columns());
    Reconnector reconnector(m_context, m_context.options().timeout);
    for (;;) {
        Attempt attempt = streamOnce(jobId, printer, reconnector);
        if (attempt.exitCode) {
            return *attempt.exitCode;
        }
        printer.clearBar();
        if (m_context.interrupter().interrupted()) {
            return stopped(jobId);
        }
        if (auto exit = reconnector.afterStreamEnded(attempt.stream)) {
            return *exit == kExitInterrupted ? stopped(jobId) : *exit;
        }
    }
}

JobFollower::Attempt JobFollower::streamOnce(const std::string& jobId, JobEventPrinter& printer,
                                             Reconnector& reconnector) {
    function::v1::StreamJobEventsRequest request;
    request.set_job_id(jobId);
    request.set_from_seq(m_nextSeq);
    grpc::ClientContext rpc;
    m_context.interrupter().setHandler([&rpc] { rpc.TryCancel(); });
    const auto opened = std::chrono::steady_clock::now();
    auto reader = m_context.connection().functions().StreamJobEvents(&rpc, request);
    Attempt attempt;
    function::v1::JobEvent event;
    while (reader->Read(&event)) {
        attempt.stream.delivered = true;
        attempt.stream.progressed = true;
        if (reconnector.reconnecting()) {
            printer.clearBar();
            reconnector.onMessage();
        }
        m_nextSeq = std::max(m_nextSeq, event.seq() + 1);
        attempt.exitCode = printer.print(event);
        if (attempt.exitCode) {
            rpc.TryCancel(); // the job ended; nothing more to wait for
            break;
        }
    }
    attempt.stream.status = reader->Finish();
    m_context.interrupter().setHandler({});
    attempt.stream.worked =
        attempt.stream.delivered || std::chrono::steady_clock::now() - opened > kStreamWorkedAfter;
    return attempt;
}

} // namespace croupier::cli
