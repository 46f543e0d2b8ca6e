#pragma once
// `croupierctl audit query` (the trail, newest first, filtered and paged) and `audit verify`
// (the server walks the hash chain; a broken chain exits kExitAuditBroken).
// Runs on the main thread; borrows the context.

#include "Args.h"
#include "CommandContext.h"
#include "croupier/audit/v1/audit.pb.h"

namespace croupier::cli {

class AuditCommand {
public:
    explicit AuditCommand(CommandContext& context)
        : m_context(context) {}

    // --actor, --action, --function, --outcome, --since | --from/--to, --limit (default 50),
    // --page-token, --all, --scope GAME/ENV. The global --game/--env do not filter: the trail
    // holds records of no scope (sign-ins, user changes) that a scoped query would hide.
    int query(const ParsedArgs& args);
    int verify(const ParsedArgs& args);

private:
    // Fills the filters of `request`; returns kExitOk or the printed usage error's code.
    int buildFilter(const ParsedArgs& args, audit::v1::QueryAuditRequest& request);
    int buildTimeRange(const ParsedArgs& args, audit::v1::QueryAuditRequest& request);
    void print(const audit::v1::QueryAuditResponse& all);

    CommandContext& m_context;
};

} // namespace croupier::cli
