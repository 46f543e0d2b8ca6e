#include "UserCommand.h"

#include "ExitCodes.h"
#include "SecretInput.h"
#include "TimeFormat.h"
#include "UserTables.h"

#include <iostream>

namespace croupier::cli {

using auth::v1::UserInfo;

std::optional<std::string> UserCommand::newPassword(const ParsedArgs& args, const std::string& name,
                                                    int& exitCode) {
    Output& output = m_context.output();
    SecretInput input(m_context.interrupter(), output.err(), std::cin);
    if (args.has("password-stdin")) {
        auto line = input.readLine();
        if (!line) {
            exitCode = output.usageError("--password-stdin: stdin ended before a password line");
        }
        return line;
    }
    auto first = input.askHidden("New password for " + name + ": ");
    if (!first) {
        exitCode = output.usageError("stdin is not a terminal to ask for the password on; "
                                     "pipe it in with --password-stdin");
        return std::nullopt;
    }
    auto again = input.askHidden("Repeat the password: ");
    if (!again || *again != *first) {
        exitCode = output.usageError("the two passwords differ; nothing was changed");
        return std::nullopt;
    }
    return first;
}

int UserCommand::readScopes(const std::vector<std::string>& texts,
                            google::protobuf::RepeatedPtrField<auth::v1::Scope>& out) {
    for (const auto& text : texts) {
        auto scope = parseScope(text);
        if (!scope) {
            return m_context.output().usageError("a scope is GAME/ENV (\"*\" for any), not \"" +
                                                 text + "\"");
        }
        *out.Add() = std::move(*scope);
    }
    return kExitOk;
}

int UserCommand::printUser(const grpc::Status& status, const UserInfo& user,
                           const std::string& prefix) {
    return m_context.output().reply(status, user,
                                    [&] { return prefix + describeUser(user) + "\n"; });
}

int UserCommand::list() {
    auth::v1::ListUsersResponse response;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().users().ListUsers(&rpc, {}, &response);
    return m_context.output().reply(status, response, [&response] {
        return renderUsersTable({response.users().begin(), response.users().end()}, nowUnixMs());
    });
}

int UserCommand::add(const ParsedArgs& args) {
    const std::string name = args.positionals()[0];
    auth::v1::CreateUserRequest request;
    request.set_username(name);
    request.set_display_name(args.value("display-name"));
    for (const auto& role : args.values("role")) {
        request.add_roles(role);
    }
    if (request.roles().empty()) {
        return m_context.output().usageError("a new user needs at least one --role");
    }
    if (int rc = readScopes(args.values("scope"), *request.mutable_scopes()); rc != kExitOk) {
        return rc;
    }
    int exitCode = kExitOk;
    auto password = newPassword(args, name, exitCode);
    if (!password) {
        return exitCode;
    }
    request.set_password(*password);
    UserInfo user;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().users().CreateUser(&rpc, request, &user);
    return printUser(status, user, "created ");
}

int UserCommand::passwd(const ParsedArgs& args) {
    Output& output = m_context.output();
    auth::v1::WhoAmIResponse who;
    grpc::ClientContext whoRpc;
    m_context.connection().setDeadline(whoRpc);
    const auto whoStatus = m_context.connection().auth().WhoAmI(&whoRpc, {}, &who);
    if (!whoStatus.ok()) {
        return output.rpcError(whoStatus);
    }
    const std::string name =
        args.positionals().empty() ? who.user().username() : args.positionals()[0];
    auth::v1::SetPasswordRequest request;
    request.set_username(name);
    if (name == who.user().username()) {
        SecretInput input(m_context.interrupter(), output.err(), std::cin);
        auto current =
            args.has("password-stdin") ? input.readLine() : input.askHidden("Current password: ");
        if (!current) {
            return output.usageError("cannot read the current password; on a pipe, give it on "
                                     "the first line and the new one on the second");
        }
        request.set_current_password(*current);
    }
    int exitCode = kExitOk;
    auto password = newPassword(args, name, exitCode);
    if (!password) {
        return exitCode;
    }
    request.set_new_password(*password);
    auth::v1::SetPasswordResponse response;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().users().SetPassword(&rpc, request, &response);
    if (!status.ok()) {
        return output.rpcError(status);
    }
    output.out() << "password of " << name << " changed\n";
    return kExitOk;
}

int UserCommand::roles(const std::string& name, const std::vector<std::string>& roles) {
    auth::v1::SetRolesRequest request;
    request.set_username(name);
    for (const auto& role : roles) {
        request.add_roles(role);
    }
    UserInfo user;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().users().SetRoles(&rpc, request, &user);
    return printUser(status, user, "");
}

int UserCommand::scopes(const ParsedArgs& args) {
    const auto& words = args.positionals();
    const std::vector<std::string> texts(words.begin() + 1, words.end());
    if (texts.empty() == !args.has("all")) {
        return m_context.output().usageError(
            "give the scopes (GAME/ENV ...) or --all for every scope, not both or neither");
    }
    auth::v1::SetScopesRequest request;
    request.set_username(words[0]);
    if (int rc = readScopes(texts, *request.mutable_scopes()); rc != kExitOk) {
        return rc;
    }
    UserInfo user;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().users().SetScopes(&rpc, request, &user);
    return printUser(status, user, "");
}

int UserCommand::setDisabled(const std::string& name, bool disabled) {
    auth::v1::SetDisabledRequest request;
    request.set_username(name);
    request.set_disabled(disabled);
    UserInfo user;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().users().SetDisabled(&rpc, request, &user);
    return printUser(status, user, "");
}

} // namespace croupier::cli
