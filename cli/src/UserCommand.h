#pragma once
// `croupierctl user list|add|passwd|roles|scopes|disable|enable`: the UserService, for admins
// (and `passwd` for anyone's own password). New passwords come from one line of stdin
// (--password-stdin) or are asked twice without echo on a terminal.
// Runs on the main thread; borrows the context.

#include "Args.h"
#include "CommandContext.h"
#include "croupier/auth/v1/auth.pb.h"

#include <optional>
#include <string>
#include <vector>

namespace croupier::cli {

class UserCommand {
public:
    explicit UserCommand(CommandContext& context)
        : m_context(context) {}

    int list();
    // NAME, --role R (at least one), --scope GAME/ENV, --display-name, --password-stdin.
    int add(const ParsedArgs& args);
    // [NAME] (default: yourself, which also asks for the current password), --password-stdin.
    int passwd(const ParsedArgs& args);
    int roles(const std::string& name, const std::vector<std::string>& roles);
    // GAME/ENV ... or --all (every scope).
    int scopes(const ParsedArgs& args);
    int setDisabled(const std::string& name, bool disabled);

private:
    // A new password: stdin's next line with --password-stdin, else asked twice on a terminal.
    // nullopt after printing a usage error into `exitCode`.
    std::optional<std::string> newPassword(const ParsedArgs& args, const std::string& name,
                                           int& exitCode);
    // Parses GAME/ENV arguments into `out`; returns kExitOk or the usage error's code.
    int readScopes(const std::vector<std::string>& texts,
                   google::protobuf::RepeatedPtrField<auth::v1::Scope>& out);
    // Prints the user a call answered with ("alice: roles ...").
    int printUser(const grpc::Status& status, const auth::v1::UserInfo& user,
                  const std::string& prefix);

    CommandContext& m_context;
};

} // namespace croupier::cli
