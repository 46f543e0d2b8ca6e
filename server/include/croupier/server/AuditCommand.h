#pragma once
// `croupier-server audit verify|query`: checks or reads the audit trail straight from the data
// dir's SQLite file. It does not take the data dir lock, so it runs beside a live server
// (SQLite's WAL mode lets a second process read while the server writes).
//
// Threads: runs on the caller's thread (main); blocking file I/O.

#include <ostream>
#include <string>
#include <vector>

namespace croupier::server {

// `args` are the tokens after "audit": the subcommand first, then its options, e.g.
// {"verify", "--data-dir", "/var/lib/croupier"}. Exit status: 0 success (for verify: the chain
// is intact), 1 a broken chain or a runtime error (no database, I/O), 2 bad usage.
int runAuditCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace croupier::server
