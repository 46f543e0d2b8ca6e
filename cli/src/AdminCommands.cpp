// The commands of the audit trail and of user management: their words, help texts and options,
// each wired to its command class. Split from Commands.cpp to keep the files short.
#include "AuditCommand.h"
#include "CommandContext.h"
#include "Commands.h"
#include "SharedOptions.h"
#include "UserCommand.h"

namespace croupier::cli {

namespace {

using Args = const ParsedArgs&;
using Ctx = CommandContext&;

CommandSpec auditQuery() {
    CommandSpec c{"audit", "query", true, "", "search the audit trail, newest first"};
    c.description =
        "Columns: seq, time, actor, action, scope, function, target, outcome, duration (ms),\n"
        "message. --scope GAME/ENV limits it to one scope (--game/--env do not: sign-ins and\n"
        "user changes have no scope). --action takes an exact action or a prefix ending in\n"
        "\".\" (approval.). Times: --since 30m|2h|7d|1h30m, or --from/--to as 2024-05-01,\n"
        "2024-05-01T12:00 (local) or 2024-05-01T04:00:00Z. Prints at most --limit records;\n"
        "when there are more it says which --page-token continues, and --all fetches every\n"
        "page.\n";
    c.options = {{"actor", "USER", "only records of this actor", ""},
                 {"scope", "GAME/ENV", "only records of this scope (* = any)", ""},
                 {"action", "A", "only this action (auth.login) or prefix (approval.)", ""},
                 {"function", "F", "only records of this function", ""},
                 {"outcome", "O", "only this outcome (ok, denied, an error code)", ""},
                 {"since", "DURATION", "only the last DURATION (30m, 2h, 7d)", ""},
                 {"from", "TIME", "only records at or after TIME (ISO 8601)", ""},
                 {"to", "TIME", "only records before TIME (ISO 8601)", ""},
                 {"limit", "N", "at most N records (default 50)", ""},
                 {"page-token", "T", "continue where an earlier query stopped", ""},
                 {"all", "", "every matching record (all pages)", ""},
                 jsonFlag()};
    c.run = [](Ctx ctx, Args a) {
        applyJsonFlag(ctx, a);
        return AuditCommand(ctx).query(a);
    };
    return unscoped(c);
}

CommandSpec auditVerify() {
    CommandSpec c{"audit", "verify", false, "", "check the audit trail's hash chain"};
    c.description =
        "The server walks every record and checks its hash and its link to the one\n"
        "before. Prints \"OK: N records checked\" with the head (SEQ:HASH) and exits 0,\n"
        "or \"BROKEN at seq S: <problem>\" and exits 4. Write the head down: given back\n"
        "with --expect-head, it shows records removed from the chain's end.\n";
    c.options = {
        {"expect-head", "SEQ:HASH", "a head printed earlier; the chain must still reach it", ""}};
    c.run = [](Ctx ctx, Args a) {
        return AuditCommand(ctx).verify(a);
    };
    return unscoped(c);
}

CommandSpec userList() {
    CommandSpec c{"user", "list", true, "", "list users (admins)"};
    c.run = [](Ctx ctx, Args) {
        return UserCommand(ctx).list();
    };
    return unscoped(c);
}

CommandSpec userAdd() {
    CommandSpec c{"user", "add", false, "NAME --role R [--role R2 ...]", "create a user (admins)"};
    c.description = "The password is asked twice without echo on a terminal, or read from the\n"
                    "first line of stdin with --password-stdin. Without --scope the user may act\n"
                    "in every game and env.\n";
    c.options = {{"role", "R", "a role (repeatable; at least one)", ""},
                 {"scope", "GAME/ENV", "a scope the user may act in (repeatable; * = any)", ""},
                 {"display-name", "NAME", "the name shown in the console", ""},
                 passwordStdinFlag()};
    c.minArgs = c.maxArgs = 1;
    c.run = [](Ctx ctx, Args a) {
        return UserCommand(ctx).add(a);
    };
    return unscoped(c);
}

CommandSpec userPasswd() {
    CommandSpec c{"user", "passwd", false, "[NAME]",
                  "set a password (yours, or anyone's as admin)"};
    c.description = "Without NAME, changes your own password and asks for the current one first;\n"
                    "with --password-stdin, stdin then holds the current password on the first\n"
                    "line and the new one on the second.\n";
    c.options = {passwordStdinFlag()};
    c.maxArgs = 1;
    c.run = [](Ctx ctx, Args a) {
        return UserCommand(ctx).passwd(a);
    };
    return unscoped(c);
}

CommandSpec userRoles() {
    CommandSpec c{"user", "roles", false, "NAME ROLE [ROLE ...]",
                  "replace a user's roles (admins)"};
    c.minArgs = 2;
    c.maxArgs = CommandSpec::kUnlimited;
    c.run = [](Ctx ctx, Args a) {
        const auto& words = a.positionals();
        return UserCommand(ctx).roles(words[0], {words.begin() + 1, words.end()});
    };
    return unscoped(c);
}

CommandSpec userScopes() {
    CommandSpec c{"user", "scopes", false, "NAME GAME/ENV ... | NAME --all",
                  "replace the scopes a user may act in (admins)"};
    c.options = {{"all", "", "every game and env", ""}};
    c.minArgs = 1;
    c.maxArgs = CommandSpec::kUnlimited;
    c.run = [](Ctx ctx, Args a) {
        return UserCommand(ctx).scopes(a);
    };
    return unscoped(c);
}

CommandSpec userDisabled(bool disabled) {
    CommandSpec c{"user", disabled ? "disable" : "enable", false, "NAME",
                  disabled ? "disable a user and revoke their tokens (admins)"
                           : "enable a disabled user again (admins)"};
    c.minArgs = c.maxArgs = 1;
    c.run = [disabled](Ctx ctx, Args a) {
        return UserCommand(ctx).setDisabled(a.positionals()[0], disabled);
    };
    return unscoped(c);
}

} // namespace

std::vector<CommandSpec> adminCommands() {
    return {auditQuery(), auditVerify(), userList(),         userAdd(),          userPasswd(),
            userRoles(),  userScopes(),  userDisabled(true), userDisabled(false)};
}

} // namespace croupier::cli
