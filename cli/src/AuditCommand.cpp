#include "AuditCommand.h"

#include "AuditTables.h"
#include "CountOption.h"
#include "ExitCodes.h"
#include "TimeFormat.h"
#include "TimeParse.h"
#include "UserTables.h"
#include "croupier/core/AuditHead.h"

namespace croupier::cli {

namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 100'000;
constexpr int kMaxPageSize = 1000;
// Verifying walks every record; give it longer than an ordinary request.
constexpr std::chrono::minutes kVerifyDeadline{5};

} // namespace

int AuditCommand::buildTimeRange(const ParsedArgs& args, audit::v1::QueryAuditRequest& request) {
    Output& output = m_context.output();
    if (args.has("since") && (args.has("from") || args.has("to"))) {
        return output.usageError("--since cannot be combined with --from/--to");
    }
    if (args.has("since")) {
        const auto since = parseDuration(args.value("since"));
        if (!since) {
            return output.usageError("--since must be a duration such as 30m, 2h, 7d or 1h30m, "
                                     "not \"" +
                                     args.value("since") + "\"");
        }
        request.set_from(nowUnixMs() - since->count());
        return kExitOk;
    }
    for (const char* name : {"from", "to"}) {
        if (!args.has(name)) {
            continue;
        }
        const auto at = parseTimestamp(args.value(name));
        if (!at) {
            return output.usageError("--" + std::string(name) +
                                     " must be a date and time such as 2024-05-01T12:00 "
                                     "(local) or 2024-05-01T04:00:00Z, not \"" +
                                     args.value(name) + "\"");
        }
        if (std::string(name) == "from") {
            request.set_from(*at);
        } else {
            request.set_to(*at);
        }
    }
    if (request.from() != 0 && request.to() != 0 && request.from() >= request.to()) {
        return output.usageError("--from must be before --to");
    }
    return kExitOk;
}

int AuditCommand::buildFilter(const ParsedArgs& args, audit::v1::QueryAuditRequest& request) {
    request.set_actor(args.value("actor"));
    request.set_action(args.value("action"));
    request.set_function_id(args.value("function"));
    request.set_outcome(args.value("outcome"));
    if (args.has("scope")) {
        auto scope = parseScope(args.value("scope"));
        if (!scope) {
            return m_context.output().usageError("--scope is GAME/ENV (\"*\" for any), not \"" +
                                                 args.value("scope") + "\"");
        }
        request.set_game_id(scope->game_id() == "*" ? "" : scope->game_id());
        request.set_env(scope->env() == "*" ? "" : scope->env());
    }
    request.set_page_token(args.value("page-token"));
    return buildTimeRange(args, request);
}

int AuditCommand::query(const ParsedArgs& args) {
    const bool everything = args.has("all");
    const int limit =
        parseCountOption(args.value("limit", std::to_string(kDefaultLimit)), kMaxLimit);
    if (limit == 0) {
        return m_context.output().usageError("--limit must be a whole number from 1 to " +
                                             std::to_string(kMaxLimit));
    }
    audit::v1::QueryAuditRequest request;
    if (int rc = buildFilter(args, request); rc != kExitOk) {
        return rc;
    }
    audit::v1::QueryAuditResponse all;
    do {
        request.set_page_size(everything ? kMaxPageSize
                                         : std::min(kMaxPageSize, limit - all.records_size()));
        audit::v1::QueryAuditResponse page;
        grpc::ClientContext rpc;
        m_context.connection().setDeadline(rpc);
        const auto status = m_context.connection().audit().QueryAudit(&rpc, request, &page);
        if (!status.ok()) {
            return m_context.output().rpcError(status);
        }
        all.mutable_records()->MergeFrom(page.records());
        all.set_next_page_token(page.next_page_token());
        request.set_page_token(page.next_page_token());
        if (page.records_size() == 0) {
            break;
        }
    } while (!all.next_page_token().empty() && (everything || all.records_size() < limit));
    print(all);
    return kExitOk;
}

void AuditCommand::print(const audit::v1::QueryAuditResponse& all) {
    Output& output = m_context.output();
    if (output.json()) {
        output.message(all);
        return;
    }
    output.out() << renderAuditTable({all.records().begin(), all.records().end()});
    output.out().flush();
    if (!all.next_page_token().empty()) {
        output.notice("more records: repeat with --page-token " + all.next_page_token() +
                      " (or --all)");
    }
}

int AuditCommand::verify(const ParsedArgs& args) {
    audit::v1::VerifyAuditRequest request;
    if (args.has("expect-head")) {
        const auto head = core::parseAuditHead(args.value("expect-head"));
        if (!head) {
            return m_context.output().usageError("--expect-head: " + head.error().message);
        }
        request.set_expect_seq(head->seq);
        request.set_expect_hash(head->hash);
    }
    audit::v1::VerifyAuditResponse response;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc, kVerifyDeadline);
    const auto status = m_context.connection().audit().VerifyAudit(&rpc, request, &response);
    if (!status.ok()) {
        return m_context.output().rpcError(status);
    }
    if (m_context.output().json()) {
        m_context.output().message(response);
    } else {
        m_context.output().out() << describeVerify(response) << "\n";
    }
    return response.ok() ? kExitOk : kExitAuditBroken;
}

} // namespace croupier::cli
