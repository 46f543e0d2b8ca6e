#pragma once
// The error type used inside every Croupier layer. Codes are numerically the canonical gRPC codes
// (seed 000's table), so each side maps them to grpc::Status in exactly one place with a cast.

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace croupier::core {

enum class ErrorCode : int {
    Ok = 0,
    Cancelled = 1,
    Unknown = 2,
    InvalidArgument = 3,
    DeadlineExceeded = 4,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    FailedPrecondition = 9,
    Aborted = 10,
    OutOfRange = 11,
    Unimplemented = 12,
    Internal = 13,
    Unavailable = 14,
    DataLoss = 15,
    Unauthenticated = 16,
};

// "INVALID_ARGUMENT" etc.; "UNKNOWN" for values outside the enum.
std::string_view codeName(ErrorCode code);
std::optional<ErrorCode> codeFromName(std::string_view name);
// HTTP status per seed 000's table (400, 401, 403, 404, 409, 429, 500, 503, ...).
int httpStatus(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Unknown;
    std::string message;                         // safe to show to a user
    std::map<std::string, std::string> details;  // machine-readable extras

    Error() = default;
    Error(ErrorCode c, std::string m, std::map<std::string, std::string> d = {})
        : code(c), message(std::move(m)), details(std::move(d)) {}
};

} // namespace croupier::core
