#pragma once
// Small OpenSSL-backed helpers: hashing and random identifiers.

#include <string>
#include <string_view>

namespace croupier::core {

// Lower-case hex SHA-256 of `data`.
std::string sha256Hex(std::string_view data);

// `prefix` + lower-case hex of `bytes` random bytes from the OS CSPRNG, e.g. "job_3f9a...".
std::string randomId(std::string_view prefix, int bytes = 12);

} // namespace croupier::core
