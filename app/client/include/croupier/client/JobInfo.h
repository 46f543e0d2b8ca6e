#pragma once
// Jobs as the console sees them: a summary row (ListJobs / GetJob) and one event of its stream.
// Payloads and results are JSON (sensitive fields already masked by the server).

#include <QString>

#include <nlohmann/json.hpp>

namespace croupier::client {

enum class JobStatus {
    Pending, Running, Completed, Failed, Canceled, AwaitingApproval, Rejected, Expired, Unknown
};

JobStatus jobStatusFromString(const QString& status); // "running" -> Running; else Unknown
QString jobStatusName(JobStatus status);              // the server's spelling: "running"
bool isFinished(JobStatus status); // completed, failed, canceled, rejected, expired

struct JobSummary {
    QString jobId;
    QString gameId;
    QString env;
    QString functionId;
    JobStatus status = JobStatus::Unknown;
    nlohmann::json payload; // masked
    nlohmann::json result;
    QString error;
    QString errorCode;
    double progress = 0;    // 0.0 - 1.0
    QString message;        // last progress message
    QString requester;
    QString approvalId;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 lastSeq = 0;
};

struct JobEvent {
    enum class Type { Start, Progress, Log, Done, Error, Unknown };
    QString jobId;
    Type type = Type::Unknown;
    qint64 seq = 0;
    qint64 timestampMs = 0;
    QString message;
    double progress = 0;
    nlohmann::json data;    // Done: the result; Error: the function's error details (masked)
    QString errorCode;      // Error: "CANCELLED", "DEADLINE_EXCEEDED", "AGENT_LOST", ...
    JobStatus status = JobStatus::Unknown; // the job's status after this event
};

} // namespace croupier::client
