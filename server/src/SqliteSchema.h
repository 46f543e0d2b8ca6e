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

// For a read-only open: FAILED_PRECONDITION unless the file is at SqliteStore::kSchemaVersion
// (a read-only opener never migrates; the message says what to do instead).
core::Result<void> requireCurrent(SqliteConnection& c, const std::filesystem::path& file);

// Brings the file up to SqliteStore::kSchemaVersion in one transaction, so concurrent openers of a
// fresh file cannot both migrate. FAILED_PRECONDITION when the file's schema is newer.
core::Result<void> migrate(SqliteConnection& c, const std::filesystem::path& file);

} // namespace croupier::server::sqlite
