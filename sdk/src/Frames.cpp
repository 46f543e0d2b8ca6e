#include "Frames.h"

#include "croupier/proto/JsonStruct.h"

namespace croupier::sdk::detail {
namespace {

using JobEventType = croupier::function::v1::EventType;

// Converts `result` to a Struct, replacing it by an INTERNAL error when the data cannot travel.
Result packable(const Result& result, google::protobuf::Struct* out) {
    if (auto error = croupier::proto::toStruct(result.ToJson(), out)) {
        Result internal =
            Result::Error("INTERNAL", "the handler's result cannot be sent: " + *error);
        (void)croupier::proto::toStruct(internal.ToJson(), out);
        return internal;
    }
    return result;
}

} // namespace

AgentFrame helloFrame(const std::string& agentId, const std::string& sessionId) {
    AgentFrame frame;
    frame.mutable_hello()->set_agent_id(agentId);
    frame.mutable_hello()->set_session_id(sessionId);
    frame.mutable_hello()->set_accepts_batches(true);
    return frame;
}

AgentFrame invokeResultFrame(std::uint64_t requestId, const Result& result) {
    AgentFrame frame;
    auto* out = frame.mutable_result();
    out->set_request_id(requestId);
    const Result sent = packable(result, out->mutable_result());
    out->set_success(sent.IsOk());
    if (sent.IsError()) {
        out->set_error(sent.ErrorMessage());
        out->set_error_code(sent.ErrorCode());
        // packable() proved the details travel: they are part of the result.
        (void)croupier::proto::toStruct(sent.ErrorDetails(), out->mutable_error_details());
    }
    return frame;
}

AgentFrame jobEventFrame(const std::string& jobId, JobEventType type, double progress,
                         std::string message) {
    AgentFrame frame;
    auto* update = frame.mutable_job_update();
    update->set_job_id(jobId);
    update->set_type(type);
    update->set_progress(progress);
    update->set_message(std::move(message));
    return frame;
}

AgentFrame jobEndFrame(const std::string& jobId, const Result& result) {
    AgentFrame frame;
    auto* update = frame.mutable_job_update();
    update->set_job_id(jobId);
    Result sent = result;
    const nlohmann::json& data = result.IsOk() ? result.Data() : result.ErrorDetails();
    if (auto error = croupier::proto::toStruct(data, update->mutable_data())) {
        sent = Result::Error("INTERNAL", "the handler's result cannot be sent: " + *error);
    }
    if (sent.IsOk()) {
        update->set_type(JobEventType::DONE);
        update->set_progress(1.0);
    } else {
        update->set_type(JobEventType::ERROR);
        update->set_message(sent.ErrorMessage());
        update->set_error_code(sent.ErrorCode());
    }
    return frame;
}

} // namespace croupier::sdk::detail
