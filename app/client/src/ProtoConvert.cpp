#include "ProtoConvert.h"

#include "croupier/proto/DescriptorJson.h"
#include "croupier/proto/JsonStruct.h"

#include <QStringList>

namespace croupier::client {
namespace {

template <class Repeated>
QStringList toStringList(const Repeated& values) {
    QStringList out;
    for (const auto& v : values) {
        out << qs(v);
    }
    return out;
}

JobEvent::Type eventType(function::v1::EventType type) {
    switch (type) {
    case function::v1::START:
        return JobEvent::Type::Start;
    case function::v1::PROGRESS:
        return JobEvent::Type::Progress;
    case function::v1::LOG:
        return JobEvent::Type::Log;
    case function::v1::DONE:
        return JobEvent::Type::Done;
    case function::v1::ERROR:
        return JobEvent::Type::Error;
    default:
        return JobEvent::Type::Unknown;
    }
}

} // namespace

UserInfo userFromProto(const auth::v1::UserInfo& user, qint64 tokenExpiresAtMs) {
    UserInfo out;
    out.username = qs(user.username());
    out.displayName = qs(user.display_name());
    out.roles = toStringList(user.roles());
    out.permissions = toStringList(user.permissions());
    for (const auto& s : user.scopes()) {
        out.scopes.append(Scope{qs(s.game_id()), qs(s.env())});
    }
    out.tokenExpiresAtMs = tokenExpiresAtMs;
    return out;
}

std::optional<FunctionInfo> functionFromProto(const function::v1::FunctionInfo& info,
                                              QString* problem) {
    auto parsed = core::Descriptor::parse(proto::descriptorToJson(info.function_descriptor()));
    if (!parsed) {
        if (problem != nullptr) {
            *problem = qs(parsed.error().message);
        }
        return std::nullopt;
    }
    FunctionInfo out;
    out.descriptor = std::make_shared<const core::Descriptor>(std::move(*parsed));
    out.gameId = qs(info.game_id());
    out.env = qs(info.env());
    out.enabled = info.enabled();
    out.agentsOnline = info.agents_online();
    out.agentsTotal = info.agents_total();
    out.descriptorHash = qs(info.descriptor_hash());
    return out;
}

JobSummary jobFromProto(const function::v1::Job& job) {
    JobSummary out;
    out.jobId = qs(job.job_id());
    out.gameId = qs(job.game_id());
    out.env = qs(job.env());
    out.functionId = qs(job.function_id());
    out.status = jobStatusFromString(qs(job.status()));
    out.payload = proto::toJson(job.payload());
    out.result = job.has_result() ? proto::toJson(job.result()) : nlohmann::json();
    out.error = qs(job.error());
    out.errorCode = qs(job.error_code());
    out.progress = job.progress();
    out.message = qs(job.message());
    out.requester = qs(job.requester());
    out.approvalId = qs(job.approval_id());
    out.createdAtMs = job.created_at();
    out.updatedAtMs = job.updated_at();
    out.lastSeq = job.last_seq();
    return out;
}

JobEvent eventFromProto(const function::v1::JobEvent& event) {
    JobEvent out;
    out.jobId = qs(event.job_id());
    out.type = eventType(event.type());
    out.seq = event.seq();
    out.timestampMs = event.timestamp();
    out.message = qs(event.message());
    out.progress = event.progress();
    out.data = event.has_data() ? proto::toJson(event.data()) : nlohmann::json();
    out.errorCode = qs(event.error_code());
    out.status = jobStatusFromString(qs(event.status()));
    return out;
}

} // namespace croupier::client
