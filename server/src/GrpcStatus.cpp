#include "croupier/server/GrpcStatus.h"

#include "croupier/proto/RichStatus.h"

namespace croupier::server {

grpc::Status toGrpcStatus(const core::Error& error) {
    return proto::makeStatus(static_cast<grpc::StatusCode>(error.code), error.message,
                             error.details);
}

grpc::Status errorStatus(core::ErrorCode code, std::string message) {
    return toGrpcStatus(core::Error(code, std::move(message)));
}

core::Error fromGrpcStatus(const grpc::Status& status) {
    auto parts = proto::parseStatus(status);
    return core::Error(static_cast<core::ErrorCode>(parts.code), std::move(parts.message),
                       std::move(parts.details));
}

} // namespace croupier::server
