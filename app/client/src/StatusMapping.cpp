#include "StatusMapping.h"

#include "ClientTr.h"
#include "croupier/core/Schema.h"
#include "croupier/proto/RichStatus.h"

#include <QCoreApplication>

#include <map>
#include <string>

namespace croupier::client {
namespace {

using Details = std::map<std::string, std::string>;
using Kind = CallError::Kind;

QString detail(const Details& details, const char* key) {
    auto it = details.find(key);
    return it == details.end() ? QString() : QString::fromStdString(it->second);
}

bool mentions(const std::string& text, std::initializer_list<const char*> words) {
    for (const char* w : words) {
        if (text.find(w) != std::string::npos) {
            return true;
        }
    }
    return false;
}

// A status made by the gRPC library itself: its text is internal and never shown.
void fromLibrary(const grpc::Status& status, CallError& e) {
    switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
        e.kind = Kind::Unavailable;
        e.message = mentions(status.error_message(),
                             {"andshake", "SSL", "ssl", "certificate", "TLS", "tls"})
                        ? tr("The secure connection to the server failed. Check the profile's "
                             "CA certificate and server name.")
                        : tr("Cannot reach the server. Check the address and that the server is "
                             "running.");
        break;
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        e.kind = Kind::Timeout;
        e.message = tr("The server did not answer in time. The operation may still complete; "
                       "check again before retrying.");
        break;
    case grpc::StatusCode::CANCELLED:
        e.kind = Kind::Cancelled;
        e.message = tr("The request was cancelled.");
        break;
    case grpc::StatusCode::UNAUTHENTICATED:
        e.kind = Kind::Unauthenticated;
        e.message = tr("The server did not accept the sign-in. Please sign in again.");
        break;
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
        e.kind = Kind::RateLimited;
        e.message = tr("The server refused the request: it is too large or the server is busy.");
        break;
    default:
        e.kind = Kind::Internal;
        e.message = tr("The request failed (%1). The server may be a different version.")
                        .arg(e.code);
        break;
    }
}

QString unauthenticatedMessage(const QString& reason) {
    if (reason == QLatin1String("credentials")) {
        return tr("Wrong username or password.");
    }
    if (reason == QLatin1String("expired")) {
        return tr("Your session has expired. Please sign in again.");
    }
    if (reason == QLatin1String("revoked")) {
        return tr("Your session was ended (signed out or revoked). Please sign in again.");
    }
    if (reason == QLatin1String("disabled")) {
        return tr("This account is disabled. Ask an administrator.");
    }
    return tr("Please sign in.");
}

QString permissionMessage(CallError& e, const Details& details) {
    e.permission = detail(details, "permission");
    if (!e.permission.isEmpty()) {
        return tr("You do not have the permission \"%1\" needed for this.").arg(e.permission);
    }
    const QString game = detail(details, "game_id");
    if (!game.isEmpty()) {
        return tr("You may not act in %1 / %2.").arg(game, detail(details, "env"));
    }
    return tr("You are not allowed to do this: %1").arg(e.serverMessage);
}

QString rateMessage(CallError& e, const Details& details) {
    e.retryAfterMs = detail(details, "retry_after_ms").toLongLong();
    if (e.retryAfterMs <= 0) {
        return tr("The server is busy. Try again later.");
    }
    // A plain int: lupdate 6.4 skips a translate() whose %n argument is a static_cast<>.
    const int seconds = static_cast<int>((e.retryAfterMs + 999) / 1000);
    return QCoreApplication::translate("croupier::client",
                                       "Too many requests. Try again in %n second(s).", nullptr,
                                       seconds);
}

QString invalidMessage(CallError& e, const Details& details) {
    for (const auto& v : core::violationsFromDetails(details)) {
        e.fields.push_back({QString::fromStdString(v.pointer), QString::fromStdString(v.keyword),
                            QString::fromStdString(v.message)});
    }
    if (e.fields.empty()) {
        return tr("The request was refused as invalid: %1").arg(e.serverMessage);
    }
    QStringList lines;
    for (const auto& f : e.fields) {
        lines << (f.pointer.isEmpty() ? f.message : f.pointer + QStringLiteral(": ") + f.message);
    }
    return tr("Some values are not valid: %1").arg(lines.join(QStringLiteral("; ")));
}

QString preconditionMessage(CallError& e, const Details& details) {
    const QString function = detail(details, "function_id");
    if (!function.isEmpty() && e.serverMessage.contains(QLatin1String("disabled"))) {
        e.kind = Kind::Disabled;
        const QString reason = detail(details, "reason");
        return reason.isEmpty() ? tr("The function %1 is disabled.").arg(function)
                                : tr("The function %1 is disabled: %2").arg(function, reason);
    }
    return tr("This cannot be done now: %1").arg(e.serverMessage);
}

QString unavailableMessage(CallError& e, const Details& details) {
    const QString function = detail(details, "function_id");
    if (!function.isEmpty()) {
        e.kind = Kind::NoAgent;
        return tr("No agent serving %1 is online. Try again once its game server is connected.")
            .arg(function);
    }
    return tr("The server cannot do this right now: %1").arg(e.serverMessage);
}

// A status the server made (with an ErrorInfo).
void fromServer(const grpc::Status& status, const Details& details, CallError& e) {
    switch (status.error_code()) {
    case grpc::StatusCode::UNAUTHENTICATED:
        e.kind = Kind::Unauthenticated;
        e.message = unauthenticatedMessage(detail(details, "reason"));
        break;
    case grpc::StatusCode::PERMISSION_DENIED:
        e.kind = Kind::PermissionDenied;
        e.message = permissionMessage(e, details);
        break;
    case grpc::StatusCode::INVALID_ARGUMENT:
    case grpc::StatusCode::OUT_OF_RANGE:
        e.kind = Kind::InvalidArgument;
        e.message = invalidMessage(e, details);
        break;
    case grpc::StatusCode::NOT_FOUND:
        e.kind = Kind::NotFound;
        e.message = tr("Not found: %1").arg(e.serverMessage);
        break;
    case grpc::StatusCode::FAILED_PRECONDITION:
        e.kind = Kind::FailedPrecondition;
        e.message = preconditionMessage(e, details);
        break;
    case grpc::StatusCode::UNAVAILABLE:
        e.kind = Kind::Unavailable;
        e.message = unavailableMessage(e, details);
        break;
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        e.kind = Kind::Timeout;
        e.message = tr("The function did not finish in time: %1").arg(e.serverMessage);
        break;
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
        e.kind = Kind::RateLimited;
        e.message = rateMessage(e, details);
        break;
    case grpc::StatusCode::ALREADY_EXISTS:
        e.kind = Kind::AlreadyExists;
        e.message = tr("Already exists: %1").arg(e.serverMessage);
        break;
    case grpc::StatusCode::CANCELLED:
        e.kind = Kind::Cancelled;
        e.message = tr("The request was cancelled.");
        break;
    default:
        e.kind = Kind::Internal;
        e.message = tr("The server reported an error: %1").arg(e.serverMessage);
        break;
    }
}

} // namespace

CallError callErrorFromStatus(const grpc::Status& status) {
    CallError e;
    const std::string_view code = proto::codeName(status.error_code());
    e.code = QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()));
    if (status.error_details().empty()) {
        fromLibrary(status, e);
        return e;
    }
    const proto::StatusParts parts = proto::parseStatus(status);
    e.serverMessage = QString::fromStdString(parts.message);
    fromServer(status, parts.details, e);
    return e;
}

} // namespace croupier::client
