#pragma once
// `croupierctl job follow JOB_ID` (and `job start --follow`): streams the job's events through
// JobEventPrinter until DONE (exit 0) or ERROR (exit 1). A dropped stream is resumed from the
// next sequence number after a backoff, for at most --timeout of consecutive failures. Ctrl-C
// stops following, not the job (exit 130, saying how to resume).
// Runs on the main thread (Ctrl-C cancels the stream from the signal thread).

#include "CommandContext.h"
#include "JobEventPrinter.h"
#include "Reconnector.h"

#include <cstdint>
#include <optional>
#include <string>

namespace croupier::cli {

class JobFollower {
public:
    explicit JobFollower(CommandContext& context)
        : m_context(context) {}

    int follow(const std::string& jobId, std::int64_t fromSeq);

private:
    struct Attempt {
        std::optional<int> exitCode; // set when the job ended
        StreamOutcome stream;
    };

    Attempt streamOnce(const std::string& jobId, JobEventPrinter& printer,
                       Reconnector& reconnector);
    JobEventPrinter::Mode mode() const;
    // Ctrl-C: says how to resume; returns kExitInterrupted.
    int stopped(const std::string& jobId);

    CommandContext& m_context;
    std::int64_t m_nextSeq = 0;
};

} // namespace croupier::cli
