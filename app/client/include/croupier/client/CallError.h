#pragma once
// A failed call, translated once at the client boundary from grpc::Status + ErrorInfo into what
// the UI needs. `message` is human text in the UI language (tr()), never raw gRPC text.

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace croupier::client {

struct FieldError {
    QString pointer; // JSON pointer into the payload: "/duration"
    QString keyword; // schema keyword: "minimum"
    QString message; // the server's English one-liner
};

struct CallError {
    enum class Kind {
        Unauthenticated,   // token missing/expired/revoked: back to login
        PermissionDenied,  // `permission` names what is missing
        InvalidArgument,   // `fields` may pin errors to form fields
        NotFound,
        Disabled,          // FAILED_PRECONDITION: function disabled (kill switch)
        FailedPrecondition,
        NoAgent,           // UNAVAILABLE: no agent online for the function
        Unavailable,       // server unreachable / connection lost
        Timeout,           // DEADLINE_EXCEEDED
        RateLimited,       // RESOURCE_EXHAUSTED: `retryAfterMs`
        AlreadyExists,
        Cancelled,
        Internal,
        FunctionFailed,    // the function ran and reported its own error: `code` is its code
    };
    Kind kind = Kind::Internal;
    QString code;          // the gRPC code name, e.g. "PERMISSION_DENIED" (for logs and tests)
    QString message;       // human text, UI language
    QString serverMessage; // the server's own message (English), for details views
    QString permission;    // PermissionDenied: the permission needed
    qint64 retryAfterMs = 0;
    std::vector<FieldError> fields;
    // FunctionFailed: the function's error details as the server relays them (sensitive params
    // masked), {} when it gave none. HandlerErrors.h turns the fields they name into `fields`.
    nlohmann::json details = nlohmann::json::object();
};

} // namespace croupier::client
