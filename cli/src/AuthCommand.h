#pragma once
// `croupierctl login`, `logout` and `whoami`: signing in (the password from a no-echo prompt or
// one line of stdin), keeping the token in the token file (TokenStore) per server address,
// revoking it, and showing who the server thinks we are.
// Runs on the main thread; borrows the context.

#include "Args.h"
#include "CommandContext.h"

#include <optional>
#include <string>

namespace croupier::cli {

class AuthCommand {
public:
    explicit AuthCommand(CommandContext& context)
        : m_context(context) {}

    // --user U (else asked on a terminal), --password-stdin (else asked without echo).
    int login(const ParsedArgs& args);
    int logout();
    int whoami();

private:
    // The username and password to sign in with; nullopt after printing a usage error.
    std::optional<std::pair<std::string, std::string>> credentials(const ParsedArgs& args,
                                                                   int& exitCode);

    CommandContext& m_context;
};

} // namespace croupier::cli
