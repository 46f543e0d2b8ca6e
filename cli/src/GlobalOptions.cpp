#include "GlobalOptions.h"

#include "BearerToken.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace croupier::cli {

using core::ErrorCode;
using core::Unexpected;

std::vector<OptionSpec> GlobalOptions::specs() {
    return {
        {"server", "HOST:PORT", "server address (default localhost:8443)", "CROUPIER_SERVER"},
        {"ca", "FILE", "CA certificate (PEM) to trust; default: the system's", "CROUPIER_CA"},
        {"insecure", "", "plaintext instead of TLS; loopback addresses only", ""},
        {"server-name", "NAME", "TLS name to verify instead of the host", "CROUPIER_SERVER_NAME"},
        {"token", "TOKEN", "bearer token (prefer the variable: ps shows arguments)",
         "CROUPIER_TOKEN"},
        {"game", "ID", "game id of the scope", "CROUPIER_GAME"},
        {"env", "ENV", "environment of the scope (dev, prod, ...)", "CROUPIER_ENV"},
        {"timeout", "SECONDS", "deadline of each request (default 30)", "CROUPIER_TIMEOUT"},
        {"output", "FORMAT", "table (default) or json (protobuf JSON, for jq)", "", 'o'},
        {"help", "", "show help", "", 'h'},
    };
}

namespace {

std::string pick(const ParsedArgs& args, const OptionSpec& spec,
                 const GlobalOptions::EnvLookup& env, const std::string& fallback) {
    if (args.has(spec.name)) {
        return args.value(spec.name);
    }
    if (!spec.envVar.empty() && env) {
        if (auto v = env(spec.envVar); v && !v->empty()) {
            return *v;
        }
    }
    return fallback;
}

// Without surrounding whitespace (a token pasted with its newline).
std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return "";
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

core::Result<std::chrono::milliseconds> parseSeconds(const std::string& text) {
    char* end = nullptr;
    const double secs = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(secs) || secs <= 0 ||
        secs > 86'400 * 7) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "--timeout must be a positive number of seconds, not \"" + text + "\"");
    }
    return std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil(secs * 1000)));
}

} // namespace

core::Result<GlobalOptions> GlobalOptions::resolve(const ParsedArgs& args, const EnvLookup& env) {
    GlobalOptions o;
    const auto specs = GlobalOptions::specs();
    auto get = [&](const char* name, const std::string& fallback) {
        return pick(args, *findOption(specs, name), env, fallback);
    };
    o.server = get("server", o.server);
    o.caFile = get("ca", "");
    o.insecure = args.has("insecure");
    o.serverName = get("server-name", "");
    o.token = trimmed(get("token", ""));
    if (!isUsableToken(o.token)) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "the token (--token or CROUPIER_TOKEN) holds spaces or control "
                          "characters; copy it again");
    }
    o.tokenFile = defaultTokenFile(env);
    o.game = get("game", "");
    o.env = get("env", "");
    auto timeout = parseSeconds(get("timeout", "30"));
    if (!timeout) {
        return Unexpected(timeout.error());
    }
    o.timeout = *timeout;
    const std::string output = get("output", "table");
    if (output != "table" && output != "json") {
        return Unexpected(ErrorCode::InvalidArgument,
                          "--output must be table or json, not \"" + output + "\"");
    }
    o.output = output == "json" ? OutputFormat::Json : OutputFormat::Table;
    if (o.insecure && !isLoopbackAddress(o.server)) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "--insecure is only allowed towards a loopback address, not " + o.server);
    }
    return o;
}

std::optional<std::string> GlobalOptions::scopeProblem() const {
    if (game.empty() && env.empty()) {
        return "no scope: pass --game ID --env ENV (or set CROUPIER_GAME and CROUPIER_ENV)";
    }
    if (game.empty()) {
        return "no game: pass --game ID (or set CROUPIER_GAME)";
    }
    if (env.empty()) {
        return "no environment: pass --env ENV (or set CROUPIER_ENV)";
    }
    return std::nullopt;
}

std::string defaultTokenFile(const GlobalOptions::EnvLookup& env) {
    auto variable = [&](const char* name) {
        auto value = env ? env(name) : std::nullopt;
        // The XDG spec ignores relative paths; so do we.
        return value && !value->empty() && value->front() == '/' ? *value : std::string();
    };
    if (const std::string config = variable("XDG_CONFIG_HOME"); !config.empty()) {
        return config + "/croupier/token";
    }
    if (const std::string home = variable("HOME"); !home.empty()) {
        return home + "/.config/croupier/token";
    }
    return "";
}

bool isLoopbackAddress(const std::string& hostPort) {
    std::string host = hostPort;
    if (!host.empty() && host.front() == '[') {
        host = host.substr(1, host.find(']') - 1);
    } else if (std::count(host.begin(), host.end(), ':') == 1) {
        host = host.substr(0, host.find(':'));
    }
    return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

} // namespace croupier::cli
