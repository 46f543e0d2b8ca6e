#pragma once
// SqliteStore's schema: the schema_version table and the forward-only migrations applied at open
// (internal to the server library). Threads: called with the connection's mutex held, or before
// the store exists.

#include "SqliteConnection.h"
#include "croupier/core/Result.h"

#include <cstdint>
#include <filesystem>

namespace croupier::server::sqlite {

// The highest version recorded in schema_version (0 for a fresh file).
core::Result<std::int64_t> storedVersion(SqliteConnection& c);

// Brings the file up to SqliteStore::kSchemaVersion in one transaction, so concurrent openers of a
// fresh file cannot both migrate. FAILED_PRECONDITION when the file's schema is newer.
core::Result<void> migrate(SqliteConnection& c, const std::filesystem::path& file);

} // namespace croupier::server::sqlite
