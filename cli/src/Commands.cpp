#include "Commands.h"

#include "AgentWatcher.h"
#include "AgentsCommand.h"
#include "AssignmentCommand.h"
#include "CallArguments.h"
#include "ExitCodes.h"
#include "FunctionsCommand.h"
#include "InvokeCommand.h"
#include "JobCommand.h"
#include "JobFollower.h"
#include "RegisterCommand.h"

#include <charconv>

namespace croupier::cli {

namespace {

using Args = const ParsedArgs&;
using Ctx = CommandContext&;

constexpr const char* kPayloadHelp =
    R"(The payload is a JSON object: --json '{...}', --json-file FILE ('-' for stdin), and/or
key=value arguments, which are coerced with the function's params schema: integer, number
and boolean properties are parsed as such (a value that does not parse is an error naming the
key), strings stay strings, arrays take JSON or a comma list. key:=<json> sets raw JSON
(items:='[1,2]'); a dotted key sets a nested property (attachment.count=2). key=value
arguments override the same keys of --json.
)";

CommandSpec functionsList() {
    CommandSpec c{"functions", "list", true, "", "list the functions of the scope"};
    c.description = "Columns: id, name, version, risk, agents online/total, enabled.\n";
    c.options = {{"category", "C", "only functions of this category", ""}};
    c.run = [](Ctx ctx, Args a) {
        return FunctionsCommand(ctx).list(a.value("category"));
    };
    return c;
}

CommandSpec functionsShow() {
    CommandSpec c{"functions", "show", false, "ID", "print a function's descriptor"};
    c.minArgs = c.maxArgs = 1;
    c.run = [](Ctx ctx, Args a) {
        return FunctionsCommand(ctx).show(a.positionals()[0]);
    };
    return c;
}

CommandSpec agentsList() {
    CommandSpec c{"agents", "list", true, "", "list the agents of the scope (--watch: live)"};
    c.description = "Columns: agent, status, version, address, functions, last heartbeat.\n"
                    "--watch prints the table, then one line per change until Ctrl-C;\n"
                    "it reconnects with backoff when the stream drops.\n";
    c.options = {{"watch", "", "keep watching and print each change", ""}};
    c.run = [](Ctx ctx, Args a) {
        return a.has("watch") ? AgentWatcher(ctx).run() : AgentsCommand(ctx).list();
    };
    return c;
}

CommandSpec invoke() {
    CommandSpec c{"invoke", "", false, "FUNCTION [key=value ...]",
                  "call a function and print its result"};
    c.description = std::string(kPayloadHelp) +
                    "\nA handler error (success=false) prints its code and message and exits 1.\n"
                    "A function that needs approval does not run: invoke prints the approval id\n"
                    "(\"sent for approval: ...\") and exits 3; see `croupierctl approvals`.\n";
    c.options = CallArguments::specs();
    c.minArgs = 1;
    c.maxArgs = CommandSpec::kUnlimited;
    c.run = [](Ctx ctx, Args a) {
        return InvokeCommand(ctx).run(a);
    };
    return c;
}

CommandSpec jobStart() {
    CommandSpec c{"job", "start", false, "FUNCTION [key=value ...]", "start a job; print its id"};
    c.description = std::string(kPayloadHelp) +
                    "\nA job of a function that needs approval waits (awaiting_approval): start\n"
                    "prints its id, says \"sent for approval: ...\" on stderr and exits 3 (with\n"
                    "--follow it follows the job, which runs once approved).\n";
    c.options = CallArguments::specs();
    c.options.push_back({"follow", "", "then follow it as `job follow` does", ""});
    c.minArgs = 1;
    c.maxArgs = CommandSpec::kUnlimited;
    c.run = [](Ctx ctx, Args a) {
        return JobCommand(ctx).start(a);
    };
    return c;
}

int followJob(Ctx ctx, Args a) {
    std::int64_t from = 0;
    const std::string text = a.value("from-seq", "0");
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), from);
    if (ec != std::errc() || end != text.data() + text.size() || from < 0) {
        return ctx.output().usageError("--from-seq must be a whole number >= 0");
    }
    return JobFollower(ctx).follow(a.positionals()[0], from);
}

