#pragma once
// `croupier-server user add|passwd|roles|scopes|disable|enable|list --data-dir DIR ...`: manage
// users directly in a data dir's SQLite store while no server runs on it, and the initial
// "admin" that `croupier-server init` creates. Both take the data dir's lock for their whole run
// and refuse (saying to use `croupierctl user ...` instead) when a server holds it. Changes are
// audited with actor "cli:<unix user>" (kind "system").
//
// Threads: called from main() only; blocking (store I/O, the password KDF).

#include "croupier/core/Result.h"
#include "croupier/server/ServerConfig.h"

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace croupier::server {

// `args` are the words after "user": the subcommand first, then its options. Writes results to
// `out`, errors to `err`. Exit status: 0 done, 1 failed (data dir locked, no such user, store
// error, ...), 2 bad usage (unknown subcommand or option, invalid username, password or role).
// Roles come from --config FILE, else DIR/croupier.yaml when present, else the defaults.
int runUserCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// The help text for `croupier-server user --help`.
std::string userCommandUsage();

// Creates user "admin" (role "admin", every scope) in `dataDir` with a generated password and
// returns the password, to be printed once. ALREADY_EXISTS when "admin" exists; FAILED_PRECONDITION
// when a running server holds the data dir; INVALID_ARGUMENT when `config` has no "admin" role.
core::Result<std::string> createInitialAdmin(const std::filesystem::path& dataDir,
                                             const ServerConfig& config);

} // namespace croupier::server
