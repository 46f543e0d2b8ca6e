#include "ErrorReport.h"

#include "TextWidth.h"
#include "croupier/core/Schema.h"
#include "croupier/proto/RichStatus.h"

namespace croupier::cli {
namespace {

bool mentions(const std::string& text, std::initializer_list<const char*> words) {
    for (const char* w : words) {
        if (text.find(w) != std::string::npos) {
            return true;
        }
    }
    return false;
}

// The explanation for a status the gRPC library made itself.
std::string libraryMessage(const grpc::Status& status, const std::string& server) {
    const std::string raw = status.error_message();
    switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
        if (mentions(raw, {"andshake", "SSL", "ssl", "certificate", "TLS", "tls"})) {
            return "TLS handshake with " + server + " failed (check --ca and --server-name)";
        }
        return "cannot reach the server at " + server + " (is it running? is --server right?)";
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        return "no answer from " + server + " within the deadline (see --timeout)";
    case grpc::StatusCode::CANCELLED:
        return "the request was cancelled";
    case grpc::StatusCode::UNAUTHENTICATED:
        return "the server at " + server + " did not accept our credentials";
    case grpc::StatusCode::UNIMPLEMENTED:
        return "the server at " + server + " does not support this request (another version?)";
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
        return "the server refused the request: too large or too busy";
    default:
        return "the request to " + server + " failed";
    }
}

std::string violationLine(const core::Violation& v) {
    const std::string where = v.pointer.empty() ? "(payload)" : v.pointer;
    std::string line = "  " + where + ": " + v.message;
    if (!v.keyword.empty()) {
        line += " (" + v.keyword + ")";
    }
    return sanitizeLine(line);
}

} // namespace

std::vector<std::string> describeStatus(const grpc::Status& status, const std::string& server) {
    const bool fromServer = !status.error_details().empty();
    const proto::StatusParts parts = proto::parseStatus(status);
    const std::string message =
        fromServer && !parts.message.empty() ? parts.message : libraryMessage(status, server);
    std::vector<std::string> lines{
        "croupierctl: " + std::string(proto::codeName(status.error_code())) + ": " +
        sanitizeLine(message)};
    if (status.error_code() == grpc::StatusCode::INVALID_ARGUMENT) {
        for (const auto& v : core::violationsFromDetails(parts.details)) {
            lines.push_back(violationLine(v));
        }
    }
    for (const auto& [key, value] : parts.details) {
        if (key.find("retry") != std::string::npos) {
            lines.push_back("  " + sanitizeLine(key) + ": " + sanitizeLine(value));
        }
    }
    return lines;
}

} // namespace croupier::cli
