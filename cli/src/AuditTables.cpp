#include "AuditTables.h"

#include "TextTable.h"
#include "TextWidth.h"
#include "TimeFormat.h"
#include "croupier/core/AuditHead.h"

namespace croupier::cli {

namespace {

constexpr std::size_t kMessageColumns = 60;

} // namespace

std::string renderAuditTable(const std::vector<audit::v1::AuditRecord>& records) {
    TextTable table({"SEQ", "TIME", "ACTOR", "ACTION", "SCOPE", "FUNCTION", "TARGET", "OUTCOME",
                     "MS", "MESSAGE"});
    for (const auto& r : records) {
        const std::string scope =
            r.game_id().empty() && r.env().empty() ? "-" : r.game_id() + "/" + r.env();
        table.addRow({std::to_string(r.seq()), localDateTime(r.timestamp()), orDash(r.actor()),
                      orDash(r.action()), scope, orDash(r.function_id()), orDash(r.target()),
                      orDash(r.outcome()), std::to_string(r.duration_ms()),
                      truncateToWidth(sanitizeLine(r.message()), kMessageColumns)});
    }
    return table.render();
}

std::string describeVerify(const audit::v1::VerifyAuditResponse& verify) {
    const std::string checked = std::to_string(verify.records()) + " records checked";
    if (verify.ok()) {
        const std::string head =
            verify.head_seq() > 0
                ? "; head " + core::formatAuditHead({verify.head_seq(), verify.head_hash()})
                : std::string();
        return sanitizeLine("OK: " + checked + ", the chain is intact" + head);
    }
    return sanitizeLine(
        "BROKEN at seq " + std::to_string(verify.first_broken_seq()) + ": " +
        (verify.problem().empty() ? "the record does not match" : verify.problem()) + " (" +
        checked + ")");
}

} // namespace croupier::cli
