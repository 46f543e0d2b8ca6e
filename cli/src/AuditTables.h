#pragma once
// What `audit query` and `audit verify` print, as pure functions so the layout is unit-tested.
// Thread-safe.

#include "croupier/audit/v1/audit.pb.h"

#include <string>
#include <vector>

namespace croupier::cli {

// SEQ, TIME (local), ACTOR, ACTION, SCOPE, FUNCTION, TARGET, OUTCOME, MS, MESSAGE (cut to 60
// columns), in the order given (the server sends newest first).
std::string renderAuditTable(const std::vector<audit::v1::AuditRecord>& records);

// "OK: 123 records checked, the chain is intact" or "BROKEN at seq 17: <problem> (123 records
// checked)".
std::string describeVerify(const audit::v1::VerifyAuditResponse& verify);

} // namespace croupier::cli
