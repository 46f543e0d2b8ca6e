#pragma once
// The options every command shares (server address, TLS, token, scope, deadline, output
// format), resolved from the command line first, then CROUPIER_* environment variables, then
// defaults. The token file is only located here; Cli reads it (TokenStore) when no token was
// given.
// A plain value, built once in main and read by every command.

#include "Args.h"
#include "croupier/core/Result.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace croupier::cli {

enum class OutputFormat { Table, Json };

struct GlobalOptions {
    using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;

    std::string server = "localhost:8443";
    std::string caFile;         // empty: the system's trust store
    bool insecure = false;      // plaintext, loopback only
    std::string serverName;     // TLS name override
    std::string token;          // bearer token from --token or CROUPIER_TOKEN ("" = none given)
    bool tokenFromFile = false; // `token` was read from the token file (set by Cli)
    // Where `croupierctl login` keeps tokens: $XDG_CONFIG_HOME/croupier/token, else
    // $HOME/.config/croupier/token; "" when neither variable is set.
    std::string tokenFile;
    std::string game;
    std::string env;
    std::chrono::milliseconds timeout{30'000};
    OutputFormat output = OutputFormat::Table;

    // --server, --ca, --insecure, --server-name, --token, --game, --env, --timeout, --output,
    // --help.
    static std::vector<OptionSpec> specs();

    // Fails (INVALID_ARGUMENT, for the user) on a bad --timeout or --output, or --insecure
    // towards an address that is not loopback.
    static core::Result<GlobalOptions> resolve(const ParsedArgs& args, const EnvLookup& env);

    // Why a command scoped to a game and env cannot run; nullopt when both are set.
    std::optional<std::string> scopeProblem() const;
};

// The token file's path from XDG_CONFIG_HOME / HOME as `env` gives them ("" when neither).
std::string defaultTokenFile(const GlobalOptions::EnvLookup& env);

// True for localhost, 127.0.0.0/8 and ::1 (with or without a port / brackets).
bool isLoopbackAddress(const std::string& hostPort);

} // namespace croupier::cli
