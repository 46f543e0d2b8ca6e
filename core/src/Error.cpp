#include "croupier/core/Error.h"

#include <array>

namespace croupier::core {
namespace {

struct CodeInfo {
    ErrorCode code;
    std::string_view name;
    int http;
};

// Seed 000's table (OK, INVALID_ARGUMENT, UNAUTHENTICATED, PERMISSION_DENIED, NOT_FOUND,
// ALREADY_EXISTS, RESOURCE_EXHAUSTED, INTERNAL, UNAVAILABLE); the rest follow the usual
// gRPC-gateway conventions.
constexpr std::array<CodeInfo, 17> kCodes{{
    {ErrorCode::Ok, "OK", 200},
    {ErrorCode::Cancelled, "CANCELLED", 499},
    {ErrorCode::Unknown, "UNKNOWN", 500},
    {ErrorCode::InvalidArgument, "INVALID_ARGUMENT", 400},
    {ErrorCode::DeadlineExceeded, "DEADLINE_EXCEEDED", 504},
    {ErrorCode::NotFound, "NOT_FOUND", 404},
    {ErrorCode::AlreadyExists, "ALREADY_EXISTS", 409},
    {ErrorCode::PermissionDenied, "PERMISSION_DENIED", 403},
    {ErrorCode::ResourceExhausted, "RESOURCE_EXHAUSTED", 429},
    {ErrorCode::FailedPrecondition, "FAILED_PRECONDITION", 400},
    {ErrorCode::Aborted, "ABORTED", 409},
    {ErrorCode::OutOfRange, "OUT_OF_RANGE", 400},
    {ErrorCode::Unimplemented, "UNIMPLEMENTED", 501},
    {ErrorCode::Internal, "INTERNAL", 500},
    {ErrorCode::Unavailable, "UNAVAILABLE", 503},
    {ErrorCode::DataLoss, "DATA_LOSS", 500},
    {ErrorCode::Unauthenticated, "UNAUTHENTICATED", 401},
}};

const CodeInfo* find(ErrorCode code) {
    const auto index = static_cast<int>(code);
    if (index < 0 || index >= static_cast<int>(kCodes.size())) {
        return nullptr;
    }
    return &kCodes[static_cast<std::size_t>(index)];
}

} // namespace

std::string_view codeName(ErrorCode code) {
    const CodeInfo* info = find(code);
    return info ? info->name : std::string_view("UNKNOWN");
}

std::optional<ErrorCode> codeFromName(std::string_view name) {
    for (const CodeInfo& info : kCodes) {
        if (info.name == name) {
            return info.code;
        }
    }
    return std::nullopt;
}

int httpStatus(ErrorCode code) {
    const CodeInfo* info = find(code);
    return info ? info->http : 500;
}

} // namespace croupier::core
