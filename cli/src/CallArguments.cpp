#include "CallArguments.h"

#include "ExitCodes.h"
#include "InputFile.h"
#include "PayloadBuilder.h"
#include "croupier/proto/JsonStruct.h"

#include <charconv>

namespace croupier::cli {

using nlohmann::json;

namespace {

constexpr std::chrono::seconds kCallTimeoutSlack{5};
constexpr int kMaxCallTimeoutSeconds = 24 * 3600;
constexpr std::size_t kMaxPayloadBytes = 16 * 1024 * 1024;

} // namespace

std::vector<OptionSpec> CallArguments::specs() {
    return {
        {"json", "JSON", "the payload as a JSON object", ""},
        {"json-file", "FILE", "read the payload from FILE ('-' for stdin)", ""},
        {"idempotency-key", "KEY", "a repeated key returns the first outcome", ""},
        {"route", "MODE", "round_robin (default), hash or least_inflight", ""},
        {"hash-key", "KEY", "the key for --route hash", ""},
        {"agent", "ID", "run on this agent only", ""},
        {"call-timeout", "SECONDS", "server-side time limit of the call", ""},
    };
}

int CallArguments::build(const ParsedArgs& args, function::v1::InvokeFunctionRequest& out) {
    const auto& options = m_context.options();
    out.set_game_id(options.game);
    out.set_env(options.env);
    out.set_function_id(args.positionals().at(0));
    m_deadline = options.timeout;
    if (int rc = readOptions(args, *out.mutable_options()); rc != kExitOk) {
        return rc;
    }
    json payload;
    if (int rc = readPayload(args, out.function_id(), payload); rc != kExitOk) {
        return rc;
    }
    if (auto problem = proto::toStruct(payload, out.mutable_payload())) {
        return m_context.output().usageError("the payload cannot be sent: " + *problem);
    }
    return kExitOk;
}

int CallArguments::readPayload(const ParsedArgs& args, const std::string& functionId,
                               json& payload) {
    Output& output = m_context.output();
    if (args.has("json") && args.has("json-file")) {
        return output.usageError("give the payload with --json or --json-file, not both");
    }
    const std::vector<std::string> pairs(args.positionals().begin() + 1, args.positionals().end());
    json schema;
    if (!pairs.empty()) {
        if (int rc = fetchParamsSchema(functionId, schema); rc != kExitOk) {
            return rc;
        }
    }
    PayloadBuilder builder(schema);
    std::string base = args.value("json");
    const std::string origin = args.has("json") ? "--json" : args.value("json-file");
    if (args.has("json-file")) {
        auto text = readInputFile(origin, kMaxPayloadBytes);
        if (!text) {
            return output.usageError("cannot read " + origin +
                                     " (missing, unreadable or too large)");
        }
        base = std::move(*text);
    }
    if (args.has("json") || args.has("json-file")) {
        if (auto r = builder.setBase(base, origin); !r) {
            return output.usageError(r.error().message);
        }
    }
    for (const auto& pair : pairs) {
        if (auto r = builder.assign(pair); !r) {
            return output.usageError(r.error().message);
        }
    }
    payload = builder.payload();
    return kExitOk;
}

int CallArguments::fetchParamsSchema(const std::string& functionId, json& schema) {
    function::v1::GetFunctionResponse response;
    const grpc::Status status =
        m_context.connection().getFunction(m_context.options(), functionId, &response);
    if (!status.ok()) {
        return m_context.output().rpcError(status);
    }
    const auto& params = response.function().function_descriptor().params_schema();
    schema = proto::toJson(params);
    return kExitOk;
}

int CallArguments::readOptions(const ParsedArgs& args, function::v1::InvokeOptions& options) {
    Output& output = m_context.output();
    const std::string route = args.value("route");
    if (!route.empty() && route != "round_robin" && route != "hash" && route != "least_inflight") {
        return output.usageError("--route must be round_robin, hash or least_inflight, not \"" +
                                 route + "\"");
    }
    options.set_routing_mode(route);
    options.set_idempotency_key(args.value("idempotency-key"));
    options.set_hash_key(args.value("hash-key"));
    options.set_target_agent(args.value("agent"));
    if (args.has("call-timeout")) {
        const std::string text = args.value("call-timeout");
        int seconds = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
        if (ec != std::errc() || end != text.data() + text.size() || seconds < 1 ||
            seconds > kMaxCallTimeoutSeconds) {
            return output.usageError("--call-timeout must be a whole number of seconds >= 1");
        }
        options.set_timeout(seconds);
        m_deadline = std::max(m_deadline, std::chrono::milliseconds(std::chrono::seconds(seconds) +
                                                                    kCallTimeoutSlack));
    }
    return kExitOk;
}

} // namespace croupier::cli
