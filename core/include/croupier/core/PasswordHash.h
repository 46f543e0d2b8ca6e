#pragma once
// Password hashing with scrypt (OpenSSL). A hash is self-describing:
//   scrypt$<N>$<r>$<p>$<salt base64>$<key base64>
// with a fresh 16-byte random salt per hash and a 32-byte key, so the cost can be raised later
// without breaking stored hashes (verifyPassword reads the parameters from the string).
//
// The default cost (N=2^15, r=8, p=1: 32 MiB and ~0.1 s) is deliberately slow; tests pass a
// cheaper ScryptCost. Both functions are pure and thread-safe; they take that long on the
// calling thread, so servers call them on worker threads only.

#include "croupier/core/Result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace croupier::core {

struct ScryptCost {
    std::uint64_t n = std::uint64_t{1} << 15; // CPU/memory cost, a power of two
    std::uint64_t r = 8;                      // block size
    std::uint64_t p = 1;                      // parallelism

    // The most verifyPassword() accepts from a stored string, so a corrupt or hostile hash
    // cannot make a check take minutes or gigabytes: N <= 2^20, r <= 32, p <= 16 and
    // 128 * r * N <= 256 MiB.
    bool withinLimits() const;
};

// INVALID_ARGUMENT for a cost outside the limits above; INTERNAL if OpenSSL fails.
Result<std::string> hashPassword(std::string_view password, const ScryptCost& cost = {});

// True when `password` matches `encoded`. False (never a crash) for anything that is not a
// well-formed hash within the limits. The comparison takes the same time wherever the keys
// differ (CRYPTO_memcmp).
bool verifyPassword(std::string_view password, std::string_view encoded);

} // namespace croupier::core
