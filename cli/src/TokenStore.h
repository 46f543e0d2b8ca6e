#pragma once
// The token file `croupierctl login` writes and every later command reads: one JSON object
// mapping each server address (as given to --server) to the token signed in there:
//   {"servers": {"localhost:8443": {"token": "...", "username": "root", "expires_at": 1714...}}}
// A write creates a new file with open(..., 0600) in a 0700 directory and renames it over the
// old one, so the file never exists with looser permissions, not even for a moment, and a file
// someone loosened is replaced rather than kept. A read refuses a file that group or others may
// access, or that another user owns. Tokens never appear in messages.
// Single-threaded (the command's). Two croupierctl processes signing in at the same moment may
// lose one of the two writes (the last rename wins); neither sees a torn file.

#include "croupier/core/Result.h"

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace croupier::cli {

struct StoredToken {
    std::string token;
    std::string username;
    std::int64_t expiresAtMs = 0; // unix milliseconds
};

class TokenStore {
public:
    explicit TokenStore(std::filesystem::path file)
        : m_file(std::move(file)) {}

    const std::filesystem::path& path() const { return m_file; }

    // The token stored for `server`; nullopt when there is no file or no entry. Fails
    // (PERMISSION_DENIED) for a file group or others may access or another user owns, and
    // (INVALID_ARGUMENT) for one that cannot be read or is not a token file.
    core::Result<std::optional<StoredToken>> load(const std::string& server) const;

    // Stores `token` for `server`, keeping the other servers' entries (those of a file that
    // could not be read safely are dropped).
    core::Result<void> save(const std::string& server, const StoredToken& token) const;

    // Forgets `server`'s token (deleting the file when it was the last); true when there was one.
    core::Result<bool> remove(const std::string& server) const;

private:
    // The "servers" object; empty when the file does not exist.
    core::Result<nlohmann::json> readServers() const;
    core::Result<void> writeServers(const nlohmann::json& servers) const;

    std::filesystem::path m_file;
};

} // namespace croupier::cli