CommandSpec jobFollow() {
    CommandSpec c{"job", "follow", false, "JOB_ID", "stream a job's events until it ends"};
    c.description = "On a terminal: a progress bar redrawn in place, log lines above it.\n"
                    "Otherwise: one line per event (started, progress N%, log, done, error).\n"
                    "Ends on DONE (prints the result, exit 0) or ERROR (exit 1; a canceled\n"
                    "job says \"canceled\"). Ctrl-C stops following, not the job (exit 130).\n";
    c.options = {{"from-seq", "N", "replay events from sequence number N", ""}};
    c.minArgs = c.maxArgs = 1;
    c.needsScope = false;
    c.run = followJob;
    return c;
}

CommandSpec jobCancel() {
    CommandSpec c{"job", "cancel", false, "JOB_ID", "cancel a job; print its status after"};
    c.options = {{"reason", "R", "why (recorded with the job)", ""}};
    c.minArgs = c.maxArgs = 1;
    c.needsScope = false;
    c.run = [](Ctx ctx, Args a) {
        return JobCommand(ctx).cancel(a.positionals()[0], a.value("reason"));
    };
    return c;
}

CommandSpec jobGet() {
    CommandSpec c{"job", "get", false, "JOB_ID", "show a job's record"};
    c.minArgs = c.maxArgs = 1;
    c.needsScope = false;
    c.run = [](Ctx ctx, Args a) {
        return JobCommand(ctx).get(a.positionals()[0]);
    };
    return c;
}

CommandSpec jobsList() {
    CommandSpec c{"jobs", "list", true, "", "list jobs of the scope, newest first"};
    c.options = {{"function", "F", "only jobs of this function", ""},
                 {"status", "S", "only jobs in this status (running, completed, ...)", ""},
                 {"limit", "N", "at most N jobs (default 50)", ""}};
    c.run = [](Ctx ctx, Args a) {
        return JobCommand(ctx).list(a);
    };
    return c;
}

CommandSpec assignment(bool enable) {
    CommandSpec c{"assignment", enable ? "enable" : "disable", false, "FUNCTION",
                  enable ? "enable a function again (everywhere or on one agent)"
                         : "disable a function (kill switch; everywhere or on one agent)"};
    c.options = {{"agent", "ID", "only on this agent", ""},
                 {"reason", "R", "why (shown to operators, audited)", ""}};
    c.minArgs = c.maxArgs = 1;
    c.run = [enable](Ctx ctx, Args a) {
        return AssignmentCommand(ctx).set(a.positionals()[0], enable, a.value("agent"),
                                          a.value("reason"));
    };
    return c;
}

CommandSpec registerDescriptor() {
    CommandSpec c{"register", "", false, "FILE.json", "register a function descriptor"};
    c.description = "FILE is a descriptor as seed 001 describes it ('-' for stdin).\n";
    c.minArgs = c.maxArgs = 1;
    c.run = [](Ctx ctx, Args a) {
        return RegisterCommand(ctx).run(a.positionals()[0]);
    };
    return c;
}

CommandSpec version() {
    CommandSpec c{"version", "", false, "", "print croupierctl's version"};
    c.needsServer = false;
    c.needsScope = false;
    c.run = [](Ctx ctx, Args) {
        ctx.output().out() << "croupierctl " << CROUPIER_VERSION << "\n";
        return kExitOk;
    };
    return c;
}

} // namespace

CommandTable buildCommandTable() {
    std::vector<CommandSpec> all = signInCommands();
    for (auto spec : {functionsList(), functionsShow(), agentsList(), invoke(), jobStart(),
                      jobFollow(), jobCancel(), jobGet(), jobsList(), assignment(true),
                      assignment(false), registerDescriptor()}) {
        all.push_back(std::move(spec));
    }
    for (auto& more : {approvalCommands(), adminCommands()}) {
        all.insert(all.end(), more.begin(), more.end());
    }
    all.push_back(version());
    CommandTable table;
    for (auto& spec : all) {
        table.add(std::move(spec));
    }
    return table;
}

} // namespace croupier::cli
