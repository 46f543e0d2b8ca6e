#pragma once
// How SqliteStore turns SQLite result codes into core::Error (internal to the server library).
// Pure functions; any thread.

#include "croupier/core/Result.h"

#include <filesystem>
#include <string_view>

namespace croupier::server::sqlite {

// Says what failed and SQLite's generic reason; never the SQL text. The code follows the Store
// contract: corruption is INTERNAL, I/O and lock trouble UNAVAILABLE.
core::Error storeError(int rc, std::string_view what);

// Errors while opening name the file; a file that is not a database is DATA_LOSS.
core::Error openError(int rc, const std::filesystem::path& file, std::string_view what);

} // namespace croupier::server::sqlite
