#pragma once
// Where and how croupierctl prints: results to stdout (a table, or protobuf's JSON of the
// response with --output json), errors to stderr as "croupierctl: ...", and the exit code that
// goes with each kind of error. Commands print only through it. Single-threaded (the command's).
// Borrows the streams; main owns them.

#include "GlobalOptions.h"

#include <functional>
#include <google/protobuf/message.h>
#include <grpcpp/support/status.h>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

namespace croupier::cli {

class Output {
public:
    Output(std::ostream& out, std::ostream& err, OutputFormat format, bool outIsTerminal,
           std::string server);

    bool json() const { return m_format == OutputFormat::Json; }
    // For a command's own --json flag.
    void setFormat(OutputFormat format) { m_format = format; }
    bool terminal() const { return m_terminal; }
    // Columns of the terminal stdout is (80 when unknown).
    std::size_t columns() const { return m_columns; }
    void setColumns(std::size_t columns) { m_columns = columns; }
    std::ostream& out() { return m_out; }
    std::ostream& err() { return m_err; }

    // A response as protobuf JSON: pretty, or one line when `compact` (for event streams).
    void message(const google::protobuf::Message& message, bool compact = false);
    // A JSON document, pretty, UTF-8 kept (invalid bytes replaced).
    void document(const nlohmann::json& value);

    // The help command named in usage errors ("croupierctl job start --help").
    void setHelpHint(std::string hint) { m_helpHint = std::move(hint); }
    // Prints "croupierctl: <text>" (and a --help hint) to stderr; returns kExitUsage.
    int usageError(const std::string& text);
    // Prints the status as ErrorReport words it; returns 10 + its code. UNAUTHENTICATED adds a
    // hint to sign in, unless the command is the sign-in itself (setLoginHint(false)).
    int rpcError(const grpc::Status& status);
    void setLoginHint(bool enabled) { m_loginHint = enabled; }
    // The answer of an RPC: rpcError(status) when it failed, else `response` as JSON with
    // --output json, else what `text` makes (called only then). Returns the exit code.
    int reply(const grpc::Status& status, const google::protobuf::Message& response,
              const std::function<std::string()>& text);
    // Prints "croupierctl: <text>" to stderr; returns kExitFailed.
    int failure(const std::string& text);
    // Prints "croupierctl: <text>" to stderr (a notice; no exit implied).
    void notice(const std::string& text);
    // A handler error's details as "croupierctl: details: {...}" (one line) to stderr; nothing
    // when it has none.
    void errorDetails(const nlohmann::json& details);

private:
    std::ostream& m_out;
    std::ostream& m_err;
    OutputFormat m_format;
    bool m_terminal;
    std::string m_server;
    std::string m_helpHint = "croupierctl --help";
    std::size_t m_columns = 80;
    bool m_loginHint = true;
};

// The JSON text of a value for the terminal: pretty (2 spaces), UTF-8 kept.
std::string prettyJson(const nlohmann::json& value);

} // namespace croupier::cli
