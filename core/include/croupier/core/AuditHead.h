#pragma once
// AuditHead: a point of the audit chain written down outside the database (a log line, a
// ticket, a printout) as "SEQ:HASH", so that verifying later can tell that the chain still
// reaches it. The hash chain alone cannot show rows removed from its end; a recorded head can.
// Value type; parseAuditHead() is pure.

#include "croupier/core/Result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace croupier::core {

struct AuditHead {
    std::int64_t seq = 0;  // 0: none
    std::string hash;      // 64 lowercase hex digits
};

// "SEQ:HASH" as `croupier-server audit verify` prints it; INVALID_ARGUMENT naming what is wrong.
Result<AuditHead> parseAuditHead(std::string_view text);
std::string formatAuditHead(const AuditHead& head);

} // namespace croupier::core
