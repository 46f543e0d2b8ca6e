// The commands of signing in and of approvals: their words, help texts and options, each wired
// to its command class. Split from Commands.cpp to keep the files short.
#include "ApprovalWatcher.h"
#include "ApprovalsCommand.h"
#include "AuthCommand.h"
#include "CommandContext.h"
#include "Commands.h"
#include "SharedOptions.h"
#include "UserCommand.h"

namespace croupier::cli {

namespace {

using Args = const ParsedArgs&;
using Ctx = CommandContext&;

CommandSpec login() {
    CommandSpec c{"login", "", false, "", "sign in and keep the token for this server"};
    c.description =
        "Asks for the password without echo on a terminal; --password-stdin reads one line of\n"
        "stdin instead (for scripts). The token is kept in $XDG_CONFIG_HOME/croupier/token\n"
        "(default ~/.config/croupier/token), readable only by you (mode 0600), one token per\n"
        "--server address. Every other command sends it as `authorization: Bearer ...`, unless\n"
        "--token or CROUPIER_TOKEN gives one; a token file that group or others may read is\n"
        "refused. A wrong password exits 26 (UNAUTHENTICATED); too many failures exit 18\n"
        "(RESOURCE_EXHAUSTED) until the server lets you try again.\n";
    c.options = {{"user", "NAME", "who to sign in as (asked on a terminal when absent)",
                  "CROUPIER_USER", 'u'},
                 passwordStdinFlag()};
    c.needsToken = false;
    c.run = [](Ctx ctx, Args a) {
        return AuthCommand(ctx).login(a);
    };
    return unscoped(c);
}

CommandSpec logout() {
    CommandSpec c{"logout", "", false, "", "revoke the token and forget it"};
    c.run = [](Ctx ctx, Args) {
        return AuthCommand(ctx).logout();
    };
    return unscoped(c);
}

CommandSpec whoami() {
    CommandSpec c{"whoami", "", false, "",
                  "show your user, roles, permissions, scopes and token expiry"};
    c.options = {jsonFlag()};
    c.run = [](Ctx ctx, Args a) {
        applyJsonFlag(ctx, a);
        return AuthCommand(ctx).whoami();
    };
    return unscoped(c);
}

CommandSpec approvalsList() {
    CommandSpec c{"approvals", "list", true, "", "list approvals of the scope, newest first"};
    c.description =
        "Columns: id, function, scope, state, approvals/threshold, requester, created,\n"
        "expiry, and \"can decide\" when you may approve or reject it now.\n";
    c.options = {{"state", "S", "pending, executed, rejected, expired or canceled", ""},
                 {"function", "F", "only approvals of this function", ""},
                 {"mine", "", "only those you requested", ""},
                 {"waiting", "", "only those waiting for your decision", ""},
                 {"all-scopes", "", "every scope you may see (no --game/--env needed)", ""},
                 {"limit", "N", "at most N approvals (default 50)", ""}};
    c.run = [](Ctx ctx, Args a) {
        return ApprovalsCommand(ctx).list(a);
    };
    return unscoped(c);
}

CommandSpec approvalsShow() {
    CommandSpec c{"approvals", "show", false, "ID",
                  "show an approval, its frozen parameters and decisions"};
    c.minArgs = c.maxArgs = 1;
    c.run = [](Ctx ctx, Args a) {
        return ApprovalsCommand(ctx).show(a.positionals()[0]);
    };
    return unscoped(c);
}

CommandSpec approvalsApprove() {
    CommandSpec c{"approvals", "approve", false, "ID", "approve a pending call"};
    c.description = "Once enough approvers agreed, the call runs as a job; its id is printed.\n";
    c.options = {{"comment", "C", "a comment kept with your decision", ""}};
    c.minArgs = c.maxArgs = 1;
    c.run = [](Ctx ctx, Args a) {
        return ApprovalsCommand(ctx).approve(a.positionals()[0], a.value("comment"));
    };
    return unscoped(c);
}

CommandSpec approvalsReject() {
    CommandSpec c{"approvals", "reject", false, "ID --reason R", "reject a pending call"};
    c.description = "One rejection ends the approval; the call never runs. --reason is required.\n";
    c.options = {{"reason", "R", "why (required; shown to the requester, audited)", ""}};
    c.minArgs = c.maxArgs = 1;
    c.run = [](Ctx ctx, Args a) {
        return ApprovalsCommand(ctx).reject(a.positionals()[0], a.value("reason"));
    };
    return unscoped(c);
}

CommandSpec approvalsCancel() {
    CommandSpec c{"approvals", "cancel", false, "ID", "withdraw a call you sent for approval"};
    c.options = {{"reason", "R", "why (audited)", ""}};
    c.minArgs = c.maxArgs = 1;
    c.run = [](Ctx ctx, Args a) {
        return ApprovalsCommand(ctx).cancel(a.positionals()[0], a.value("reason"));
    };
    return unscoped(c);
}

CommandSpec approvalsWatch() {
    CommandSpec c{"approvals", "watch", false, "", "print approvals as they arrive and change"};
    c.description = "Prints the table, then one line per new or changed approval until Ctrl-C;\n"
                    "it reconnects with backoff when the stream drops. Without --game/--env it\n"
                    "watches every scope you may see.\n";
    c.run = [](Ctx ctx, Args) {
        return ApprovalWatcher(ctx).run();
    };
    return unscoped(c);
}

} // namespace

std::vector<CommandSpec> signInCommands() {
    return {login(), logout(), whoami()};
}

std::vector<CommandSpec> approvalCommands() {
    return {approvalsList(),   approvalsShow(),   approvalsApprove(),
            approvalsReject(), approvalsCancel(), approvalsWatch()};
}

} // namespace croupier::cli
