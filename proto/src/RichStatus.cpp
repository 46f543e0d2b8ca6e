#include "croupier/proto/RichStatus.h"

#include "croupier/common/v1/error.pb.h"
#include "google/rpc/status.pb.h"

#include <array>
#include <utility>

namespace croupier::proto {
namespace {

constexpr std::array<std::pair<grpc::StatusCode, std::string_view>, 17> kNames{{
    {grpc::StatusCode::OK, "OK"},
    {grpc::StatusCode::CANCELLED, "CANCELLED"},
    {grpc::StatusCode::UNKNOWN, "UNKNOWN"},
    {grpc::StatusCode::INVALID_ARGUMENT, "INVALID_ARGUMENT"},
    {grpc::StatusCode::DEADLINE_EXCEEDED, "DEADLINE_EXCEEDED"},
    {grpc::StatusCode::NOT_FOUND, "NOT_FOUND"},
    {grpc::StatusCode::ALREADY_EXISTS, "ALREADY_EXISTS"},
    {grpc::StatusCode::PERMISSION_DENIED, "PERMISSION_DENIED"},
    {grpc::StatusCode::RESOURCE_EXHAUSTED, "RESOURCE_EXHAUSTED"},
    {grpc::StatusCode::FAILED_PRECONDITION, "FAILED_PRECONDITION"},
    {grpc::StatusCode::ABORTED, "ABORTED"},
    {grpc::StatusCode::OUT_OF_RANGE, "OUT_OF_RANGE"},
    {grpc::StatusCode::UNIMPLEMENTED, "UNIMPLEMENTED"},
    {grpc::StatusCode::INTERNAL, "INTERNAL"},
    {grpc::StatusCode::UNAVAILABLE, "UNAVAILABLE"},
    {grpc::StatusCode::DATA_LOSS, "DATA_LOSS"},
    {grpc::StatusCode::UNAUTHENTICATED, "UNAUTHENTICATED"},
}};

constexpr const char* kErrorInfoTypeUrl = "type.googleapis.com/croupier.common.v1.ErrorInfo";

} // namespace

std::string_view codeName(grpc::StatusCode code) {
    for (const auto& [c, name] : kNames) {
        if (c == code) {
            return name;
        }
    }
    return "UNKNOWN";
}

std::optional<grpc::StatusCode> codeFromName(std::string_view name) {
    for (const auto& [c, n] : kNames) {
        if (n == name) {
            return c;
        }
    }
    return std::nullopt;
}

grpc::Status makeStatus(grpc::StatusCode code, const std::string& message,
                        const std::map<std::string, std::string>& details) {
    if (code == grpc::StatusCode::OK) {
        return grpc::Status::OK;
    }
    croupier::common::v1::ErrorInfo info;
    info.set_code(std::string(codeName(code)));
    info.set_message(message);
    for (const auto& [k, v] : details) {
        (*info.mutable_details())[k] = v;
    }
    google::rpc::Status rich;
    rich.set_code(static_cast<int>(code));
    rich.set_message(message);
    auto* any = rich.add_details();
    any->set_type_url(kErrorInfoTypeUrl);
    any->set_value(info.SerializeAsString());
    return grpc::Status(code, message, rich.SerializeAsString());
}

StatusParts parseStatus(const grpc::Status& status) {
    StatusParts parts;
    parts.code = status.error_code();
    parts.message = status.error_message();
    if (status.error_details().empty()) {
        return parts;
    }
    google::rpc::Status rich;
    if (!rich.ParseFromString(status.error_details())) {
        return parts;
    }
    for (const auto& any : rich.details()) {
        croupier::common::v1::ErrorInfo info;
        if (any.type_url() != kErrorInfoTypeUrl || !info.ParseFromString(any.value())) {
            continue;
        }
        if (!info.message().empty()) {
            parts.message = info.message();
        }
        for (const auto& [k, v] : info.details()) {
            parts.details[k] = v;
        }
        break;
    }
    return parts;
}

} // namespace croupier::proto
