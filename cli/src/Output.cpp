#include "Output.h"

#include "ErrorReport.h"
#include "ExitCodes.h"
#include "TextWidth.h"

#include <google/protobuf/util/json_util.h>

namespace croupier::cli {

Output::Output(std::ostream& out, std::ostream& err, OutputFormat format, bool outIsTerminal,
               std::string server)
    : m_out(out)
    , m_err(err)
    , m_format(format)
    , m_terminal(outIsTerminal)
    , m_server(std::move(server)) {}

void Output::message(const google::protobuf::Message& message, bool compact) {
    google::protobuf::util::JsonPrintOptions options;
    options.always_print_primitive_fields = true;
    std::string text;
    if (!google::protobuf::util::MessageToJsonString(message, &text, options).ok()) {
        text = "{}";
    }
    if (!compact) {
        // protobuf indents by one space; the same document, indented like every other.
        const auto parsed = nlohmann::json::parse(text, nullptr, false);
        text = parsed.is_discarded() ? text : prettyJson(parsed);
    }
    m_out << text << "\n";
    m_out.flush();
}

void Output::document(const nlohmann::json& value) {
    m_out << prettyJson(value) << "\n";
    m_out.flush();
}

int Output::usageError(const std::string& text) {
    m_err << "croupierctl: " << sanitizeLine(text) << "\n"
          << "Try '" << m_helpHint << "' for more information.\n";
    return kExitUsage;
}

int Output::rpcError(const grpc::Status& status) {
    for (const auto& line : describeStatus(status, m_server)) {
        m_err << line << "\n";
    }
    if (status.error_code() == grpc::StatusCode::UNAUTHENTICATED && m_loginHint) {
        m_err << "croupierctl: hint: run `croupierctl login` to sign in to "
              << sanitizeLine(m_server) << " (or pass --token, or set CROUPIER_TOKEN)\n";
    }
    m_err.flush();
    return exitCodeFor(status.error_code());
}

int Output::reply(const grpc::Status& status, const google::protobuf::Message& response,
                  const std::function<std::string()>& text) {
    if (!status.ok()) {
        return rpcError(status);
    }
    if (json()) {
        message(response);
    } else {
        m_out << text();
    }
    return kExitOk;
}

int Output::failure(const std::string& text) {
    notice(text);
    return kExitFailed;
}

void Output::notice(const std::string& text) {
    m_err << "croupierctl: " << sanitizeLine(text) << "\n";
    m_err.flush();
}

void Output::errorDetails(const nlohmann::json& details) {
    if (details.is_object() && !details.empty()) {
        notice("details: " +
               details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
}

std::string prettyJson(const nlohmann::json& value) {
    return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace croupier::cli
