#include "AuthCommand.h"

#include "ExitCodes.h"
#include "SecretInput.h"
#include "TimeFormat.h"
#include "TokenStore.h"
#include "UserTables.h"

#include <iostream>

namespace croupier::cli {

std::optional<std::pair<std::string, std::string>> AuthCommand::credentials(const ParsedArgs& args,
                                                                            int& exitCode) {
    Output& output = m_context.output();
    SecretInput input(m_context.interrupter(), output.err(), std::cin);
    std::string user = args.value("user");
    if (user.empty()) {
        user = input.askVisible("Username: ").value_or("");
    }
    if (user.empty()) {
        exitCode = output.usageError("no username: pass --user NAME (or set CROUPIER_USER)");
        return std::nullopt;
    }
    std::optional<std::string> password;
    if (args.has("password-stdin")) {
        password = input.readLine();
        if (!password) {
            exitCode = output.usageError("--password-stdin: stdin ended before a password line");
            return std::nullopt;
        }
    } else {
        password = input.askHidden("Password for " + user + ": ");
        if (!password) {
            exitCode = output.usageError("stdin is not a terminal to ask for the password on; "
                                         "pipe it in with --password-stdin");
            return std::nullopt;
        }
    }
    return std::make_pair(user, *password);
}

int AuthCommand::login(const ParsedArgs& args) {
    Output& output = m_context.output();
    const GlobalOptions& options = m_context.options();
    output.setLoginHint(false);
    if (options.tokenFile.empty()) {
        return output.usageError("nowhere to keep the token: set HOME or XDG_CONFIG_HOME");
    }
    int exitCode = kExitOk;
    auto creds = credentials(args, exitCode);
    if (!creds) {
        return exitCode;
    }
    auth::v1::LoginRequest request;
    request.set_username(creds->first);
    request.set_password(creds->second);
    request.set_client("croupierctl " CROUPIER_VERSION);
    auth::v1::LoginResponse response;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().auth().Login(&rpc, request, &response);
    if (!status.ok()) {
        return output.rpcError(status);
    }
    const StoredToken stored{response.token(), response.user().username(), response.expires_at()};
    if (auto saved = TokenStore(options.tokenFile).save(options.server, stored); !saved) {
        output.notice(saved.error().message);
        return kExitUsage;
    }
    if (output.json()) {
        response.clear_token(); // kept in the token file, not in logs of scripts
        output.message(response);
    } else {
        output.out() << signedInLine(response.user(), response.expires_at(), nowUnixMs()) << "\n";
    }
    return kExitOk;
}

int AuthCommand::logout() {
    Output& output = m_context.output();
    const GlobalOptions& options = m_context.options();
    if (options.token.empty()) {
        output.out() << "not signed in to " << options.server << "\n";
        return kExitOk;
    }
    auth::v1::LogoutResponse response;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status =
        m_context.connection().auth().Logout(&rpc, auth::v1::LogoutRequest(), &response);
    const bool alreadyGone = status.error_code() == grpc::StatusCode::UNAUTHENTICATED;
    if (!status.ok() && !alreadyGone) {
        return output.rpcError(status); // the token stays, so logout can be tried again
    }
    if (options.tokenFromFile) {
        if (auto removed = TokenStore(options.tokenFile).remove(options.server); !removed) {
            output.notice(removed.error().message);
            return kExitUsage;
        }
    }
    output.out() << "signed out of " << options.server
                 << (alreadyGone ? " (the token had already expired or been revoked)" : "") << "\n";
    return kExitOk;
}

int AuthCommand::whoami() {
    auth::v1::WhoAmIResponse response;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status =
        m_context.connection().auth().WhoAmI(&rpc, auth::v1::WhoAmIRequest(), &response);
    if (!status.ok()) {
        return m_context.output().rpcError(status);
    }
    if (m_context.output().json()) {
        m_context.output().message(response);
    } else {
        m_context.output().out() << renderWhoAmI(response, nowUnixMs());
    }
    return kExitOk;
}

} // namespace croupier::cli
