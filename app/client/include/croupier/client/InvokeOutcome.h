#pragma once
// What the console asks when it runs a function (InvokeRequest) and what comes back
// (InvokeOutcome): a result, a pending approval, a started job, or an error. Plain values.

#include "croupier/client/CallError.h"
#include "croupier/client/JobInfo.h"
#include "croupier/client/UserInfo.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace croupier::client {

struct InvokeRequest {
    Scope scope;
    QString functionId;
    nlohmann::json payload = nlohmann::json::object();
    QString idempotencyKey;  // repeated keys return the first outcome (server-side)
    int timeoutSeconds = 0;  // 0: the descriptor's semantics.timeout (server default 30 s)
    QString routingMode;     // "", "round_robin", "hash", "least_inflight", "targeted"
    QString targetAgent;
    QString hashKey;
};

struct InvokeOutcome {
    enum class Kind {
        Result,   // sync call done: `result` (and `agentId`)
        Approval, // waits for approvers: `approvalId`, `approvalState`, maybe `jobId`
        Job,      // a job started: `jobId`, `jobStatus`
        Error,    // `error` (the function's own failure is Kind::FunctionFailed)
    };
    Kind kind = Kind::Error;
    nlohmann::json result;
    QString agentId;
    QString approvalId;
    QString approvalState;
    QString jobId;
    JobStatus jobStatus = JobStatus::Unknown;
    CallError error;
};

} // namespace croupier::client
